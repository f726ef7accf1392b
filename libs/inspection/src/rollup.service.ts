import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RollupPeriod } from './pass-rate-rollup.entity';

/** The counts of the lots `l` of one group, in lot_day_totals' column order. */
const LOT_COUNTS = `count(*)::int AS lots, count(*) FILTER (WHERE l.decision = 'ACCEPT')::int AS accepted,
  count(*) FILTER (WHERE l.submission = 1)::int AS first_lots, count(*) FILTER (WHERE l.submission = 1 AND l.decision = 'ACCEPT')::int AS first_accepted,
  sum(l.units_sampled) AS units, sum(l.nonconforming_units) AS nonconforming`;
/** The same counts summed over day-total rows `d`, in pass_rate_rollups' column order. */
const SUMMED =
  'sum(d.lots)::int AS lots, sum(d.accepted)::int AS accepted, sum(d.first_lots)::int AS first_lots, sum(d.first_accepted)::int AS first_accepted, sum(d.units) AS units, sum(d.nonconforming) AS nonconforming';
const ROLLUP_COLUMNS = 'scope_kind, scope_key, period, period_start, stage, lots_inspected, lots_accepted, first_lots, first_accepted, units_inspected, units_nonconforming, updated_at';
/** Coarser periods: a (chain, supplier) pair's from its day totals, every other scope's from its day rows. */
const COARSER: [RollupPeriod, string][] = [
  [RollupPeriod.WEEK, 'week'],
  [RollupPeriod.MONTH, 'month'],
];
/** The first days of the weeks or months (`unit`) containing the days in the date array parameter `days`. */
const bucketStarts = (unit: string, days: string) => `ARRAY(SELECT DISTINCT date_trunc('${unit}', x)::date FROM unnest(${days}::date[]) x)`;
/** In a GROUPING SETS query, the stage of the group: the set without the stage is 'ALL'. */
const STAGE = "CASE WHEN GROUPING(d.stage) = 0 THEN d.stage::text ELSE 'ALL' END";

/** Each enterprise's province, prefecture and county codes; null below the level its own code names. */
const REGIONS = `(SELECT id, substr(region_code, 1, 2) || '0000' AS province,
    CASE WHEN substr(region_code, 3, 2) <> '00' THEN substr(region_code, 1, 4) || '00' END AS prefecture,
    CASE WHEN substr(region_code, 5, 2) <> '00' THEN region_code::text END AS county
  FROM enterprises)`;

/**
 * The shared scopes' day rows (kind, key, day, stage, sums) from day-total
 * rows `d`: the chain, the supplier's province, prefecture and county, and
 * each cluster it belongs to, per stage and 'ALL', in one pass of grouping
 * sets. A (chain, supplier) pair's own days are its day totals, so they are
 * not copied into the rollups.
 */
const sharedDayRows = (d: string) => `
  SELECT * FROM (
    SELECT CASE WHEN GROUPING(d.chain_id) = 0 THEN 'CHAIN' WHEN GROUPING(e.province) = 0 THEN 'PROVINCE' WHEN GROUPING(e.prefecture) = 0 THEN 'PREFECTURE' ELSE 'COUNTY' END AS kind,
           coalesce(d.chain_id::text, e.province, e.prefecture, e.county) AS key, d.day, ${STAGE} AS stage, ${SUMMED}
      FROM ${d} d JOIN ${REGIONS} e ON e.id = d.supplier_enterprise_id
     GROUP BY GROUPING SETS ((d.chain_id, d.day, d.stage), (d.chain_id, d.day), (e.province, d.day, d.stage), (e.province, d.day),
                             (e.prefecture, d.day, d.stage), (e.prefecture, d.day), (e.county, d.day, d.stage), (e.county, d.day))
    UNION ALL
    SELECT 'CLUSTER', cm.cluster_id::text, d.day, ${STAGE}, ${SUMMED}
      FROM ${d} d JOIN cluster_members cm ON cm.enterprise_id = d.supplier_enterprise_id
     GROUP BY GROUPING SETS ((cm.cluster_id, d.day, d.stage), (cm.cluster_id, d.day))) k
   WHERE k.key IS NOT NULL`;

