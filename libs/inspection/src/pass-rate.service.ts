import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, CoreReason, forbidden, isIsoDate } from '@chainq/core';
import { Actor, hasRole, isPlatformAdmin, Role } from '@chainq/identity';
import { EnterpriseService, IndustryChainService, IndustryClusterService, RegistryAccess } from '@chainq/registry';
import { PassRateFigures, passRateFigures } from './pass-rate-figures';
import { RollupPeriod, RollupScope } from './pass-rate-rollup.entity';
import { InspectionReason } from './inspection-reasons';

export interface SeriesPoint extends PassRateFigures {
  periodStart: string;
}

/** Reads the rollups: one index range scan per series, whatever the number of lots. */
@Injectable()
export class PassRateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chains: IndustryChainService,
    private readonly clusters: IndustryClusterService,
    private readonly registry: RegistryAccess,
    private readonly enterprises: EnterpriseService,
  ) {}

  async series(actor: Actor, scope: { kind: RollupScope; id: string }, period: RollupPeriod, from: string, to: string, stage = 'ALL'): Promise<SeriesPoint[]> {
    checkRange(from, to);
    const key = await this.authorisedKey(actor, scope);
    // A (chain, supplier) pair's figures are its day totals, summed into the period here (a bucket starting before `to` ends
    // within a month of it); every other scope's are stored in the rollups, one row per stage.
    const source =
      scope.kind === RollupScope.CHAIN_SUPPLIER
        ? {
            rows: `SELECT date_trunc($6, day::timestamp)::date AS period_start, stage::text AS stage, lots, accepted, first_lots, first_accepted, units, nonconforming
                     FROM lot_day_totals WHERE chain_id = $4 AND supplier_enterprise_id = $5 AND day >= $2 AND day < $3::date + interval '1 month'`,
            params: [...key.split(':'), period.toLowerCase()],
          }
        : {
            rows: `SELECT period_start, stage, lots_inspected AS lots, lots_accepted AS accepted, first_lots, first_accepted, units_inspected AS units, units_nonconforming AS nonconforming
                     FROM pass_rate_rollups WHERE scope_kind = $4 AND scope_key = $5 AND period = $6`,
            params: [scope.kind, key, period],
          };
    return this.summed(source, stage, from, to);
  }

  /**
   * An enterprise's own figures over every chain it supplies together,
   * summed from its day totals: aggregates only (no lot, no chain named),
   * for the coordinators who watch its region or cluster and platform
   * admins. An enterprise the caller does not see is NOT_FOUND (as
   * `enterprise`).
   */
  async enterpriseSeries(actor: Actor, enterpriseId: string, period: RollupPeriod, from: string, to: string): Promise<SeriesPoint[]> {
    checkRange(from, to);
    const enterprise = await this.enterprises.get(actor, enterpriseId);
    if (!isPlatformAdmin(actor) && !hasRole(actor, Role.COORDINATOR)) throw forbidden("An enterprise's figures across its chains are for the coordinators who watch it", { reason: InspectionReason.PassRatesRestricted });
    // Its chains first (memberships stay when a supplier exits), so each is a range of the day totals' primary key.
    return this.summed(
      {
        rows: `SELECT date_trunc($5, day::timestamp)::date AS period_start, stage::text AS stage, lots, accepted, first_lots, first_accepted, units, nonconforming
                 FROM lot_day_totals WHERE chain_id IN (SELECT m.chain_id FROM chain_memberships m WHERE m.supplier_enterprise_id = $4)
                  AND supplier_enterprise_id = $4 AND day >= $2 AND day < $3::date + interval '1 month'`,
        params: [enterprise.id, period.toLowerCase()],
      },
      'ALL',
      from,
      to,
    );
  }

  /** The periods of `source` (rows of counts per period start and stage, over $4..) from `from` up to `to`, with lots, over a stage or all. */
  private async summed(source: { rows: string; params: unknown[] }, stage: string, from: string, to: string): Promise<SeriesPoint[]> {
    const rows: Record<string, string | number>[] = await this.dataSource.query(
      `SELECT to_char(period_start, 'YYYY-MM-DD') AS period_start, sum(lots) AS lots_inspected, sum(accepted) AS lots_accepted, sum(first_lots) AS first_lots,
              sum(first_accepted) AS first_accepted, sum(units) AS units_inspected, sum(nonconforming) AS units_nonconforming
         FROM (${source.rows}) r
        WHERE ($1 = 'ALL' OR r.stage = $1) AND r.period_start >= $2 AND r.period_start < $3
        GROUP BY r.period_start HAVING sum(lots) > 0 ORDER BY r.period_start`,
      [stage, from, to, ...source.params],
    );
    return rows.map((r) => ({
      periodStart: String(r.period_start),
      ...passRateFigures({
        lotsInspected: Number(r.lots_inspected),
        lotsAccepted: Number(r.lots_accepted),
        firstLots: Number(r.first_lots),
        firstAccepted: Number(r.first_accepted),
        unitsInspected: Number(r.units_inspected),
        unitsNonconforming: Number(r.units_nonconforming),
      }),
    }));
  }

  /**
   * A chain's figures are for its leader and the coordinators who see the
   * chain; a supplier sees its own figures in a chain; cluster and region
   * figures are for coordinators who watch them.
   */
  private async authorisedKey(actor: Actor, scope: { kind: RollupScope; id: string }): Promise<string> {
    const admin = isPlatformAdmin(actor);
    const coordinator = hasRole(actor, Role.COORDINATOR);
    switch (scope.kind) {
      case RollupScope.CHAIN: {
        const chain = await this.chains.leaderOf(actor, scope.id);
        if (!admin && !coordinator && actor.organisationId !== chain.leaderEnterpriseId) throw forbidden("A chain's pass rates are for its leader and coordinators", { reason: InspectionReason.PassRatesRestricted });
        return chain.id;
      }
      case RollupScope.CHAIN_SUPPLIER: {
        const [chainId, supplierId] = scope.id.split(':');
        if (!chainId || !supplierId) throw badInput('scope.id', 'is "<chainId>:<supplierId>" for CHAIN_SUPPLIER', { reason: InspectionReason.ScopeIdInvalid });
        const chain = await this.chains.leaderOf(actor, chainId);
        const allowed = admin || coordinator || actor.organisationId === chain.leaderEnterpriseId || actor.organisationId === supplierId;
        if (!allowed) throw forbidden('A supplier sees only its own pass rates', { reason: InspectionReason.PassRatesRestricted });
        return `${chain.id}:${supplierId}`;
      }
      case RollupScope.CLUSTER: {
        const cluster = await this.clusters.get(actor, scope.id);
        if (!admin && !coordinator) throw forbidden("A cluster's pass rates are for its coordinators", { reason: InspectionReason.PassRatesRestricted });
        return cluster.id;
      }
      default: {
        if (!/^\d{6}$/.test(scope.id)) throw badInput('scope.id', 'is a six-digit division code for a region scope', { reason: InspectionReason.ScopeIdInvalid });
        if (!(await this.registry.watchesRegion(actor, scope.id))) throw forbidden('Region pass rates are for coordinators of that region', { reason: InspectionReason.PassRatesRestricted });
        return scope.id;
      }
    }
  }
}

function checkRange(from: string, to: string): void {
  if (!isIsoDate(from)) throw badInput('from', 'must be a date written YYYY-MM-DD', { reason: CoreReason.DateOutOfRange });
  if (!isIsoDate(to)) throw badInput('to', 'must be a date written YYYY-MM-DD', { reason: CoreReason.DateOutOfRange });
  if (!(from < to)) throw badInput('to', 'must be after from', { reason: CoreReason.DateRangeReversed });
}
