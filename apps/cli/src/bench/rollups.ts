import { RollupService } from '@chainq/inspection';
import { BenchContext, ms, n, verdict } from './context';
import type { ImportedLots } from './import';

/** A digest of both derived tables: equal digests, equal figures. */
const DIGEST = `SELECT (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM (SELECT chain_id, supplier_enterprise_id, day, stage, lots, accepted, first_lots, first_accepted, units, nonconforming FROM lot_day_totals) t)
    || (SELECT md5(coalesce(string_agg(r::text, ',' ORDER BY r::text), '')) FROM (SELECT scope_kind, scope_key, period, period_start, stage, lots_inspected, lots_accepted, first_lots, first_accepted, units_inspected, units_nonconforming FROM pass_rate_rollups) r) AS digest`;

/**
 * The worker's rollup work for the import (every job, during and after it)
 * and a full rebuild into emptied tables, against one GROUP BY over the same
 * lots writing the same day totals into an empty table with the same keys.
 * The rebuild must reproduce the figures kept change by change.
 */
export async function rollupsSection(c: BenchContext, imported: ImportedLots | null): Promise<void> {
  const { ds, options } = c;
  const [{ lots }] = await ds.query('SELECT count(*)::int AS lots FROM inspection_lots');
  const kept = (await ds.query(DIGEST))[0].digest as string;
  const [{ totals, rollups }] = await ds.query('SELECT (SELECT count(*) FROM lot_day_totals)::int AS totals, (SELECT count(*) FROM pass_rate_rollups)::int AS rollups');

  await ds.query(`CREATE TABLE bench_day_totals (LIKE lot_day_totals INCLUDING ALL)`);
  const t = process.hrtime.bigint();
  await ds.query(
    `INSERT INTO bench_day_totals (chain_id, supplier_enterprise_id, day, stage, lots, accepted, first_lots, first_accepted, units, nonconforming)
     SELECT chain_id, supplier_enterprise_id, inspected_day, stage, count(*), count(*) FILTER (WHERE decision = 'ACCEPT'), count(*) FILTER (WHERE submission = 1),
            count(*) FILTER (WHERE submission = 1 AND decision = 'ACCEPT'), sum(units_sampled), sum(nonconforming_units)
       FROM inspection_lots GROUP BY 1, 2, 3, 4`,
  );
  const groupMs = ms(t);
  await ds.query('DROP TABLE bench_day_totals');

  await ds.query('TRUNCATE lot_day_totals, pass_rate_rollups');
  const r = process.hrtime.bigint();
  await c.app.get(RollupService).rebuild();
  const rebuildMs = ms(r);
  const rebuilt = (await ds.query(DIGEST))[0].digest as string;
  if (imported && rebuilt !== kept) throw new Error('the rebuilt figures differ from the figures kept change by change');

  const database = `${n(groupMs)} ms (one GROUP BY writing the ${n(totals)} day totals into an empty table)`;
  const rebuild = `${n(rebuildMs)} ms full rebuild into emptied tables (${(rebuildMs / groupMs).toFixed(1)}x)`;
  if (!imported) {
    c.report.row(`rollups of ${n(lots)} lots (${n(rollups)} rollup rows, ${n(totals)} day totals)`, rebuild, database, 'no import in this run: rebuild only');
    return;
  }
  const ratio = imported.after.ms / groupMs;
  const all = imported.during.ms + imported.after.ms;
  c.report.row(
    `rollups of the ${n(options.lots)} imported lots (${n(rollups)} rollup rows, ${n(totals)} day totals)`,
    `${n(imported.after.ms)} ms refresh after the import (${imported.after.applies} apply); figures complete ${n(imported.settleMs)} ms after it finished. ` +
      `All rollup work: ${n(all)} ms in ${imported.during.applies + imported.after.applies} applies (${(all / groupMs).toFixed(1)}x). ${rebuild}, equal to the kept figures`,
    database,
    `${ratio.toFixed(2)}x (refresh after the import); ${verdict('≤ 1x', ratio <= 1, options.lots, 1_000_000)}`,
  );
}
