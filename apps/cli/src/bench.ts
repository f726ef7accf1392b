import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, copyFileSync, createReadStream, createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { chinaDay, JobName, loadConfig, processModule, runMigrations, startEmbeddedPostgres, withDatabaseUrl } from '@chainq/core';
import { makeUscc } from '@chainq/codes';
import { Actor, AuthService, OrganisationKind, OrganisationService, Role, UserService } from '@chainq/identity';
import { InsightsModule, OverviewService } from '@chainq/insights';
import { InspectionImportService, InspectionModule, PassRateService, RollupPeriod, RollupScope, RollupService } from '@chainq/inspection';
import { ChainMembership, EnterpriseService, IndustryChainService, IndustryClusterService, MembershipStatus, RegistryModule } from '@chainq/registry';
import { graphqlVsBare } from './bench/graphql-vs-bare';

/**
 * `npm run bench -- --lots N --series-lots M`: imports a CSV of N synthetic
 * lots through the product (the worker runs as its own process) into a
 * fresh embedded PostgreSQL, then prints, side by side in one run, the
 * product's figures and the database's own for the same work; the read
 * figures are taken over M lots (default N). `--pg-log FILE` writes the
 * server's log there, with every statement over 30 ms and every autovacuum.
 */
const { values } = parseArgs({ options: { only: { type: 'string' }, requests: { type: 'string', default: '3000' }, 'cpu-prof': { type: 'string' }, query: { type: 'string', multiple: true }, lots: { type: 'string', default: '200000' }, 'series-lots': { type: 'string' }, suppliers: { type: 'string', default: '50' }, calls: { type: 'string', default: '200' }, 'pg-log': { type: 'string' } } });
const LOTS = Number(values.lots);
const SERIES_LOTS = Number(values['series-lots'] ?? values.lots);
const SUPPLIERS = Number(values.suppliers);
const CALLS = Number(values.calls);
const DAYS = 730;

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const rows: [string, string, string, string][] = [];
/** Whether a target was met; targets are set for a scale (`setFor` lots), and a smaller run says so. */
const verdict = (target: string, met: boolean, lots: number, setFor: number) =>
  `target ${target}: ${met ? 'met' : 'NOT met'}${lots < setFor ? ` (the target is set for ${setFor.toLocaleString('en')} lots)` : ''}`;
