import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { divisionAncestors } from '@chainq/codes';
import { periodStarts } from './china-day';
import { RollupPeriod, RollupScope } from './pass-rate-rollup.entity';

const PERIODS = Object.values(RollupPeriod);
const INTERVAL: Record<RollupPeriod, string> = { DAY: '1 day', WEEK: '7 days', MONTH: '1 month' };
const TRUNC: Record<RollupPeriod, string> = { DAY: 'day', WEEK: 'week', MONTH: 'month' };

/** The counts every rollup row holds, from the lots `l` of one bucket. */
const COUNTS = `count(l.id)::int,
  count(l.id) FILTER (WHERE l.decision = 'ACCEPT')::int,
  count(l.id) FILTER (WHERE l.submission = 1)::int,
  count(l.id) FILTER (WHERE l.submission = 1 AND l.decision = 'ACCEPT')::int,
  coalesce(sum(l.units_sampled), 0), coalesce(sum(l.nonconforming_units), 0)`;
/** The daily totals the rebuild sums from. */
const DAILY_COLUMNS = `count(*) AS lots, count(*) FILTER (WHERE l.decision = 'ACCEPT') AS accepted,
  count(*) FILTER (WHERE l.submission = 1) AS first_lots, count(*) FILTER (WHERE l.submission = 1 AND l.decision = 'ACCEPT') AS first_accepted,
  sum(l.units_sampled) AS units, sum(l.nonconforming_units) AS nonconforming`;
const COLUMNS = 'scope_kind, scope_key, period, period_start, stage, lots_inspected, lots_accepted, first_lots, first_accepted, units_inspected, units_nonconforming, updated_at';
const UPSERT = `ON CONFLICT (scope_kind, scope_key, period, period_start, stage) DO UPDATE SET
  lots_inspected = EXCLUDED.lots_inspected, lots_accepted = EXCLUDED.lots_accepted, first_lots = EXCLUDED.first_lots,
  first_accepted = EXCLUDED.first_accepted, units_inspected = EXCLUDED.units_inspected,
  units_nonconforming = EXCLUDED.units_nonconforming, updated_at = now()`;

interface ScopeTarget {
  kind: RollupScope;
  key: string;
  /** Condition on lots `l` selecting the scope's lots; $1 is `key`. */
  lots: string;
}

/**
 * Keeps pass_rate_rollups equal to what the lots say. A write touches a set
 * of (chain, supplier, day); each bucket containing those days is recomputed
 * from the lots for every scope the supplier belongs to. Work on one scope is
 * serialised by an advisory lock, so the last job to run sees every commit.
 */
@Injectable()
export class RollupService {
  constructor(private readonly dataSource: DataSource) {}

