import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { compileServer } from '../support/compiled-server';

/**
 * `npm start` as a terminal runs it: the standalone process (API, worker,
 * embedded PostgreSQL) in its own process group, stopped by a signal sent to
 * the whole group, as Ctrl-C in a terminal does.
 */
describe('npm start stops cleanly', () => {
  let build: string;
  beforeAll(() => {
    build = compileServer('test-standalone-build');
  });

  const start = (env: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chainq-standalone-'));
    chmodSync(dir, 0o755); // as root the server runs as the postgres user
    const port = 41000 + Math.floor(Math.random() * 4000);
    const child = spawn(process.execPath, [path.join(build, 'apps/standalone/src/main.js')], {
      cwd: process.cwd(),
      detached: true, // its own process group, like a terminal's foreground job
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        EMBEDDED_PG_DIR: path.join(dir, 'data'),
        EMBEDDED_PG_PORT: String(port + 1),
        PORT: String(port),
        HOST: '127.0.0.1',
        WEB_DIR: path.join(dir, 'no-web'),
        FILE_STORAGE_DIR: path.join(dir, 'files'),
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, dataDir: path.join(dir, 'data'), port, exit, output: () => ({ stdout, stderr }) };
  };

  const ready = async (port: number, child: ChildProcess) => {
    for (let i = 0; i < 900; i++) {
      if (child.exitCode !== null) throw new Error('the process ended before it was ready');
      const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok, () => false);
      if (ok) return;
      await sleep(100);
    }
    throw new Error('not ready within 90 s');
  };

  const postmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  // A zombie (exited, not yet reaped by init) counts as gone.
  const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

  it.each([
    ['SIGINT', { SEED_DEMO: 'true' }],
    ['SIGTERM', { SEED_DEMO: 'false' }],
  ] as const)('on %s to the process group: exit 0, no error output, PostgreSQL stopped', async (signal, env) => {
    const app = start(env);
    await ready(app.port, app.child);
    const pgPid = postmasterPid(app.dataDir);
    expect(alive(pgPid)).toBe(true);

    process.kill(-app.child.pid!, signal);
    const code = await app.exit;

    const { stdout, stderr } = app.output();
    expect(stderr).not.toMatch(/57P01|terminating connection|Error|^\s+at /m);
    expect(stdout).not.toMatch(/"level":(50|60)/); // no error or fatal log line
    expect(stdout).toContain(`${signal} received, shutting down`);
    expect(code).toBe(0);
    expect(existsSync(path.join(app.dataDir, 'postmaster.pid'))).toBe(false);
    expect(alive(pgPid)).toBe(false);
  }, 150000);
});
