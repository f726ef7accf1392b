import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A derived table: the columns that name a row, the counts it holds and the column stamped when a row is written. */
interface Derived {
  table: string;
  keys: string[];
  counts: string[];
  stamp?: string;
}

const DAY_TOTALS: Derived = {
  table: 'lot_day_totals',
  keys: ['chain_id', 'supplier_enterprise_id', 'day', 'stage'],
  counts: ['lots', 'accepted', 'first_lots', 'first_accepted', 'units', 'nonconforming'],
};
const ROLLUPS: Derived = {
  table: 'pass_rate_rollups',
  keys: ['scope_kind', 'scope_key', 'period', 'period_start', 'stage'],
  counts: ['lots_inspected', 'lots_accepted', 'first_lots', 'first_accepted', 'units_inspected', 'units_nonconforming'],
  stamp: 'updated_at',
};

/** The counts of the lots `l` of one group, named as lot_day_totals' counts. */
const LOT_COUNTS = `count(*)::int AS lots, count(*) FILTER (WHERE l.decision = 'ACCEPT')::int AS accepted,
  count(*) FILTER (WHERE l.submission = 1)::int AS first_lots, count(*) FILTER (WHERE l.submission = 1 AND l.decision = 'ACCEPT')::int AS first_accepted,
  sum(l.units_sampled) AS units, sum(l.nonconforming_units) AS nonconforming`;
/** The counts of `derived` rows aliased `a` summed, named as pass_rate_rollups' counts (four lot counts as int, two unit sums as bigint). */
const summed = (derived: Derived, a: string) => derived.counts.map((c, i) => `sum(${a}.${c})${i < 4 ? '::int' : ''} AS ${ROLLUPS.counts[i]}`).join(', ');

/** The coarser periods, each bucket the first day of its ISO week or month. */
const COARSER = `(VALUES ('WEEK', 'week'), ('MONTH', 'month')) AS p(period, unit)`;
const bucketOf = (day: string) => `date_trunc(p.unit, ${day}::timestamp)::date`;

/** The province, prefecture and county of the region code `code`; null below the level the code names. */
const regionsOf = (code: string) => `(SELECT substr(${code}, 1, 2) || '0000' AS province,
    CASE WHEN substr(${code}, 3, 2) <> '00' THEN substr(${code}, 1, 4) || '00' END AS prefecture,
    CASE WHEN substr(${code}, 5, 2) <> '00' THEN ${code}::text END AS county)`;

/**
 * The shared scopes' day rows from the day-total rows `d`: the chain, the
 * province, prefecture and county of the supplier, and each cluster it
 * belongs to. Day totals are first summed per (chain, region code), so the
 * region levels are grouped from a few rows per day, not one per supplier.
 */