const report = (what: string, ours: string, db: string, result: string) => {
  rows.push([what, ours, db, result]);
  process.stdout.write(`${what}: ours ${ours} | database ${db} | ${result}\n`);
};

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'chainq-bench-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: 56000 + Math.floor(Math.random() * 3000) });
  const env = { NODE_ENV: 'production', JWT_SECRET: randomUUID() + randomUUID(), LOG_LEVEL: 'warn', FILE_STORAGE_DIR: path.join(dir, 'files'), IMPORT_MAX_BYTES: String(4 * 1024 ** 3) };
  const config = withDatabaseUrl(loadConfig(env), pg.url);
  try {
    await runMigrations(pg.url);
    if (values['pg-log']) await logSlowWork(pg.url);
    const app = await NestFactory.createApplicationContext(processModule(config, [RegistryModule, InspectionModule, InsightsModule]), { logger: ['error'] });
    const ds = app.get(DataSource);
    const w = await world(app);
    const pool = new Pool({ connectionString: pg.url, max: 2 });

    // 1. A CSV of LOTS incoming lots, imported by the real worker process, against COPY of the same rows.
    const csv = path.join(dir, 'lots.csv');
    await pipeline(Readable.from(csvLines(w, LOTS)), createWriteStream(csv));
    const upload = await app.get(InspectionImportService).begin(w.leader, w.chainId, { stream: createReadStream(csv), fileName: 'lots.csv' });
    const worker = await runWorker(pg.url, env, async () => (await ds.query('SELECT status FROM inspection_imports WHERE id = $1', [upload.id]))[0].status !== 'RUNNING' && (await rollupsSettled(ds)));
    const [imported] = await ds.query(`SELECT status, rows_inserted, rows_invalid, extract(epoch FROM finished_at - started_at) * 1000 AS ms FROM inspection_imports WHERE id = $1`, [upload.id]);
    if (imported.status !== 'DONE' || imported.rows_inserted !== LOTS) throw new Error(`import ended ${imported.status} with ${imported.rows_inserted} lots, ${imported.rows_invalid} invalid`);
    const importMs = Number(imported.ms);
    const refreshMs = worker.jobMs.get(JobName.RecomputeRollups) ?? NaN;
    const refreshJobs = worker.jobCounts.get(JobName.RecomputeRollups) ?? 0;
    const expected = (await ds.query('SELECT count(*)::int AS n FROM pass_rate_rollups'))[0].n as number;
    await ds.query('TRUNCATE inspection_lots CASCADE');
    const t2 = process.hrtime.bigint();
    await copyLots(pool, w, LOTS);
    const copyMs = ms(t2);
    await ds.query('ANALYZE inspection_lots');
    const rate = (n: number, t: number) => `${Math.round(n / (t / 1000)).toLocaleString('en')} lots/s`;
    report(`import ${LOTS.toLocaleString('en')} lots from CSV`, `${rate(LOTS, importMs)} (worker: parse, validate, COPY + upsert)`, `${rate(LOTS, copyMs)} (COPY)`, `${(copyMs / importMs).toFixed(2)}x of COPY; ${verdict('≥ 0.5x', copyMs / importMs >= 0.5, LOTS, 1_000_000)}`);
    report('worker peak RSS during the import', `${Math.round(worker.peakRssKb / 1024)} MB (VmHWM)`, '-', verdict('< 300 MB', worker.peakRssKb / 1024 < 300, LOTS, 1_000_000));

    // 2. Rollups: the worker's refresh after the import, and a full rebuild into empty tables, against one GROUP BY over the same rows.
    await ds.query('TRUNCATE lot_day_totals, pass_rate_rollups');
    const t3 = process.hrtime.bigint();
    const rebuilt = await app.get(RollupService).rebuild();
    const rebuildMs = ms(t3);
    if (rebuilt !== expected) throw new Error(`rebuild wrote ${rebuilt} rollup rows, the worker's refresh ${expected}`);
    const t4 = process.hrtime.bigint();
    await ds.query(`SELECT chain_id, date_trunc('month', inspected_day), stage, count(*), count(*) FILTER (WHERE decision = 'ACCEPT'), sum(units_sampled), sum(nonconforming_units) FROM inspection_lots GROUP BY 1, 2, 3`);
    const groupMs = ms(t4);
    report(`rollups after the import (${rebuilt.toLocaleString('en')} rows)`, `${Math.round(refreshMs)} ms worker refresh (${refreshJobs} job${refreshJobs === 1 ? '' : 's'}); ${Math.round(rebuildMs)} ms full rebuild from empty`, `${Math.round(groupMs)} ms (one GROUP BY)`, `${(refreshMs / groupMs).toFixed(1)}x refresh, ${(rebuildMs / groupMs).toFixed(1)}x rebuild; ${verdict('≤ 2x (the refresh)', refreshMs / groupMs <= 2, LOTS, 1_000_000)}`);

    // 3. Reads over SERIES_LOTS lots against the same questions asked of the raw lots.
    if (SERIES_LOTS > LOTS) {
      await copyLots(pool, w, SERIES_LOTS - LOTS, LOTS);
      await ds.query('ANALYZE inspection_lots');
      await app.get(RollupService).rebuild();
    }
    const total = Math.max(SERIES_LOTS, LOTS).toLocaleString('en');
    const series = app.get(PassRateService);
    await timed(`passRateSeries over ${total} lots`, () => series.series(w.leader, { kind: RollupScope.CHAIN, id: w.chainId }, RollupPeriod.MONTH, '2020-01-01', '2100-01-01', 'ALL'), () =>
      ds.query(
        `SELECT date_trunc('month', inspected_day), count(*), count(*) FILTER (WHERE decision = 'ACCEPT'), count(*) FILTER (WHERE submission = 1),
                count(*) FILTER (WHERE submission = 1 AND decision = 'ACCEPT'), sum(units_sampled), sum(nonconforming_units)
           FROM inspection_lots WHERE chain_id = $1 GROUP BY 1 ORDER BY 1`,
        [w.chainId],
      ),
    );
    const overview = app.get(OverviewService);
    await timed(`clusterOverview over ${total} lots`, () => overview.clusterOverview(w.admin, w.clusterId, '2020-01-01', '2100-01-01'), () =>
      ds.query(
        `SELECT date_trunc('month', l.inspected_day), count(*), count(*) FILTER (WHERE l.decision = 'ACCEPT'), count(*) FILTER (WHERE l.submission = 1),
                count(*) FILTER (WHERE l.submission = 1 AND l.decision = 'ACCEPT'), sum(l.units_sampled), sum(l.nonconforming_units)
           FROM inspection_lots l JOIN cluster_members cm ON cm.enterprise_id = l.supplier_enterprise_id WHERE cm.cluster_id = $1 GROUP BY 1 ORDER BY 1`,
        [w.clusterId],
      ),
    );

    await pool.end();
    await app.close();
    process.stdout.write(`\n${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}, embedded PostgreSQL 17\n`);
    process.stdout.write('\n| measure | ChainQ | database alone | result |\n|---|---|---|---|\n' + rows.map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n');
  } finally {
    await pg.stop();
    if (values['pg-log']) copyFileSync(pg.logFile, values['pg-log']);
  }
}