/** The shared scopes (kind, key) that the suppliers $2 of chain $1 count in. */
const SHARED_SCOPES_OF_SUPPLIERS = `
  SELECT 'CHAIN' AS kind, $1::text AS key
  UNION
  SELECT r.kind, r.key FROM ${REGIONS} e
   CROSS JOIN LATERAL (VALUES ('PROVINCE', e.province), ('PREFECTURE', e.prefecture), ('COUNTY', e.county)) AS r(kind, key)
   WHERE e.id = ANY($2::uuid[]) AND r.key IS NOT NULL
  UNION
  SELECT 'CLUSTER', cluster_id::text FROM cluster_members WHERE enterprise_id = ANY($2::uuid[])`;

/** What a refresh recomputes: one chain's suppliers on some days; everything when absent (a rebuild). */
interface Touched {
  chainId: string;
  supplierIds: string[];
  days: string[];
}

/**
 * Keeps the pass-rate figures equal to what the lots say, in two levels:
 * lot_day_totals per (chain, supplier, China day, stage) recounted from the
 * lots (one parallel aggregate), then every rollup bucket containing those
 * days summed again from them. A pair's day figures are its day totals; its
 * weeks and months and every shared scope (chain, cluster, region) live in
 * pass_rate_rollups, with an 'ALL' row per bucket. Nothing is incremented,
 * so a repeated or retried job leaves the same numbers; one advisory lock
 * serialises refreshes, so the last one sees every commit.
 */
@Injectable()
export class RollupService {
  constructor(private readonly dataSource: DataSource) {}

  /** Recomputes the figures of the given suppliers' lots in one chain on the given China days. */
  async refresh(chainId: string, supplierIds: string[], days: string[]): Promise<number> {
    if (supplierIds.length === 0 || days.length === 0) return 0;
    return this.recompute({ chainId, supplierIds, days });
  }

  /** Recomputes every figure from all lots: the repair and benchmark path. Readers see the old figures until it commits. */
  rebuild(): Promise<number> {
    return this.recompute(null);
  }

