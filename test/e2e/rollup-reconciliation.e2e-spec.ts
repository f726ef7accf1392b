import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { JobName, JobQueues, QueueName } from '@chainq/core';
import { OrganisationKind, OrganisationService, Role } from '@chainq/identity';
import { RollupService } from '@chainq/inspection';
import { IndustryClusterService } from '@chainq/registry';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { eventually, TestApp } from '../support/test-app';

const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted duplicates errors { index field message } } }';
const ROUNDS = 60;

/** PostgreSQL always; Redis too when REDIS_URL names a server (it is flushed). */
const backends: { name: string; redisUrl: string }[] = [{ name: 'PostgreSQL', redisUrl: '' }, ...(process.env.REDIS_URL ? [{ name: 'Redis', redisUrl: process.env.REDIS_URL }] : [])];

/** A small seeded generator (mulberry32), so a failing interleaving can be replayed from its seed. */
const generator = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};

async function flushRedis(url: string): Promise<void> {
  const redis = new Redis(url);
  await redis.flushdb();
  redis.disconnect();
}

/**
 * The figures kept change by change equal the figures recounted from the
 * lots, after random interleavings of new lots, batches sent twice,
 * resubmissions, corrections and removals of lots, jobs run twice, and real
 * worker processes killed with SIGKILL (and an apply killed inside its
 * transaction) while they work.
 */
