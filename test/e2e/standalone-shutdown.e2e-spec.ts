import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@chainq/core';
import { compileServer } from '../support/compiled-server';
import { running } from '../support/processes';

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

  const start = async (env: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chainq-standalone-'));
    chmodSync(dir, 0o755); // as root the server runs as the postgres user
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(build, 'apps/standalone/src/main.js')], {
      cwd: process.cwd(),
      detached: true, // its own process group, like a terminal's foreground job
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        EMBEDDED_PG_DIR: path.join(dir, 'data'),
        EMBEDDED_PG_PORT: String(await freePort()),
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

  /** /health/ready answers, then the banner is printed (after the demo seed's jobs have run). */
  const ready = async (port: number, child: ChildProcess, stdout: () => string) => {
    for (let i = 0, up = false; i < 1200; i++) {
      if (child.exitCode !== null) throw new Error('the process ended before it was ready');
      up ||= await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok, () => false);
      if (up && stdout().includes('ChainQ is running')) return;
      await sleep(100);
    }
    throw new Error('not ready within 120 s');
  };

  const postmasterPid = (dataDir: string) => Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

  /** Log lines (before the banner and after it), JSON or not. */
  const logLines = (stdout: string) => stdout.split('\n').filter((l) => l.trim() && !/^(ChainQ is running| {2})/.test(l));

  it.each([
    ['SIGINT', { SEED_DEMO: 'true' }],
    ['SIGTERM', { SEED_DEMO: 'false', LOG_FORMAT: 'pretty' }],
  ] as const)('on %s to the process group: exit 0, no error output, PostgreSQL stopped', async (signal, env) => {
    const app = await start(env);
    await ready(app.port, app.child, () => app.output().stdout);
    const pgPid = postmasterPid(app.dataDir);
    expect(running(pgPid)).toBe(true);

    process.kill(-app.child.pid!, signal);
    const code = await app.exit;

    const { stdout, stderr } = app.output();
    expect(stderr).not.toMatch(/57P01|terminating connection|Error|^\s+at /m);
    expect(stdout).not.toMatch(/"level":(50|60)/); // no error or fatal log line
    expect(stdout).toContain('ChainQ is running: open http://127.0.0.1:');
    const lines = logLines(stdout);
    expect(lines.length).toBeGreaterThan(3);
    if ('LOG_FORMAT' in env) {
      // Readable lines on request, even without a terminal.
      expect(lines.filter((l) => l.startsWith('{'))).toEqual([]);
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^\\[[\\d:.]+\\] INFO: \\(Shutdown\\) ${signal} received, shutting down$`)));
    } else {
      // Not a terminal: one JSON object per line.
      const records = lines.map((l) => JSON.parse(l) as { level: number; msg: string; context?: string });
      expect(records).toContainEqual(expect.objectContaining({ level: 30, context: 'Shutdown', msg: `${signal} received, shutting down` }));
      // The demo seed's jobs have finished before the banner: it is not pushed away by their logs.
      const afterBanner = logLines(stdout.slice(stdout.indexOf('ChainQ is running')));
      expect(afterBanner.map((l) => (JSON.parse(l) as { msg: string }).msg)[0]).toBe(`${signal} received, shutting down`);
    }
    expect(code).toBe(0);
    expect(existsSync(path.join(app.dataDir, 'postmaster.pid'))).toBe(false);
    expect(running(pgPid)).toBe(false);
  }, 150000);
});
