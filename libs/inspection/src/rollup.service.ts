import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RollupPeriod } from './pass-rate-rollup.entity';

/** The counts of the lots `l` of one group, in lot_day_totals' column order. */
const LOT_COUNTS = `count(*)::int, count(*) FILTER (WHERE l.decision = 'ACCEPT')::int,
  count(*) FILTER (WHERE l.submission = 1)::int, count(*) FILTER (WHERE l.submission = 1 AND l.decision = 'ACCEPT')::int,
  sum(l.units_sampled), sum(l.nonconforming_units)`;
const DAY_TOTAL_COLUMNS = 'chain_id, supplier_enterprise_id, day, stage, lots, accepted, first_lots, first_accepted, units, nonconforming';
const ROLLUP_COLUMNS = 'scope_kind, scope_key, period, period_start, stage, lots_inspected, lots_accepted, first_lots, first_accepted, units_inspected, units_nonconforming, updated_at';
/** Coarser periods are summed from the day rows of the same scope. */
const COARSER: [RollupPeriod, string][] = [
  [RollupPeriod.WEEK, 'week'],
  [RollupPeriod.MONTH, 'month'],
];

/**
 * Day-total rows `d` (a table or subquery with chain_id and
 * supplier_enterprise_id) each repeated once per scope it counts in, as
 * (kind, key, d.*): the chain, the (chain, supplier) pair, the supplier's
 * province, prefecture and county, and each cluster it belongs to.
 */
const scoped = (d: string) => `
  SELECT k.kind, k.key, d.* FROM ${d} d JOIN enterprises e ON e.id = d.supplier_enterprise_id
   CROSS JOIN LATERAL (VALUES
     ('CHAIN_SUPPLIER', d.chain_id::text || ':' || d.supplier_enterprise_id::text),
     ('CHAIN', d.chain_id::text),
     ('PROVINCE', substr(e.region_code, 1, 2) || '0000'),
     ('PREFECTURE', CASE WHEN substr(e.region_code, 3, 2) <> '00' THEN substr(e.region_code, 1, 4) || '00' END),
     ('COUNTY', CASE WHEN substr(e.region_code, 5, 2) <> '00' THEN e.region_code::text END)) AS k(kind, key)
   WHERE k.key IS NOT NULL
  UNION ALL
  SELECT 'CLUSTER', cm.cluster_id::text, d.* FROM ${d} d JOIN cluster_members cm ON cm.enterprise_id = d.supplier_enterprise_id`;

/** Limits a statement to the scopes in the temporary table rollup_scopes (refresh), or not at all (rebuild). */
type ScopeFilter = (kind: string, key: string) => string;
const inTouchedScopes: ScopeFilter = (kind, key) => `(${kind}, ${key}) IN (SELECT kind, key FROM rollup_scopes)`;
const everyScope: ScopeFilter = () => 'true';

/**
 * Keeps pass_rate_rollups equal to what the lots say, in two levels: the
 * touched (chain, supplier, day) totals are recounted from the lots, then
 * every bucket of every scope containing those days is summed again from
 * the day totals (weeks and months from the scope's day rows). Nothing is
 * incremented, so a repeated or retried job leaves the same numbers; one
 * advisory lock serialises refreshes, so the last one sees every commit.
 */
@Injectable()
export class RollupService {
  constructor(private readonly dataSource: DataSource) {}