/** p50 and p95 of CALLS calls of ours against up to 20 of the raw query, reported side by side. */
async function timed(what: string, ours: () => Promise<unknown>, raw: () => Promise<unknown>): Promise<void> {
  const oursMs: number[] = [];
  const rawMs: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t = process.hrtime.bigint();
    await ours();
    oursMs.push(ms(t));
    if (i < Math.min(CALLS, 20)) {
      const r = process.hrtime.bigint();
      await raw();
      rawMs.push(ms(r));
    }
  }
  const [p50, p95, rawP50] = [pct(oursMs, 50), pct(oursMs, 95), pct(rawMs, 50)];
  report(
    what,
    `p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (${CALLS} calls)`,
    `p50 ${rawP50.toFixed(0)} ms, p95 ${pct(rawMs, 95).toFixed(0)} ms (raw aggregate, ${rawMs.length} calls)`,
    `${(rawP50 / p50).toFixed(0)}x faster at p50; ${verdict('p95 < 20 ms, ≥ 100x', p95 < 20 && rawP50 / p50 >= 100, Math.max(SERIES_LOTS, LOTS), 10_000_000)}`,
  );
}

/** Makes the server log statements over 30 ms and every autovacuum, each line stamped with the time and process. */
async function logSlowWork(databaseUrl: string): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  for (const [name, value] of [['log_min_duration_statement', '30'], ['log_autovacuum_min_duration', '0'], ['log_line_prefix', '%m [%p] ']]) await pool.query(`ALTER SYSTEM SET ${name} = '${value}'`);
  await pool.query('SELECT pg_reload_conf()');
  await pool.end();
}

/** The outbox is empty and no rollup or insights job is waiting or running (the worker's queues live in PostgreSQL). */
async function rollupsSettled(ds: DataSource): Promise<boolean> {
  const [{ n }] = await ds.query('SELECT count(*)::int AS n FROM outbox_messages');
  return n === 0 && (await ds.query('SELECT count(*)::int AS n FROM lot_day_totals'))[0].n > 0;
}

/**
 * Runs the worker as its own process (as in production) until `done`, and
 * returns its peak resident set (VmHWM) and the duration of each job it logged.
 */
