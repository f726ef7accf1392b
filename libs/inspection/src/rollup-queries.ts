/** A derived table: the columns that name a row, the counts it holds and the column stamped when a row is written. */
export interface Derived {
  table: string;
  keys: string[];
  counts: string[];
  stamp?: string;
}

export const DAY_TOTALS: Derived = {
  table: 'lot_day_totals',
  keys: ['chain_id', 'supplier_enterprise_id', 'day', 'stage'],
  counts: ['lots', 'accepted', 'first_lots', 'first_accepted', 'units', 'nonconforming'],
};
export const ROLLUPS: Derived = {
  table: 'pass_rate_rollups',
  keys: ['scope_kind', 'scope_key', 'period', 'period_start', 'stage'],
  counts: ['lots_inspected', 'lots_accepted', 'first_lots', 'first_accepted', 'units_inspected', 'units_nonconforming'],
  stamp: 'updated_at',
};

/** The counts of the lots `l` of one group, named as lot_day_totals' counts. */
export const LOT_COUNTS = `count(*)::int AS lots, count(*) FILTER (WHERE l.decision = 'ACCEPT')::int AS accepted,
  count(*) FILTER (WHERE l.submission = 1)::int AS first_lots, count(*) FILTER (WHERE l.submission = 1 AND l.decision = 'ACCEPT')::int AS first_accepted,
  sum(l.units_sampled) AS units, sum(l.nonconforming_units) AS nonconforming`;

/** The counts of `derived` rows aliased `a` summed, named as `as`' counts (four lot counts as int, two unit sums as bigint). */
export const summed = (derived: Derived, a: string, as: Derived = ROLLUPS) => derived.counts.map((c, i) => `sum(${a}.${c})${i < 4 ? '::int' : '::bigint'} AS ${as.counts[i]}`).join(', ');

/** The coarser periods, each bucket the first day of its ISO week or month. */
export const COARSER = `(VALUES ('WEEK', 'week'), ('MONTH', 'month')) AS p(period, unit)`;
export const bucketOf = (day: string) => `date_trunc(p.unit, ${day}::timestamp)::date`;

/** The province, prefecture and county of the region code `code`; null below the level the code names. */
const regionsOf = (code: string) => `(SELECT substr(${code}, 1, 2) || '0000' AS province,
    CASE WHEN substr(${code}, 3, 2) <> '00' THEN substr(${code}, 1, 4) || '00' END AS prefecture,
    CASE WHEN substr(${code}, 5, 2) <> '00' THEN ${code}::text END AS county)`;

/**
 * The shared scopes' day rows from the day-total rows `d` (totals or
 * deltas): the chain, the province, prefecture and county of the supplier,
 * and each cluster it belongs to. Day rows are first summed per (chain,
 * region code), so the region levels are grouped from a few rows per day,
 * not one per supplier.
 */
export const sharedDayRows = (d: string) => `
  WITH d AS MATERIALIZED (${d}),
  by_region AS (
    SELECT d.chain_id, e.region_code::text AS code, d.day, d.stage, ${summed(DAY_TOTALS, 'd')}
      FROM d JOIN enterprises e ON e.id = d.supplier_enterprise_id GROUP BY 1, 2, 3, 4)
  SELECT * FROM (
    SELECT CASE WHEN GROUPING(r.chain_id) = 0 THEN 'CHAIN' WHEN GROUPING(x.province) = 0 THEN 'PROVINCE' WHEN GROUPING(x.prefecture) = 0 THEN 'PREFECTURE' ELSE 'COUNTY' END AS scope_kind,
           coalesce(r.chain_id::text, x.province, x.prefecture, x.county) AS scope_key, 'DAY' AS period, r.day AS period_start, r.stage::text AS stage, ${summed(ROLLUPS, 'r')}
      FROM by_region r CROSS JOIN LATERAL ${regionsOf('r.code')} x
     GROUP BY GROUPING SETS ((r.chain_id, r.day, r.stage), (x.province, r.day, r.stage), (x.prefecture, r.day, r.stage), (x.county, r.day, r.stage))
    UNION ALL
    SELECT 'CLUSTER', cm.cluster_id::text, 'DAY', d.day, d.stage::text, ${summed(DAY_TOTALS, 'd')}
      FROM d JOIN cluster_members cm ON cm.enterprise_id = d.supplier_enterprise_id GROUP BY cm.cluster_id, d.day, d.stage) k
   WHERE k.scope_key IS NOT NULL`;

/** The weeks and months of the shared scopes' day rows `r` (named as pass_rate_rollups' columns). */
export const coarserRows = (r: string) => `
  SELECT r.scope_kind, r.scope_key, p.period, ${bucketOf('r.period_start')} AS period_start, r.stage, ${summed(ROLLUPS, 'r')}
    FROM (${r}) r CROSS JOIN ${COARSER}
   GROUP BY r.scope_kind, r.scope_key, p.period, 4, r.stage`;
