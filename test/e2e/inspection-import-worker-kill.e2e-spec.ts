import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { JobName, JobQueues, QueueName } from '@chainq/core';
import { Role } from '@chainq/identity';
import { compileServer } from '../support/compiled-server';
import { chainLedBy, enterpriseWith, onboardSupplier } from '../support/registry-fixtures';
import { eventually, TestApp } from '../support/test-app';

const HEADER = 'part_number,lot_number,lot_size,stage,inspected_at,aql,units_sampled,nonconforming_units,defects';
const ROWS = 30_000;
const STALE_SECONDS = 2;

/** PostgreSQL always; Redis too when REDIS_URL names a server (CI starts one; it is flushed). */
const backends: { name: string; redisUrl: string }[] = [{ name: 'PostgreSQL', redisUrl: '' }, ...(process.env.REDIS_URL ? [{ name: 'Redis', redisUrl: process.env.REDIS_URL }] : [])];

/**
 * A real worker process is killed with SIGKILL in the middle of a file, as
 * an OOM kill or a lost machine would: no shutdown hook runs. The API runs in
 * the test; the imports run only in worker processes compiled as `npm start`
 * runs them (built here, so `npm test` works on a fresh clone).
 */
describe.each(backends)('an import whose worker process is killed mid-file (queue on $name)', ({ redisUrl }) => {
  const root = process.cwd();
  const build = path.join(root, '.data', 'test-worker-build');
  const workers: ChildProcess[] = [];
  let t: TestApp;
  let supplier: string;
  let chainId: string;

  const startWorker = (): ChildProcess => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: process.env.TEST_DATABASE_URL,
      REDIS_URL: redisUrl, // the same queue backend as the test app
      MIGRATE_ON_START: 'false',
      OUTBOX_POLL_MS: '50',
      IMPORT_STALE_SECONDS: String(STALE_SECONDS),
      FILE_STORAGE_DIR: path.resolve(t.config.files.dir),
    };
    const child = spawn(process.execPath, [path.join(build, 'apps/worker/src/main.js')], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    workers.push(child);
    return child;
  };
  const exited = (child: ChildProcess) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r)));
  const progress = async (id: string) =>
    (await t.get(DataSource).query('SELECT status, rows_read, rows_inserted, rows_duplicate, rows_invalid, requeues FROM inspection_imports WHERE id = $1', [id]))[0] as {
      status: string;
      rows_read: number;
      rows_inserted: number;
      rows_duplicate: number;
      rows_invalid: number;
      requeues: number;
    };

  beforeAll(async () => {
    compileServer('test-worker-build');
    if (redisUrl) {
      const redis = new Redis(redisUrl);
      await redis.flushdb();
      redis.disconnect();
    }
    t = await TestApp.start({ env: { REDIS_URL: redisUrl } }); // no worker in this process
    const L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    const S = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    chainId = (await chainLedBy(t, L)).id;
    await onboardSupplier(t, chainId, await t.login(L.users.QUALITY_ENGINEER.email), S);
    supplier = await t.login(S.users.ENTERPRISE_ADMIN.email);
  });
  afterAll(async () => {
    const started = workers.splice(0);
    for (const w of started) if (w.exitCode === null && w.signalCode === null) w.kill('SIGTERM');
    await Promise.all(started.map(exited));
    await t?.close();
  });

  it('is queued again by the next worker and finishes with every lot exactly once', async () => {
    const first = startWorker();
    const rows = Array.from({ length: ROWS }, (_, i) => `P-K,K-${i},1000,SELF,2026-04-${String(1 + (i % 28)).padStart(2, '0')},1.0,80,${i % 3},`);
    const res = await t.http.post(`/inspection-imports?chainId=${chainId}`).set('authorization', `Bearer ${supplier}`).attach('file', Buffer.from(`${HEADER}\n${rows.join('\n')}\n`), 'kill.csv');
    expect(res.status).toBe(202);
    const id: string = res.body.id;

    // Kill the worker as soon as a batch has committed, well before the end of the file.
    const atKill = await eventually(async () => {
      const p = await progress(id);
      return p.rows_read > 0 ? p : undefined;
    }, 60_000);
    first.kill('SIGKILL');
    await exited(first);
    expect(atKill.status).toBe('RUNNING');
    expect(atKill.rows_read).toBeLessThan(ROWS);

    // The queue store went down with the worker and kept nothing (Redis without persistence): the import's job is gone too.
    if (redisUrl) {
      const redis = new Redis(redisUrl);
      await redis.flushdb(); // what a restart without persistence leaves
      redis.disconnect();
    } else {
      const imports = t.get(JobQueues).get(QueueName.Imports);
      await imports.obliterate({ force: true });
      await imports.resume();
    }
    // Nobody is importing it now: it stays where the dead worker left it.
    await new Promise((r) => setTimeout(r, (STALE_SECONDS + 1) * 1000));
    const stuck = await progress(id);
    expect(stuck).toMatchObject({ status: 'RUNNING', requeues: 0 });
    expect(stuck.rows_read).toBeLessThan(ROWS);

    // A new worker; the maintenance job (every minute in production) finds the stale heartbeat and queues the import again.
    startWorker();
    await t.get(JobQueues).get(QueueName.Maintenance).add(JobName.RequeueStaleImports, {});
    const done = await eventually(async () => {
      const p = await progress(id);
      return p.status === 'DONE' || p.status === 'FAILED' ? p : undefined;
    }, 90_000);
    expect(done).toMatchObject({ status: 'DONE', rows_read: ROWS, rows_inserted: ROWS, rows_duplicate: 0, rows_invalid: 0, requeues: 1 });
    const [lots] = await t.get(DataSource).query(`SELECT count(*)::int AS lots, count(DISTINCT lot_number)::int AS distinct_lots FROM inspection_lots WHERE chain_id = $1 AND lot_number LIKE 'K-%'`, [chainId]);
    expect(lots).toEqual({ lots: ROWS, distinct_lots: ROWS });
  }, 180_000);
});