  /** Recomputes the rollups of the given suppliers' lots in one chain on the given China days. */
  async refresh(chainId: string, supplierIds: string[], days: string[]): Promise<number> {
    if (supplierIds.length === 0 || days.length === 0) return 0;
    return this.dataSource.transaction(async (m) => {
      await this.lock(m);
      const touched = 'chain_id = $1 AND supplier_enterprise_id = ANY($2::uuid[]) AND day = ANY($3::date[])';
      await m.query(`DELETE FROM lot_day_totals WHERE ${touched}`, [chainId, supplierIds, days]);
      await m.query(
        `INSERT INTO lot_day_totals (${DAY_TOTAL_COLUMNS})
         SELECT l.chain_id, l.supplier_enterprise_id, l.inspected_day, l.stage, ${LOT_COUNTS}
           FROM inspection_lots l WHERE l.chain_id = $1 AND l.supplier_enterprise_id = ANY($2::uuid[]) AND l.inspected_day = ANY($3::date[])
          GROUP BY 1, 2, 3, 4`,
        [chainId, supplierIds, days],
      );
      await m.query(
        `CREATE TEMP TABLE rollup_scopes ON COMMIT DROP AS
         SELECT DISTINCT kind, key FROM (${scoped('(SELECT $1::uuid AS chain_id, unnest($2::uuid[]) AS supplier_enterprise_id)')}) s`,
        [chainId, supplierIds],
      );
      const dayRows = `(SELECT * FROM lot_day_totals WHERE day = ANY($1::date[]))`;
      await m.query(`DELETE FROM pass_rate_rollups r WHERE r.period = 'DAY' AND r.period_start = ANY($1::date[]) AND ${inTouchedScopes('r.scope_kind', 'r.scope_key')}`, [days]);
      let rows = await this.insertDays(m, dayRows, inTouchedScopes, [days]);
      for (const [period, unit] of COARSER) {
        const starts = `ARRAY(SELECT DISTINCT date_trunc('${unit}', x)::date FROM unnest($1::date[]) x)`;
        await m.query(`DELETE FROM pass_rate_rollups r WHERE r.period = '${period}' AND r.period_start = ANY(${starts}) AND ${inTouchedScopes('r.scope_kind', 'r.scope_key')}`, [days]);
        rows += await this.insertCoarser(m, period, unit, `date_trunc('${unit}', r.period_start)::date = ANY(${starts})`, inTouchedScopes, [days]);
      }
      return rows;
    });
  }

  /** Recomputes every rollup from all lots: the repair and benchmark path. Readers see the old figures until it commits. */
  async rebuild(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      await this.lock(m);
      await m.query('DELETE FROM lot_day_totals');
      await m.query('DELETE FROM pass_rate_rollups');
      await m.query(`INSERT INTO lot_day_totals (${DAY_TOTAL_COLUMNS}) SELECT l.chain_id, l.supplier_enterprise_id, l.inspected_day, l.stage, ${LOT_COUNTS} FROM inspection_lots l GROUP BY 1, 2, 3, 4`);
      let rows = await this.insertDays(m, 'lot_day_totals', everyScope, []);
      for (const [period, unit] of COARSER) rows += await this.insertCoarser(m, period, unit, 'true', everyScope, []);
      return rows;
    });
  }

  private async lock(m: EntityManager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('pass_rate_rollups'))`);
  }

  /** Day rows per scope and stage (and 'ALL'), summed from day totals; empty buckets get no row. */
  private async insertDays(m: EntityManager, dayRows: string, filter: ScopeFilter, params: unknown[]): Promise<number> {
    return this.insertCounted(
      m,
      `SELECT k.kind, k.key, 'DAY', k.day, s.stage, sum(k.lots)::int, sum(k.accepted)::int, sum(k.first_lots)::int, sum(k.first_accepted)::int,
              sum(k.units), sum(k.nonconforming), now()
         FROM (${scoped(dayRows)}) k CROSS JOIN LATERAL (VALUES (k.stage::text), ('ALL')) AS s(stage)
        WHERE ${filter('k.kind', 'k.key')}
        GROUP BY k.kind, k.key, k.day, s.stage`,
      params,
    );
  }

  private async insertCoarser(m: EntityManager, period: RollupPeriod, unit: string, buckets: string, filter: ScopeFilter, params: unknown[]): Promise<number> {
    return this.insertCounted(
      m,
      `SELECT r.scope_kind, r.scope_key, '${period}', date_trunc('${unit}', r.period_start)::date, r.stage,
              sum(r.lots_inspected)::int, sum(r.lots_accepted)::int, sum(r.first_lots)::int, sum(r.first_accepted)::int,
              sum(r.units_inspected), sum(r.units_nonconforming), now()
         FROM pass_rate_rollups r
        WHERE r.period = 'DAY' AND ${buckets} AND ${filter('r.scope_kind', 'r.scope_key')}
        GROUP BY r.scope_kind, r.scope_key, 4, r.stage`,
      params,
    );
  }

  private async insertCounted(m: EntityManager, select: string, params: unknown[]): Promise<number> {
    const [{ n }]: { n: number }[] = await m.query(`WITH written AS (INSERT INTO pass_rate_rollups (${ROLLUP_COLUMNS}) ${select} RETURNING 1) SELECT count(*)::int AS n FROM written`, params);
    return n;
  }
}
