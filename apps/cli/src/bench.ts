import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource } from 'typeorm';
import { loadConfig, processModule, runMigrations, startEmbeddedPostgres, withDatabaseUrl } from '@chainq/core';
import { makeUscc } from '@chainq/codes';
import { AuthService, OrganisationService, Role, UserService } from '@chainq/identity';
import { chinaDay, InspectionLotService, InspectionModule, InspectionStage, LotInput, PassRateService, RollupPeriod, RollupScope, RollupService } from '@chainq/inspection';
import { ChainMembership, EnterpriseService, IndustryChainService, MembershipStatus, RegistryModule } from '@chainq/registry';

/**
 * `npm run bench -- --lots N --series-lots M`: loads synthetic lots into a
 * fresh embedded PostgreSQL and prints, side by side in one run, the
 * product's figures and the database's own for the same work.
 */
const { values } = parseArgs({ options: { lots: { type: 'string', default: '200000' }, 'series-lots': { type: 'string' }, suppliers: { type: 'string', default: '50' }, calls: { type: 'string', default: '200' } } });
const LOTS = Number(values.lots);
const SERIES_LOTS = Number(values['series-lots'] ?? values.lots);
const SUPPLIERS = Number(values.suppliers);
const CALLS = Number(values.calls);
const DAYS = 730;

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const rows: [string, string, string, string][] = [];
const report = (what: string, ours: string, db: string, verdict: string) => {
  rows.push([what, ours, db, verdict]);
  process.stdout.write(`${what}: ours ${ours} | database ${db} | ${verdict}\n`);
};

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'chainq-bench-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: 56000 + Math.floor(Math.random() * 3000) });
  const config = withDatabaseUrl(loadConfig({ NODE_ENV: 'production', JWT_SECRET: randomUUID() + randomUUID(), LOG_LEVEL: 'warn' }), pg.url);
  try {
    await runMigrations(pg.url);
    const app = await NestFactory.createApplicationContext(processModule(config, [RegistryModule, InspectionModule]), { logger: ['error'] });
    const ds = app.get(DataSource);
    const { chainId, leader, suppliers, supplierActor } = await world(app);
    const pool = new Pool({ connectionString: pg.url, max: 2 });

    // 1. Bulk writes: the product's batched path (validated, 1,000 per call) against COPY of the same rows.
    // Suppliers record their own (self and special) inspection.
    const sample = lotsFor(chainId, suppliers, Math.min(LOTS, 100_000), 'P', [InspectionStage.SELF, InspectionStage.SPECIAL]);
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const t1 = process.hrtime.bigint();
    for (let i = 0; i < sample.length; i += 1000) {
      await app.get(InspectionLotService).record(supplierActor(sample[i].supplierEnterpriseId), sample.slice(i, i + 1000).filter((l) => l.supplierEnterpriseId === sample[i].supplierEnterpriseId));
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const ours = ms(t1);
    const productRows = (await ds.query('SELECT count(*)::int AS n FROM inspection_lots'))[0].n as number;
    await ds.query('TRUNCATE inspection_lots, outbox_messages');
    const t2 = process.hrtime.bigint();
    await copyLots(pool, lotsFor(chainId, suppliers, productRows, 'P'), leader);
    const copyMs = ms(t2);
    await ds.query('TRUNCATE inspection_lots');
    report(`write ${productRows.toLocaleString()} lots`, `${Math.round(productRows / (ours / 1000)).toLocaleString()} lots/s`, `${Math.round(productRows / (copyMs / 1000)).toLocaleString()} lots/s (COPY)`, `${(copyMs / ours).toFixed(2)}x of COPY (target ≥ 0.5x)`);
    report('peak RSS while writing', `${Math.round(peakRss / 1048576)} MB`, '-', `target < 300 MB`);

    // 2. Rollups over LOTS lots: full rebuild against one hand-written GROUP BY.
    await copyLots(pool, lotsFor(chainId, suppliers, LOTS, 'R'), leader);
    await ds.query('ANALYZE inspection_lots');
    const t3 = process.hrtime.bigint();
    await app.get(RollupService).rebuild();
    const rebuildMs = ms(t3);
    const t4 = process.hrtime.bigint();
    await ds.query(`SELECT chain_id, date_trunc('month', inspected_day), stage, count(*), count(*) FILTER (WHERE decision = 'ACCEPT'), sum(units_sampled), sum(nonconforming_units) FROM inspection_lots GROUP BY 1, 2, 3`);
    const groupMs = ms(t4);
    report(`rollups for ${LOTS.toLocaleString()} lots`, `${Math.round(rebuildMs)} ms (6 scopes x 3 periods x stages)`, `${Math.round(groupMs)} ms (one GROUP BY)`, `${(rebuildMs / groupMs).toFixed(1)}x (target ≤ 2x)`);

    // 3. passRateSeries against aggregating raw lots, over SERIES_LOTS lots.
    if (SERIES_LOTS > LOTS) {
      await copyLots(pool, lotsFor(chainId, suppliers, SERIES_LOTS - LOTS, 'S'), leader);
      await ds.query('ANALYZE inspection_lots');
      await app.get(RollupService).rebuild();
    }
    const series = app.get(PassRateService);
    const oursMs: number[] = [];
    const rawMs: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const t = process.hrtime.bigint();
      await series.series(leader, { kind: RollupScope.CHAIN, id: chainId }, RollupPeriod.MONTH, '2020-01-01', '2100-01-01', 'ALL');
      oursMs.push(ms(t));
      if (i < Math.min(CALLS, 20)) {
        const r = process.hrtime.bigint();
        await ds.query(`SELECT date_trunc('month', inspected_day), count(*), count(*) FILTER (WHERE decision = 'ACCEPT'), count(*) FILTER (WHERE submission = 1), sum(units_sampled), sum(nonconforming_units) FROM inspection_lots WHERE chain_id = $1 GROUP BY 1 ORDER BY 1`, [chainId]);
        rawMs.push(ms(r));
      }
    }
    report(`passRateSeries over ${Math.max(SERIES_LOTS, LOTS).toLocaleString()} lots`, `p50 ${pct(oursMs, 50).toFixed(2)} ms, p95 ${pct(oursMs, 95).toFixed(2)} ms (${CALLS} calls)`, `p50 ${pct(rawMs, 50).toFixed(0)} ms, p95 ${pct(rawMs, 95).toFixed(0)} ms (raw aggregate, ${rawMs.length} calls)`, `${(pct(rawMs, 50) / pct(oursMs, 50)).toFixed(0)}x faster at p50 (target p95 < 20 ms, ≥ 100x)`);

    await pool.end();
    await app.close();
    process.stdout.write('\n| measure | ChainQ | database alone | result |\n|---|---|---|---|\n' + rows.map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n');
  } finally {
    await pg.stop();
  }
}

