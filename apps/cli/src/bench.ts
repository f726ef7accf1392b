import { randomUUID } from 'node:crypto';
import { chmodSync, copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { freePort, loadConfig, runMigrations, startEmbeddedPostgres, withDatabaseUrl } from '@chainq/core';
import { ApiModule } from '../../api/src/api.module';
import { createHttpApp } from '../../api/src/http-app';
import { BenchContext, Report } from './bench/context';
import { ImportedLots, importSection } from './bench/import';
import { readsSection, topUp } from './bench/reads';
import { rollupsSection } from './bench/rollups';
import { world } from './bench/world';
import { graphqlVsBare } from './bench/graphql-vs-bare';
import { newSigningKeyPem } from '@chainq/credit';

/**
 * `npm run bench -- --lots N [--series-lots M] [--only SECTION]`: into a
 * fresh embedded PostgreSQL, with the API served over HTTP in this process
 * and the worker as its own process, measures each section beside the
 * database doing the same work alone, in the same run, and prints the
 * README's table (markdown) at the end. Sections, in order:
 *  - import: a CSV of N lots imported by the worker against COPY, the
 *    worker's peak RSS, and how soon a lot recorded during the import shows
 *    in passRateSeries;
 *  - rollups: all rollup work for the import, and a full rebuild, against
 *    one GROUP BY writing the same day totals;
 *  - reads: passRateSeries and clusterOverview over M lots (default N) over
 *    HTTP and in-process, against the raw aggregate;
 *  - graphql: three queries through POST /graphql against a bare node:http +
 *    pg endpoint doing the same work, on a database of its own.
 * A section run alone starts from N lots copied in and their figures rebuilt.
 * `--pg-log FILE` writes the server's log there (statements over 30 ms, autovacuums).
 */
const SECTIONS = ['import', 'rollups', 'reads', 'graphql'] as const;
/** The sections that share one database and world; `graphql` starts its own (apps/cli/src/bench/graphql-vs-bare.ts). */
const SHARED: readonly Section[] = ['import', 'rollups', 'reads'];
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    lots: { type: 'string', default: '200000' },
    'series-lots': { type: 'string' },
    suppliers: { type: 'string', default: '50' },
    calls: { type: 'string', default: '200' },
    only: { type: 'string' },
    'pg-log': { type: 'string' },
    // The graphql section: requests per query and server, a CPU profile of the API, one query alone.
    requests: { type: 'string', default: '3000' },
    'cpu-prof': { type: 'string' },
    query: { type: 'string', multiple: true },
  },
});
if (values.only && !SECTIONS.includes(values.only as Section)) throw new Error(`--only takes one of ${SECTIONS.join(', ')}`);
const runs = (section: Section) => !values.only || values.only === section;

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'chainq-bench-'));
  chmodSync(dir, 0o755);
  const pgLog = values['pg-log'];
  const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port: await freePort() });
  const env = { NODE_ENV: 'production', JWT_SECRET: randomUUID() + randomUUID(), PROFILE_SIGNING_KEY: newSigningKeyPem(), LOG_LEVEL: 'warn', FILE_STORAGE_DIR: path.join(dir, 'files'), IMPORT_MAX_BYTES: String(4 * 1024 ** 3), WEB_DIR: path.join(dir, 'no-web') };
  try {
    await runMigrations(pg.url);
    const pool = new Pool({ connectionString: pg.url, max: 2 });
    pool.on('error', () => undefined); // idle connections end when the server stops
    if (pgLog) for (const [name, value] of [['log_min_duration_statement', '30'], ['log_autovacuum_min_duration', '0'], ['log_line_prefix', '%m [%p] ']]) await pool.query(`ALTER SYSTEM SET ${name} = '${value}'`);
    await pool.query('SELECT pg_reload_conf()');
    const app = await createHttpApp(withDatabaseUrl(loadConfig(env), pg.url), [ApiModule]);
    await app.listen(0, '127.0.0.1');
    const lots = Number(values.lots);
    const c: BenchContext = {
      app,
      ds: app.get(DataSource),
      pool,
      world: await world(app, Number(values.suppliers)),
      url: (await app.getUrl()).replace('[::1]', 'localhost'),
      databaseUrl: pg.url,
      env,
      dir,
      options: { lots, seriesLots: Number(values['series-lots'] ?? values.lots), calls: Number(values.calls) },
      report: new Report(),
    };
    let imported: ImportedLots | null = null;
    if (runs('import')) imported = await importSection(c);
    else await topUp(c, 0, lots);
    if (runs('rollups')) await rollupsSection(c, imported);
    if (runs('reads')) await readsSection(c);
    await pool.end();
    await app.close();
    process.stdout.write(`\n${c.report.markdown(`npm run bench -- ${process.argv.slice(2).join(' ')}`)}\n`);
  } finally {
    await pg.stop();
    // The server writes its own log (pg_ctl -l); --pg-log keeps a copy.
    if (pgLog) copyFileSync(pg.logFile, pgLog);
  }
}

(SHARED.some(runs) ? main() : Promise.resolve())
  .then(async () => {
    if (runs('graphql')) await graphqlVsBare({ requests: Number(values.requests), concurrency: 16, suppliers: Number(values.suppliers), lots: 20_000, cpuProfileDir: values['cpu-prof'], only: values.query });
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