  async recompute(chainId: string, supplierId: string, days: string[]): Promise<number> {
    const targets = await this.targetsOf(chainId, supplierId);
    let rows = 0;
    for (const target of targets) {
      rows += await this.dataSource.transaction(async (m) => {
        await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${target.kind}:${target.key}`]);
        let written = 0;
        for (const period of PERIODS) {
          const starts = [...new Set(days.map((d) => periodStarts(d)[period]))];
          written += await this.recomputeBuckets(m, target, period, starts);
        }
        return written;
      });
    }
    return rows;
  }

  /**
   * Recomputes every rollup from all lots: the repair and benchmark path.
   * One pass over the lots builds daily totals per (chain, supplier, stage);
   * every scope and period is then summed from those few rows.
   */
  async rebuild(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      await m.query('LOCK TABLE pass_rate_rollups IN EXCLUSIVE MODE');
      await m.query('DELETE FROM pass_rate_rollups');
      await m.query(
        `CREATE TEMP TABLE daily_totals ON COMMIT DROP AS
         SELECT l.chain_id, l.supplier_enterprise_id, l.inspected_day, l.stage::text AS stage, ${DAILY_COLUMNS}
           FROM inspection_lots l GROUP BY 1, 2, 3, 4`,
      );
      const keyed: [RollupScope, string, string][] = [
        [RollupScope.CHAIN_SUPPLIER, `d.chain_id || ':' || d.supplier_enterprise_id`, 'daily_totals d'],
        [RollupScope.CHAIN, 'd.chain_id::text', 'daily_totals d'],
        [RollupScope.CLUSTER, 'cm.cluster_id::text', 'daily_totals d JOIN cluster_members cm ON cm.enterprise_id = d.supplier_enterprise_id'],
        [RollupScope.PROVINCE, `substr(e.region_code, 1, 2) || '0000'`, 'daily_totals d JOIN enterprises e ON e.id = d.supplier_enterprise_id'],
        [RollupScope.PREFECTURE, `substr(e.region_code, 1, 4) || '00'`, `daily_totals d JOIN enterprises e ON e.id = d.supplier_enterprise_id AND substr(e.region_code, 3, 2) <> '00'`],
        [RollupScope.COUNTY, 'e.region_code::text', `daily_totals d JOIN enterprises e ON e.id = d.supplier_enterprise_id AND substr(e.region_code, 5, 2) <> '00'`],
      ];
      for (const [kind, key, from] of keyed) {
        for (const period of PERIODS) {
          await m.query(
            `INSERT INTO pass_rate_rollups (${COLUMNS})
             SELECT $1, ${key}, $2, date_trunc('${TRUNC[period]}', d.inspected_day)::date, s.stage,
                    sum(d.lots)::int, sum(d.accepted)::int, sum(d.first_lots)::int, sum(d.first_accepted)::int, sum(d.units), sum(d.nonconforming), now()
               FROM ${from} CROSS JOIN LATERAL (VALUES (d.stage), ('ALL')) AS s(stage)
              GROUP BY 2, 4, 5`,
            [kind, period],
          );
        }
      }
      const [{ n }] = await m.query('SELECT count(*)::int AS n FROM pass_rate_rollups');
      return n as number;
    });
  }

  private async recomputeBuckets(m: EntityManager, target: ScopeTarget, period: RollupPeriod, starts: string[]): Promise<number> {
    const rows: unknown[] = await m.query(
      `INSERT INTO pass_rate_rollups (${COLUMNS})
       SELECT $2, $1, $3, b.start, s.stage, ${COUNTS}, now()
         FROM unnest($4::date[]) AS b(start)
        CROSS JOIN (VALUES ('SELF'), ('MUTUAL'), ('SPECIAL'), ('INCOMING'), ('ALL')) AS s(stage)
         LEFT JOIN inspection_lots l ON ${target.lots}
              AND l.inspected_day >= b.start AND l.inspected_day < (b.start + interval '${INTERVAL[period]}')::date
              AND (s.stage = 'ALL' OR l.stage::text = s.stage)
        GROUP BY b.start, s.stage
       ${UPSERT} RETURNING 1`,
      [target.key, target.kind, period, starts],
    );
    return rows.length;
  }

  /** Every scope a (chain, supplier) lot counts in: its chain, the pair, its clusters and its region levels. */
  private async targetsOf(chainId: string, supplierId: string): Promise<ScopeTarget[]> {
    const targets: ScopeTarget[] = [
      { kind: RollupScope.CHAIN_SUPPLIER, key: `${chainId}:${supplierId}`, lots: `l.chain_id::text || ':' || l.supplier_enterprise_id::text = $1` },
      { kind: RollupScope.CHAIN, key: chainId, lots: 'l.chain_id::text = $1' },
    ];
    const clusters: { cluster_id: string }[] = await this.dataSource.query('SELECT cluster_id FROM cluster_members WHERE enterprise_id = $1', [supplierId]);
    for (const c of clusters) {
      targets.push({ kind: RollupScope.CLUSTER, key: c.cluster_id, lots: 'l.supplier_enterprise_id IN (SELECT enterprise_id FROM cluster_members WHERE cluster_id::text = $1)' });
    }
    const [enterprise]: { region_code: string }[] = await this.dataSource.query('SELECT region_code FROM enterprises WHERE id = $1', [supplierId]);
    if (enterprise) {
      const codes = [...divisionAncestors(enterprise.region_code), enterprise.region_code];
      const kinds = [RollupScope.PROVINCE, RollupScope.PREFECTURE, RollupScope.COUNTY];
      for (const code of codes) {
        const level = code.endsWith('0000') ? 0 : code.endsWith('00') ? 1 : 2;
        const prefix = code.slice(0, 2 + level * 2);
        targets.push({ kind: kinds[level], key: code, lots: `l.supplier_enterprise_id IN (SELECT id FROM enterprises WHERE region_code LIKE '${prefix}%' AND $1 <> '')` });
      }
    }
    return targets;
  }
}