/** A leader, SUPPLIERS active suppliers, and a chain. */
async function world(app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) {
  const ds = app.get(DataSource);
  const make = async (name: string, i: number) => {
    const enterprise = await ds.transaction((m) => app.get(EnterpriseService).createUnscoped({ name, uscc: makeUscc({ registration: '91', division: '320382', organisationBase: `MA1B${String(i).padStart(4, '0')}` }), industryCode: 'C3670', regionCode: i % 2 ? '131125' : '320382', employees: 50, revenue10kCny: 2000 }, m));
    const organisation = (await app.get(OrganisationService).findById(enterprise.id))!;
    const user = await app.get(UserService).createUnscoped(organisation, { organisationId: enterprise.id, email: `bench${i}@bench.example`, displayName: name, password: 'bench-password-1', roles: [Role.ENTERPRISE_ADMIN] });
    return { id: enterprise.id, actor: await app.get(AuthService).actorOf(user.id) };
  };
  const leader = await make('Bench leader', 0);
  const chain = await app.get(IndustryChainService).create(leader.actor, { name: 'Bench chain', leaderEnterpriseId: leader.id, industryCode: 'C36', clusterIds: [] });
  const suppliers: { id: string; actor: Awaited<ReturnType<AuthService['actorOf']>> }[] = [];
  for (let i = 1; i <= SUPPLIERS; i++) suppliers.push(await make(`Bench supplier ${i}`, i));
  await ds.getRepository(ChainMembership).insert(suppliers.map((s) => ({ chainId: chain.id, supplierUscc: makeUscc({ registration: '91', division: '320382', organisationBase: `MA1B${String(suppliers.indexOf(s) + 1).padStart(4, '0')}` }), supplierEnterpriseId: s.id, tier: 1, status: MembershipStatus.ACTIVE, categories: [] })));
  const byId = new Map(suppliers.map((s) => [s.id, s.actor]));
  return { chainId: chain.id, leader: leader.actor, suppliers: suppliers.map((s) => s.id), supplierActor: (id: string) => byId.get(id)! };
}

function lotsFor(chainId: string, suppliers: string[], n: number, tag: string, stages = [InspectionStage.SELF, InspectionStage.SPECIAL, InspectionStage.INCOMING]): LotInput[] {
  const start = Date.now() - DAYS * 86_400_000;
  // Grouped by supplier so each 1,000-lot call is one supplier's.
  return Array.from({ length: n }, (_, i) => {
    const s = Math.floor((i / n) * suppliers.length);
    return {
      chainId, supplierEnterpriseId: suppliers[s], partNumber: 'P-1', lotNumber: `${tag}${i}`, lotSize: 1000,
      stage: stages[i % stages.length], inspectedAt: new Date(start + ((i * 7919) % (DAYS * 86_400)) * 1000),
      aql: '1.0', unitsSampled: 80, nonconformingUnits: i % 11 === 0 ? 3 : i % 3, submission: i % 13 === 0 ? 2 : 1,
    };
  });
}

/** The same rows the product writes, as COPY text. */
async function copyLots(pool: Pool, lots: LotInput[], actor: { userId: string }): Promise<void> {
  const client = await pool.connect();
  try {
    const columns = 'chain_id, supplier_enterprise_id, part_number, lot_number, lot_size, stage, inspected_at, inspected_day, submission, inspection_level, aql, plan_severity, acceptance_number, units_sampled, nonconforming_units, defects, decision, recorded_by';
    const lines = function* () {
      for (const l of lots) {
        yield `${l.chainId}\t${l.supplierEnterpriseId}\t${l.partNumber}\t${l.lotNumber}\t${l.lotSize}\t${l.stage}\t${l.inspectedAt.toISOString()}\t${chinaDay(l.inspectedAt)}\t${l.submission ?? 1}\tII\t1.0\tNORMAL\t2\t${l.unitsSampled}\t${l.nonconformingUnits}\t{}\t${l.nonconformingUnits <= 2 ? 'ACCEPT' : 'REJECT'}\t${actor.userId}\n`;
      }
    };
    await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY inspection_lots (${columns}) FROM STDIN`)));
  } finally {
    client.release();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