describe.each(backends)('rollups kept from each write match a full recount (queue on $name)', ({ redisUrl }) => {
  const root = process.cwd();
  const build = path.join(root, '.data', 'test-rollup-worker-build');
  const workers: ChildProcess[] = [];
  let t: TestApp;
  let chainId: string;
  let leader: string;
  const suppliers: { s: TestEnterprise; token: string }[] = [];

  const startWorker = (): ChildProcess => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', DATABASE_URL: process.env.TEST_DATABASE_URL, REDIS_URL: redisUrl, MIGRATE_ON_START: 'false', OUTBOX_POLL_MS: '20' };
    const child = spawn(process.execPath, [path.join(build, 'apps/worker/src/main.js')], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    workers.push(child);
    return child;
  };
  const exited = (child: ChildProcess) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r)));
  const derived = async () => ({
    dayTotals: await t.get(DataSource).query(`SELECT * FROM lot_day_totals WHERE chain_id = $1 ORDER BY supplier_enterprise_id, day, stage`, [chainId]),
    rollups: await t.get(DataSource).query(`SELECT scope_kind, scope_key, period, period_start, stage, lots_inspected, lots_accepted, first_lots, first_accepted, units_inspected, units_nonconforming
       FROM pass_rate_rollups ORDER BY scope_kind, scope_key, period, period_start, stage`),
  });

  beforeAll(async () => {
    execFileSync(process.execPath, [path.join(root, 'node_modules/@swc/cli/bin/swc.js'), 'apps', 'libs', '-d', build, '--copy-files', '--quiet', '--ignore', '**/*.spec.ts'], { cwd: root });
    if (redisUrl) await flushRedis(redisUrl);
    t = await TestApp.start({ env: { REDIS_URL: redisUrl } }); // the workers are separate processes
    const L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    for (const regionCode of ['131125', '131125', '320382']) {
      const s = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode });
      await onboardSupplier(t, chainId, leader, s);
      suppliers.push({ s, token: await t.login(s.users.ENTERPRISE_ADMIN.email) });
    }
    const admin = { userId: randomUUID(), organisationId: randomUUID(), organisationKind: OrganisationKind.PLATFORM, roles: [Role.PLATFORM_ADMIN] };
    const office = await t.get(OrganisationService).create({ kind: OrganisationKind.REGULATOR_OFFICE, name: `Office ${randomUUID().slice(0, 6)}` });
    const cluster = await t.get(IndustryClusterService).create(admin, { name: 'Anping mesh', regionCode: '131125', industryCode: 'C36', product: 'mesh', coordinatingOfficeId: office.id });
    await t.get(IndustryClusterService).addMembers(admin, cluster.id, suppliers.slice(0, 2).map((x) => x.s.enterprise.id));
  }, 120_000);
  afterAll(async () => {
    const started = workers.splice(0);
    for (const w of started) if (w.exitCode === null && w.signalCode === null) w.kill('SIGTERM');
    await Promise.all(started.map(exited));
    await t?.close();
    // A job a killed worker held stays active until its lock runs out; the suites after this one
    // share the server and wait for an idle queue, so leave Redis as it was found.
    if (redisUrl) await flushRedis(redisUrl);
  });

  it('after random writes, duplicates, resubmissions, corrections, repeated jobs and killed workers', async () => {
    const seed = Number(process.env.ROLLUP_SEED ?? Date.now() % 1_000_000);
    const random = generator(seed);
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
    const ds = t.get(DataSource);
    const sent: { lots: Record<string, unknown>[]; token: string }[] = [];
    const incoming: Record<string, unknown>[][] = [];
    const done = { lots: 0, duplicates: 0, resubmissions: 0, corrections: 0, removals: 0, repeatedJobs: 0, workerKills: 0, killedApplies: 0 };
    let next = 0;
    const lot = (supplier: TestEnterprise, stage: string) => ({
      chainId, supplierEnterpriseId: supplier.enterprise.id, partNumber: `P-${Math.floor(random() * 3)}`, lotNumber: `R-${next++}`, lotSize: 500, stage,
      // Two months either side of a month and week boundary, at any hour (China days differ from UTC days).
      inspectedAt: new Date(Date.UTC(2026, 6, 20) + Math.floor(random() * 60 * 24) * 3_600_000).toISOString(),
      aql: '1.0', unitsSampled: 50, nonconformingUnits: Math.floor(random() * 4),
    });
    const send = async (lots: Record<string, unknown>[], token: string) => {
      const res = await t.gql(RECORD, { lots }, token);
      expect(res.data?.recordInspectionLots.errors).toEqual([]);
      return res.data?.recordInspectionLots as { inserted: number; duplicates: number };
    };
    const ACTIONS = ['lots', 'lots', 'lots', 'incoming', 'duplicate', 'resubmit', 'correct', 'remove', 'repeat-job', 'kill-worker', 'kill-apply'];
    const ORDER = ['lots', 'incoming', ...ACTIONS.slice(4).sort(() => random() - 0.5)];
    let worker = startWorker();

    for (let round = 0; round < ROUNDS; round++) {
      // Each kind of event once, in a seeded order after the first lots, then any of them.
      const action = round < ORDER.length ? ORDER[round] : pick(ACTIONS);
      if (action === 'lots') {
        const { s, token } = pick(suppliers);
        const lots = Array.from({ length: 1 + Math.floor(random() * 40) }, () => lot(s, pick(['SELF', 'MUTUAL', 'SPECIAL'])));
        done.lots += (await send(lots, token)).inserted;
        sent.push({ lots, token });
      } else if (action === 'incoming') {
        // The leader's receiving inspection, with a few lots sent before: new lots are judged on the part's switching state.
        const lots = Array.from({ length: 1 + Math.floor(random() * 30) }, () => lot(pick(suppliers).s, 'INCOMING'));
        const again = incoming.length ? pick(incoming).slice(0, 3) : [];
        const res = await send([...again, ...lots], leader);
        // A lot sent before comes back only if it was removed or corrected to another stage since.
        expect(res.inserted).toBeGreaterThanOrEqual(lots.length);
        done.lots += res.inserted;
        incoming.push(lots);
      } else if (action === 'duplicate' && sent.length) {
        const again = pick(sent);
        const res = await send(again.lots, again.token);
        done.duplicates += res.duplicates;
      } else if (action === 'resubmit' && sent.length) {
        const { lots, token } = pick(sent);
        const first = pick(lots);
        const [{ n }] = await ds.query('SELECT max(submission)::int AS n FROM inspection_lots WHERE supplier_enterprise_id = $1 AND lot_number = $2 AND stage = $3', [first.supplierEnterpriseId, first.lotNumber, first.stage]);
        const resubmission = { ...first, submission: n + 1, nonconformingUnits: 0 };
        expect((await send([resubmission], token)).inserted).toBe(1);
        done.resubmissions++;
      } else if (action === 'correct') {
        // A lot corrected after it was recorded: other counts, another day or another stage.
        const fixed = await ds.query(
          `UPDATE inspection_lots SET nonconforming_units = (nonconforming_units + 2) % 5, decision = CASE decision WHEN 'ACCEPT' THEN 'REJECT'::lot_decision ELSE 'ACCEPT' END,
                  inspected_day = inspected_day + $2::int, stage = CASE WHEN $3 THEN 'SPECIAL'::inspection_stage ELSE stage END
            WHERE id = (SELECT id FROM inspection_lots WHERE chain_id = $1 ORDER BY md5(id::text || $4) LIMIT 1) RETURNING id`,
          [chainId, Math.floor(random() * 9) - 4, random() < 0.3, String(round)],
        );
        done.corrections += fixed[0].length;
      } else if (action === 'remove') {
        const removed = await ds.query(`DELETE FROM inspection_lots WHERE id = (SELECT id FROM inspection_lots WHERE chain_id = $1 AND submission = 1 ORDER BY md5(id::text || $2) LIMIT 1) RETURNING id`, [chainId, String(round)]);
        done.removals += removed[0].length;
      } else if (action === 'repeat-job') {
        // The same job delivered twice, as a retry or a duplicate relay would.
        const data = { chainId, supplierIds: [suppliers[0].s.enterprise.id], days: ['2026-08-01'] };
        const queue = t.get(JobQueues).get(QueueName.Rollups);
        await queue.add(JobName.RecomputeRollups, data);
        await queue.add(JobName.RecomputeRollups, data);
        done.repeatedJobs++;
      } else if (action === 'kill-worker') {
        worker.kill('SIGKILL');
        await exited(worker);
        worker = startWorker();
        done.workerKills++;
      } else if (action === 'kill-apply') {
        // An apply that dies inside its transaction, after taking the change log and adding some of it.
        const victim = new Client({ connectionString: process.env.TEST_DATABASE_URL });
        await victim.connect();
        victim.on('error', () => undefined);
        const [{ pid }] = (await victim.query('SELECT pg_backend_pid() AS pid')).rows;
        await victim.query('BEGIN');
        await victim.query(`SELECT pg_advisory_xact_lock(hashtext('pass_rate_rollups'))`);
        await victim.query(`WITH taken AS (DELETE FROM lot_day_deltas RETURNING *) UPDATE lot_day_totals t SET lots = t.lots + 1 FROM taken WHERE taken.chain_id = t.chain_id AND taken.day = t.day`);
        await ds.query('SELECT pg_terminate_backend($1)', [pid]);
        await victim.end().catch(() => undefined);
        done.killedApplies++;
      }
      await new Promise((r) => setTimeout(r, random() * 150));
    }

    // Every change written so far is applied by some job, whichever worker ran it.
    if (worker.exitCode !== null || worker.signalCode !== null) startWorker();
    await t.get(JobQueues).get(QueueName.Rollups).add(JobName.RecomputeRollups, { chainId, supplierIds: [], days: [] });
    await eventually(async () => {
      const [{ pending, outbox }] = await ds.query('SELECT (SELECT count(*) FROM lot_day_deltas)::int AS pending, (SELECT count(*) FROM outbox_messages)::int AS outbox');
      return pending === 0 && outbox === 0;
    }, 90_000);
    const kept = await derived();
    await t.get(RollupService).rebuild();
    const recounted = await derived();

    expect({ seed, ...kept }).toEqual({ seed, ...recounted });
    const [{ lots }] = await ds.query('SELECT count(*)::int AS lots FROM inspection_lots WHERE chain_id = $1', [chainId]);
    expect(lots).toBeGreaterThan(0);
    expect(kept.rollups.filter((r: { scope_kind: string }) => r.scope_kind === 'CLUSTER').length).toBeGreaterThan(0);
    expect(done.lots).toBeGreaterThan(done.removals);
    for (const [what, n] of Object.entries(done)) expect({ what, happened: n > 0 }).toEqual({ what, happened: true });
  }, 240_000);
});