const sharedDayRows = (d: string) => `
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

/** What a refresh recomputes: one chain's suppliers on some days; everything when absent (a rebuild). */
interface Touched {
  chainId: string;
  supplierIds: string[];
  days: string[];
}

/**
 * Keeps the pass-rate figures equal to what the lots say, in two levels:
 * lot_day_totals per (chain, supplier, China day, stage) recounted from the
 * lots (one parallel aggregate), then the shared scopes (chain, cluster,
 * province, prefecture, county) summed again from them into
 * pass_rate_rollups: days, and the ISO weeks and months containing them, one
 * row per stage ('ALL' is their sum, taken on read). A (chain, supplier)
 * pair's figures are its day totals, summed on read (a few thousand rows at
 * most). Each level is computed whole into a temporary table, then written
 * as a difference, so rows whose counts did not change are not rewritten.
 * Nothing is incremented, so a repeated or retried job leaves the same
 * numbers; one advisory lock serialises refreshes, so the last one sees
 * every commit.
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

  /** Returns the number of rollup rows recomputed (day totals not counted). */
  private recompute(touched: Touched | null): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('pass_rate_rollups'))`);
      // A large refresh groups a million lots into tens of thousands of day totals: keep the hash tables in memory.
      await m.query(`SET LOCAL work_mem = '64MB'`);
      if (touched) await this.markTouched(m, touched);
      const inScope = touched ? '(t.scope_kind, t.scope_key) IN (SELECT kind, key FROM rollup_scopes) AND (t.period, t.period_start) IN (SELECT period, period_start FROM rollup_buckets)' : 'true';
      await this.recountDays(m, touched);
      await this.sharedDays(m, touched);
      await this.sync(m, ROLLUPS, 'fresh_shared_days', `t.period = 'DAY' AND ${inScope}`);
      await this.coarserBuckets(m, touched);
      await this.sync(m, ROLLUPS, 'fresh_buckets', `t.period <> 'DAY' AND ${inScope}`);
      const [{ n }]: { n: number }[] = await m.query('SELECT (SELECT count(*) FROM fresh_shared_days) + (SELECT count(*) FROM fresh_buckets) AS n');
      return Number(n);
    });
  }

  /**
   * rollup_scopes: the shared scopes the touched suppliers count in;
   * rollup_buckets: the touched days and the weeks and months containing them.
   */
  private async markTouched(m: EntityManager, { chainId, supplierIds, days }: Touched): Promise<void> {
    await m.query(
      `CREATE TEMP TABLE rollup_scopes ON COMMIT DROP AS
       SELECT 'CHAIN' AS kind, $1::text AS key
       UNION SELECT r.kind, r.key FROM enterprises e CROSS JOIN LATERAL ${regionsOf('e.region_code')} x
         CROSS JOIN LATERAL (VALUES ('PROVINCE', x.province), ('PREFECTURE', x.prefecture), ('COUNTY', x.county)) AS r(kind, key)
        WHERE e.id = ANY($2::uuid[]) AND r.key IS NOT NULL
       UNION SELECT 'CLUSTER', cluster_id::text FROM cluster_members WHERE enterprise_id = ANY($2::uuid[])`,
      [chainId, supplierIds],
    );
    await m.query(
      `CREATE TEMP TABLE rollup_buckets ON COMMIT DROP AS
       SELECT 'DAY' AS period, x AS period_start, x + 1 AS period_end FROM unnest($1::date[]) x
       UNION SELECT p.period, ${bucketOf('x')}, (${bucketOf('x')} + ('1 ' || p.unit)::interval)::date FROM unnest($1::date[]) x CROSS JOIN ${COARSER}`,
      [days],
    );
    // Without statistics the planner guesses these tables' sizes, and a guess of many rows made the lookups against them quadratic.
    await m.query('ANALYZE rollup_scopes, rollup_buckets');
  }

  /**
   * Recounts the touched day totals from the lots. The counting is a CREATE TABLE AS, which
   * PostgreSQL may run in parallel (an INSERT ... SELECT never is).
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
    const inScope = touched ? 't.chain_id = $1 AND t.supplier_enterprise_id = ANY($2::uuid[]) AND t.day = ANY($3::date[])' : 'true';
    await this.sync(m, DAY_TOTALS, 'fresh_day_totals', inScope, params);
  }

  /** Day rows of the shared scopes on the touched days, summed from the day totals of every supplier in them. */
  private async sharedDays(m: EntityManager, touched: Touched | null): Promise<void> {
    const days = touched ? `SELECT * FROM lot_day_totals WHERE day = ANY($1::date[])` : 'SELECT * FROM lot_day_totals';
    await m.query(
      `CREATE TEMP TABLE fresh_shared_days ON COMMIT DROP AS
       SELECT * FROM (${sharedDayRows(days)}) s ${touched ? 'WHERE (s.scope_kind, s.scope_key) IN (SELECT kind, key FROM rollup_scopes)' : ''}`,
      touched ? [touched.days] : [],
    );
  }

  /** The shared scopes' weeks and months containing the touched days, from their day rows (a refresh reads from its first touched bucket to the end of its last). */
  private async coarserBuckets(m: EntityManager, touched: Touched | null): Promise<void> {
    await m.query(
      `CREATE TEMP TABLE fresh_buckets ON COMMIT DROP AS
       SELECT r.scope_kind, r.scope_key, p.period, ${bucketOf('r.period_start')} AS period_start, r.stage, ${summed(ROLLUPS, 'r')}
         FROM pass_rate_rollups r CROSS JOIN ${COARSER}
        WHERE r.period = 'DAY' ${
          touched
            ? `AND (r.scope_kind, r.scope_key) IN (SELECT kind, key FROM rollup_scopes)
               AND r.period_start >= (SELECT min(period_start) FROM rollup_buckets) AND r.period_start < (SELECT max(period_end) FROM rollup_buckets)`
            : ''
        }
        GROUP BY r.scope_kind, r.scope_key, p.period, 4, r.stage
       ${touched ? `HAVING (p.period, ${bucketOf('r.period_start')}) IN (SELECT period, period_start FROM rollup_buckets)` : ''}`,
    );
  }

  /**
   * Makes the rows of `target` that satisfy `inScope` (on alias t) equal the
   * rows of the temporary table `fresh`: rows gone from it are deleted,
   * changed ones updated, new ones inserted, equal ones left alone.
   */
  private async sync(m: EntityManager, target: Derived, fresh: string, inScope: string, params: unknown[] = []): Promise<void> {
    const same = target.keys.map((k) => `f.${k} = t.${k}`).join(' AND ');
    const counts = (a: string) => target.counts.map((c) => `${a}.${c}`).join(', ');
    const stamped = target.stamp ? [target.stamp] : [];
    const assignments = [...target.counts.map((c) => `${c} = f.${c}`), ...stamped.map((c) => `${c} = now()`)];
    const columns = [...target.keys, ...target.counts];
    await m.query(`DELETE FROM ${target.table} t WHERE ${inScope} AND NOT EXISTS (SELECT FROM ${fresh} f WHERE ${same})`, params);
    await m.query(
      `MERGE INTO ${target.table} t USING ${fresh} f ON ${same}
        WHEN MATCHED AND (${counts('t')}) IS DISTINCT FROM (${counts('f')}) THEN UPDATE SET ${assignments.join(', ')}
        WHEN NOT MATCHED THEN INSERT (${[...columns, ...stamped].join(', ')}) VALUES (${[...columns.map((c) => `f.${c}`), ...stamped.map(() => 'now()')].join(', ')})`,
    );
  }
}