async function runWorker(databaseUrl: string, env: Record<string, string>, done: () => Promise<boolean>): Promise<{ peakRssKb: number; jobMs: Map<string, number>; jobCounts: Map<string, number> }> {
  // Started the way `npm run start:worker` and docker-compose start it: with a 256 MB heap budget.
  const child = spawn(process.execPath, ['--max-old-space-size=256', path.join(__dirname, '../../worker/src/main.js')], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, OUTBOX_POLL_MS: '100' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const jobMs = new Map<string, number>();
  const jobCounts = new Map<string, number>();
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const entry = line.startsWith('{') ? (JSON.parse(line) as { msg?: string; jobName?: string; ms?: number }) : {};
      if (entry.msg === 'job done' && entry.jobName) {
        jobMs.set(entry.jobName, (jobMs.get(entry.jobName) ?? 0) + (entry.ms ?? 0));
        jobCounts.set(entry.jobName, (jobCounts.get(entry.jobName) ?? 0) + 1);
      }
    }
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let peakRssKb: number;
  try {
    for (;;) {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      peakRssKb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      if (jobMs.has(JobName.RecomputeRollups) && (await done())) break;
      if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  return { peakRssKb, jobMs, jobCounts };
}

/** A leader, SUPPLIERS active suppliers in two counties, their chain and a cluster of them all. */
async function world(app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) {
  const ds = app.get(DataSource);
  const uscc = (i: number) => makeUscc({ registration: '91', division: '320382', organisationBase: `MA1B${String(i).padStart(4, '0')}` });
  const make = async (name: string, i: number) => {
    const enterprise = await ds.transaction((m) =>
      app.get(EnterpriseService).createUnscoped({ name, uscc: uscc(i), industryCode: 'C3670', regionCode: i % 2 ? '131125' : '320382', employees: 50, revenue10kCny: 2000 }, m),
    );
    const organisation = (await app.get(OrganisationService).findById(enterprise.id))!;
    const user = await app.get(UserService).createUnscoped(organisation, { organisationId: enterprise.id, email: `bench${i}@bench.example`, displayName: name, password: 'bench-password-1', roles: [Role.ENTERPRISE_ADMIN] });
    return { id: enterprise.id, uscc: uscc(i), actor: await app.get(AuthService).actorOf(user.id) };
  };
  const leader = await make('Bench leader', 0);
  const chain = await app.get(IndustryChainService).create(leader.actor, { name: 'Bench chain', leaderEnterpriseId: leader.id, industryCode: 'C36', clusterIds: [] });
  const suppliers: Awaited<ReturnType<typeof make>>[] = [];
  for (let i = 1; i <= SUPPLIERS; i++) suppliers.push(await make(`Bench supplier ${i}`, i));
  await ds.getRepository(ChainMembership).insert(suppliers.map((s) => ({ chainId: chain.id, supplierUscc: s.uscc, supplierEnterpriseId: s.id, tier: 1, status: MembershipStatus.ACTIVE, categories: [] })));
  const admin: Actor = { userId: randomUUID(), organisationId: randomUUID(), organisationKind: OrganisationKind.PLATFORM, roles: [Role.PLATFORM_ADMIN] };
  const office = await app.get(OrganisationService).create({ kind: OrganisationKind.REGULATOR_OFFICE, name: 'Bench office' });
  const cluster = await app.get(IndustryClusterService).create(admin, { name: 'Bench cluster', regionCode: '131125', industryCode: 'C36', product: 'castings', coordinatingOfficeId: office.id });
  await app.get(IndustryClusterService).addMembers(admin, cluster.id, suppliers.map((s) => s.id));
  return { chainId: chain.id, clusterId: cluster.id, leader: leader.actor, admin, suppliers };
}

type World = Awaited<ReturnType<typeof world>>;
const START = Date.now() - DAYS * 86_400_000;

/** Lot i of the synthetic stream: grouped by supplier, spread over two years, about 1 in 11 rejected and 1 in 13 resubmitted. */
function lot(w: World, n: number, i: number) {
  const supplier = w.suppliers[Math.floor((i / n) * w.suppliers.length) % w.suppliers.length];
  const nonconforming = i % 11 === 0 ? 3 : i % 3;
  return { supplier, lotNumber: `L${i}`, part: `P-${i % 7}`, inspectedAt: new Date(START + ((i * 7919) % (DAYS * 86_400)) * 1000), submission: i % 13 === 0 ? 2 : 1, nonconforming };
}

/** The lots as a leader's receiving-inspection file: suppliers named by USCC, GB/T 2828.1 plan II / AQL 1.0. */
function* csvLines(w: World, n: number): Generator<string> {
  yield 'supplier_uscc,part_number,lot_number,lot_size,stage,inspected_at,submission,inspection_level,aql,units_sampled,nonconforming_units\n';
  for (let i = 0; i < n; i++) {
    const l = lot(w, n, i);
    yield `${l.supplier.uscc},${l.part},${l.lotNumber},1000,INCOMING,${l.inspectedAt.toISOString()},${l.submission},II,1.0,80,${l.nonconforming}\n`;
  }
}

/** The same rows the import writes, as COPY text straight into the table. */
async function copyLots(pool: Pool, w: World, n: number, offset = 0): Promise<void> {
  const client = await pool.connect();
  try {
    const columns = 'chain_id, supplier_enterprise_id, part_number, lot_number, lot_size, stage, inspected_at, inspected_day, submission, inspection_level, aql, plan_severity, acceptance_number, units_sampled, nonconforming_units, defects, decision, recorded_by';
    const lines = function* () {
      for (let i = offset; i < offset + n; i++) {
        const l = lot(w, offset + n, i);
        yield `${w.chainId}\t${l.supplier.id}\t${l.part}\t${l.lotNumber}\t1000\tINCOMING\t${l.inspectedAt.toISOString()}\t${chinaDay(l.inspectedAt)}\t${l.submission}\tII\t1.0\tNORMAL\t2\t80\t${l.nonconforming}\t{}\t${l.nonconforming <= 2 ? 'ACCEPT' : 'REJECT'}\t${w.leader.userId}\n`;
      }
    };
    await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY inspection_lots (${columns}) FROM STDIN`)));
  } finally {
    client.release();
  }
}

// `--only graphql` runs the GraphQL section alone (apps/cli/src/bench/graphql-vs-bare.ts).
(values.only === 'graphql' ? Promise.resolve() : main())
  .then(() => graphqlVsBare({ requests: Number(values.requests), concurrency: 16, suppliers: SUPPLIERS, lots: 20_000, cpuProfileDir: values['cpu-prof'], only: values.query }))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