  /** Returns the number of rollup rows written (day totals not counted). */
  private recompute(touched: Touched | null): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('pass_rate_rollups'))`);
      // A large refresh groups a million lots into tens of thousands of day totals: keep the hash tables in memory.
      await m.query(`SET LOCAL work_mem = '64MB'`);
      await this.recountDays(m, touched);
      let rows = await this.sharedDays(m, touched);
      for (const [period, unit] of COARSER) {
        rows += await this.pairBuckets(m, touched, period, unit);
        rows += await this.sharedBuckets(m, touched, period, unit);
      }
      return rows;
    });
  }

  /**
   * Recounts the touched day totals from the lots. The counting is a CREATE TABLE AS, which
   * PostgreSQL may run in parallel (an INSERT ... SELECT never is), then the rows replace the old.
   */
  private async recountDays(m: EntityManager, touched: Touched | null): Promise<void> {
    const lots = touched ? 'l.chain_id = $1 AND l.supplier_enterprise_id = ANY($2::uuid[]) AND l.inspected_day = ANY($3::date[])' : 'true';
    const params = touched ? [touched.chainId, touched.supplierIds, touched.days] : [];
    await m.query(
      `CREATE TEMP TABLE fresh_day_totals ON COMMIT DROP AS
       SELECT l.chain_id, l.supplier_enterprise_id, l.inspected_day AS day, l.stage, ${LOT_COUNTS}
         FROM inspection_lots l WHERE ${lots} GROUP BY 1, 2, 3, 4`,
      params,
    );
    if (touched) await m.query('DELETE FROM lot_day_totals WHERE chain_id = $1 AND supplier_enterprise_id = ANY($2::uuid[]) AND day = ANY($3::date[])', params);
    else {
      await m.query('DELETE FROM lot_day_totals');
      await m.query('DELETE FROM pass_rate_rollups');
    }
    await m.query('INSERT INTO lot_day_totals (chain_id, supplier_enterprise_id, day, stage, lots, accepted, first_lots, first_accepted, units, nonconforming) SELECT * FROM fresh_day_totals');
    if (touched) {
      // The shared scopes the touched suppliers count in: only their buckets are recomputed.
      await m.query(
        `CREATE TEMP TABLE rollup_scopes ON COMMIT DROP AS ${SHARED_SCOPES_OF_SUPPLIERS}`,
        [touched.chainId, touched.supplierIds],
      );
    }
  }

  /** Day rows of the shared scopes, per stage and 'ALL', summed from the day totals of every supplier in them. */
  private async sharedDays(m: EntityManager, touched: Touched | null): Promise<number> {
    if (touched) {
      await m.query(`DELETE FROM pass_rate_rollups r WHERE r.period = 'DAY' AND r.period_start = ANY($1::date[]) AND (r.scope_kind, r.scope_key) IN (SELECT kind, key FROM rollup_scopes)`, [
        touched.days,
      ]);
    }
    return this.insert(
      m,
      `SELECT k.kind, k.key, 'DAY', k.day, k.stage, k.lots, k.accepted, k.first_lots, k.first_accepted, k.units, k.nonconforming, now() FROM (${sharedDayRows(touched ? '(SELECT * FROM lot_day_totals WHERE day = ANY($1::date[]))' : 'lot_day_totals')}) k
        WHERE ${touched ? '(k.kind, k.key) IN (SELECT kind, key FROM rollup_scopes)' : 'true'}`,
      touched ? [touched.days] : [],
    );
  }

  /** A (chain, supplier) pair's weeks or months containing the touched days, from its day totals. */
  private async pairBuckets(m: EntityManager, touched: Touched | null, period: RollupPeriod, unit: string): Promise<number> {
    const starts = bucketStarts(unit, '$3');
    if (touched) {
      await m.query(
        `DELETE FROM pass_rate_rollups WHERE scope_kind = 'CHAIN_SUPPLIER' AND scope_key = ANY(ARRAY(SELECT $1::text || ':' || x FROM unnest($2::text[]) x))
            AND period = '${period}' AND period_start = ANY(${starts})`,
        [touched.chainId, touched.supplierIds, touched.days],
      );
    }
    return this.insert(
      m,
      `SELECT 'CHAIN_SUPPLIER', d.chain_id::text || ':' || d.supplier_enterprise_id::text, '${period}', date_trunc('${unit}', d.day)::date, ${STAGE}, ${SUMMED}, now()
         FROM lot_day_totals d
        WHERE ${touched ? `d.chain_id = $1 AND d.supplier_enterprise_id = ANY($2::uuid[]) AND date_trunc('${unit}', d.day)::date = ANY(${starts})` : 'true'}
        GROUP BY GROUPING SETS ((d.chain_id, d.supplier_enterprise_id, date_trunc('${unit}', d.day), d.stage), (d.chain_id, d.supplier_enterprise_id, date_trunc('${unit}', d.day)))`,
      touched ? [touched.chainId, touched.supplierIds, touched.days] : [],
    );
  }

  /** The shared scopes' weeks or months containing the touched days, from their day rows. */
  private async sharedBuckets(m: EntityManager, touched: Touched | null, period: RollupPeriod, unit: string): Promise<number> {
    const starts = bucketStarts(unit, '$1');
    const inScopes = '(r.scope_kind, r.scope_key) IN (SELECT kind, key FROM rollup_scopes)';
    const params = touched ? [touched.days] : [];
    if (touched) await m.query(`DELETE FROM pass_rate_rollups r WHERE r.period = '${period}' AND r.period_start = ANY(${starts}) AND ${inScopes}`, params);
    return this.insert(
      m,
      `SELECT r.scope_kind, r.scope_key, '${period}', date_trunc('${unit}', r.period_start)::date, r.stage,
              sum(r.lots_inspected)::int, sum(r.lots_accepted)::int, sum(r.first_lots)::int, sum(r.first_accepted)::int,
              sum(r.units_inspected), sum(r.units_nonconforming), now()
         FROM pass_rate_rollups r
        WHERE r.period = 'DAY' AND ${touched ? `date_trunc('${unit}', r.period_start)::date = ANY(${starts}) AND ${inScopes}` : 'true'}
        GROUP BY r.scope_kind, r.scope_key, 4, r.stage`,
      params,
    );
  }

  private async insert(m: EntityManager, select: string, params: unknown[]): Promise<number> {
    const [{ n }]: { n: number }[] = await m.query(`WITH written AS (INSERT INTO pass_rate_rollups (${ROLLUP_COLUMNS}) ${select} RETURNING 1) SELECT count(*)::int AS n FROM written`, params);
    return n;
  }
}
