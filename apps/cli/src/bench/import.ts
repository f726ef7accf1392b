import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { JobQueues, QueueName } from '@chainq/core';
import { InspectionImportService } from '@chainq/inspection';
import { BenchContext, ms, n, p50p95, pct, verdict } from './context';
import { trackFreshness } from './freshness';
import { COPY_COLUMNS, copyChunks, csvLines } from './world';
import { WorkerProcess } from './worker-process';

/** What the rollups section compares with: the worker's rollup work for the import. */
export interface ImportedLots {
  /** Applications of the change log while the import ran, and their summed time (lock waits excluded). */
  during: { applies: number; ms: number };
  /** The same after the import finished: the refresh that remained. */
  after: { applies: number; ms: number };
  /** From the import's finish to the moment no rollup work was left. */
  settleMs: number;
}

/**
 * A CSV of `lots` incoming lots imported by the real worker process, against
 * COPY of the same rows into an empty copy of the table (same indexes,
 * constraints and foreign keys, none of ChainQ's triggers), both files
 * written before either clock starts. While the import runs, single lots
 * recorded through GraphQL are timed until passRateSeries shows them.
 */
export async function importSection(c: BenchContext): Promise<ImportedLots> {
  const { ds, world: w, options } = c;
  const csv = path.join(c.dir, 'lots.csv');
  const copyText = path.join(c.dir, 'lots.copy');
  await pipeline(Readable.from(csvLines(w, options.lots)), createWriteStream(csv));
  await pipeline(Readable.from(copyChunks(w, options.lots)), createWriteStream(copyText));

  const worker = new WorkerProcess(c.databaseUrl, c.env);
  const upload = await c.app.get(InspectionImportService).begin(w.leader.actor, w.chainId, { stream: createReadStream(csv), fileName: 'lots.csv' });
  const importing = async () => ['QUEUED', 'RUNNING'].includes((await ds.query('SELECT status FROM inspection_imports WHERE id = $1', [upload.id]))[0].status);
  const freshness = await trackFreshness(c, importing);
  const rollupQueue = c.app.get(JobQueues).get(QueueName.Rollups);
  // All rollup work done: nothing in the outbox or the change log, no rollup job waiting or running.
  await worker.until(async () => {
    if (await importing()) return false;
    const [{ outbox, changes }] = await ds.query('SELECT (SELECT count(*) FROM outbox_messages)::int AS outbox, (SELECT count(*) FROM lot_day_deltas)::int AS changes');
    const jobs = await rollupQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return outbox === 0 && changes === 0 && Object.values(jobs).every((x) => x === 0);
  });
  const [imported] = await ds.query(
    `SELECT status, rows_inserted, rows_invalid, extract(epoch FROM finished_at - started_at) * 1000 AS ms, extract(epoch FROM clock_timestamp() - finished_at) * 1000 AS since,
            extract(epoch FROM finished_at) * 1000 AS finished FROM inspection_imports WHERE id = $1`,
    [upload.id],
  );
  await worker.stop();
  if (imported.status !== 'DONE' || imported.rows_inserted !== options.lots) throw new Error(`import ended ${imported.status} with ${imported.rows_inserted} lots, ${imported.rows_invalid} invalid`);
  const importMs = Number(imported.ms);

  await ds.query(`CREATE TABLE bench_copied_lots (LIKE inspection_lots INCLUDING ALL)`);
  await ds.query(`ALTER TABLE bench_copied_lots ADD FOREIGN KEY (chain_id) REFERENCES industry_chains (id) ON DELETE CASCADE, ADD FOREIGN KEY (supplier_enterprise_id) REFERENCES enterprises (id) ON DELETE CASCADE`);
  const client = await c.pool.connect();
  let copyMs: number;
  try {
    const t = process.hrtime.bigint();
    await pipeline(createReadStream(copyText), client.query(copyFrom(`COPY bench_copied_lots (${COPY_COLUMNS}) FROM STDIN`)));
    copyMs = ms(t);
  } finally {
    client.release();
  }
  await ds.query('DROP TABLE bench_copied_lots');

  const rate = (lots: number, t: number) => `${n(lots / (t / 1000))} lots/s`;
  c.report.row(
    `import ${n(options.lots)} lots from CSV`,
    `${rate(options.lots, importMs)} (worker: parse, validate, judge on switching state, COPY, change log)`,
    `${rate(options.lots, copyMs)} (COPY of prepared text into an empty copy of the table)`,
    `${(copyMs / importMs).toFixed(2)}x of COPY; ${verdict('≥ 0.5x', copyMs / importMs >= 0.5, options.lots, 1_000_000)}`,
  );
  c.report.row('worker peak RSS during the import', `${n(worker.peakRssKb / 1024)} MB (VmHWM, import and rollups)`, '–', verdict('< 300 MB', worker.peakRssKb / 1024 < 300, options.lots, 1_000_000));
  c.report.row(
    'a lot recorded through GraphQL during the import, until passRateSeries shows it',
    freshness.length ? `${p50p95(freshness, 0)}, max ${n(Math.max(...freshness))} ms` : 'no sample (the import ended first)',
    '–',
    freshness.length ? verdict('p95 ≤ 2 s', pct(freshness, 95) <= 2000, options.lots, 1_000_000) : 'not measured',
  );
  const sum = (applies: { ms: number }[]) => ({ applies: applies.length, ms: applies.reduce((a, x) => a + x.ms, 0) });
  // An apply is logged when it commits: those logged after the import's finish (less their own time) began after it.
  const after = worker.applies.filter((a) => a.at - a.ms >= Number(imported.finished));
  return { during: sum(worker.applies.filter((a) => !after.includes(a))), after: sum(after), settleMs: Number(imported.since) };
}
