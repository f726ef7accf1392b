import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, isUuid, notFound } from '@chainq/core';
import { Actor, hasRole, isPlatformAdmin, Role } from '@chainq/identity';
import { PassRateFigures, passRateFigures } from '@chainq/inspection';
import { QualityInsightsService, SupplierActionMetrics } from '@chainq/quality';
import { IndustryChainService, MembershipStatus } from '@chainq/registry';
import { reportingPeriod } from './reporting-period';
import { checkScoringConfig, DEFAULT_GRADE_BANDS, DEFAULT_SCORECARD_WEIGHTS, GradeBands, ScorecardWeights, scoreSupplier, SupplierScore } from './scoring';
import { InsightsReason } from './insights-reasons';

/** One supplier's figures for the period, with its score and how it was reached. */
export interface SupplierScorecard extends SupplierScore, PassRateFigures {
  supplierEnterpriseId: string;
  supplierName: string;
  membershipStatus: MembershipStatus;
  tier: number;
  /** 8Ds requested in the period (QualityInsightsService.supplierMetrics); zeros when none. */
  correctiveActions: SupplierActionMetrics;
}

interface RollupTotals {
  supplier: string;
  name: string;
  status: MembershipStatus;
  tier: number;
  lots_inspected: number;
  lots_accepted: number;
  first_lots: number;
  first_accepted: number;
  units_inspected: string;
  units_nonconforming: string;
}

/** Members a scorecard is kept for: suppliers still delivering (a suspended one still has a record to answer for). */
const SCORED_STATUSES = [MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED];

@Injectable()
export class ScorecardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chains: IndustryChainService,
    private readonly insights: QualityInsightsService,
  ) {}

  /**
   * Scorecards of a chain's active and suspended suppliers for the China
   * days [from, to). The leader and the coordinators who see the chain read
   * every supplier; a supplier reads its own row; others get NOT_FOUND, as
   * for the chain itself. Counts come from the suppliers' day totals in the chain,
   * summed for all suppliers in one query.
   */
  async scorecards(
    actor: Actor,
    chainId: string,
    from: string,
    to: string,
    weights: ScorecardWeights = DEFAULT_SCORECARD_WEIGHTS,
    bands: GradeBands = DEFAULT_GRADE_BANDS,
  ): Promise<SupplierScorecard[]> {
    const period = reportingPeriod(from, to);
    const problem = checkScoringConfig(weights, bands);
    if (problem) throw badInput(problem.field, problem.message, { reason: InsightsReason.ScoringConfigInvalid });
    if (!isUuid(chainId)) throw notFound('Industry chain');
    const chain = await this.chains.get(actor, chainId);
    // The same rule as QualityInsightsService.supplierMetrics, so the two agree on whose rows are shown.
    const onlyOwn = !isPlatformAdmin(actor) && !hasRole(actor, Role.COORDINATOR) && actor.organisationId !== chain.leaderEnterpriseId;
    const [totals, actions] = await Promise.all([
      this.dataSource.query<RollupTotals[]>(
        `SELECT m.supplier_enterprise_id AS supplier, o.name, m.status, m.tier,
                coalesce(sum(d.lots), 0)::int AS lots_inspected,
                coalesce(sum(d.accepted), 0)::int AS lots_accepted,
                coalesce(sum(d.first_lots), 0)::int AS first_lots,
                coalesce(sum(d.first_accepted), 0)::int AS first_accepted,
                coalesce(sum(d.units), 0) AS units_inspected,
                coalesce(sum(d.nonconforming), 0) AS units_nonconforming
           FROM chain_memberships m
           JOIN organisations o ON o.id = m.supplier_enterprise_id
           LEFT JOIN lot_day_totals d
             ON d.chain_id = m.chain_id AND d.supplier_enterprise_id = m.supplier_enterprise_id AND d.day >= $2::date AND d.day < $3::date
          WHERE m.chain_id = $1 AND m.status = ANY($4::membership_status[]) AND ($5::uuid IS NULL OR m.supplier_enterprise_id = $5::uuid)
          GROUP BY m.id, o.name`,
        [chain.id, period.from, period.to, SCORED_STATUSES, onlyOwn ? actor.organisationId : null],
      ),
      this.insights.supplierMetrics(actor, chain.id, period.fromInstant, period.toInstant),
    ]);
    const actionsBySupplier = new Map(actions.map((a) => [a.supplierEnterpriseId, a]));
    const cards = totals.map((row): SupplierScorecard => {
      const correctiveActions = actionsBySupplier.get(row.supplier) ?? noActions(row.supplier);
      const counts = countsOf(row);
      return {
        supplierEnterpriseId: row.supplier,
        supplierName: row.name,
        membershipStatus: row.status,
        tier: row.tier,
        ...passRateFigures(counts),
        correctiveActions,
        ...scoreSupplier({ ...counts, actions: correctiveActions }, weights, bands),
      };
    });
    // Best first; suppliers without any figures last.
    return cards.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.supplierName.localeCompare(b.supplierName));
  }
  /**
   * A supplier's own pass-rate figures on each of the chains given, for the
   * China days [from, to), in one query over its day totals; only the
   * supplier itself reads them (others get none). Chains without lots get
   * zero counts. `firstIncomingDay` is the first day the leader inspected one
   * of its lots on arrival, at any time: evidence of supplying that the
   * supplier cannot record itself.
   */
  async ownFigures(actor: Actor, supplierEnterpriseId: string, chainIds: readonly string[], from: string, to: string): Promise<OwnChainFigures[]> {
    const period = reportingPeriod(from, to);
    const none = { ...passRateFigures(NO_COUNTS), firstIncomingDay: null };
    if (actor.organisationId !== supplierEnterpriseId || !chainIds.length) return chainIds.map(() => none);
    const inPeriod = 'FILTER (WHERE d.day >= $3::date AND d.day < $4::date)';
    const rows: (Omit<RollupTotals, 'supplier' | 'name' | 'status' | 'tier'> & { chain_id: string; first_incoming_day: string | null })[] = await this.dataSource.query(
      `SELECT d.chain_id, (min(d.day) FILTER (WHERE d.stage = 'INCOMING'))::text AS first_incoming_day,
              coalesce(sum(d.lots) ${inPeriod}, 0)::int AS lots_inspected, coalesce(sum(d.accepted) ${inPeriod}, 0)::int AS lots_accepted,
              coalesce(sum(d.first_lots) ${inPeriod}, 0)::int AS first_lots, coalesce(sum(d.first_accepted) ${inPeriod}, 0)::int AS first_accepted,
              coalesce(sum(d.units) ${inPeriod}, 0) AS units_inspected, coalesce(sum(d.nonconforming) ${inPeriod}, 0) AS units_nonconforming
         FROM lot_day_totals d
        WHERE d.supplier_enterprise_id = $1 AND d.chain_id = ANY($2::uuid[])
        GROUP BY d.chain_id`,
      [supplierEnterpriseId, chainIds, period.from, period.to],
    );
    return chainIds.map((id) => {
      const row = rows.find((r) => r.chain_id === id);
      return row ? { ...passRateFigures(countsOf(row)), firstIncomingDay: row.first_incoming_day } : none;
    });
  }
}

/** A supplier's figures on one chain, as its quality profile shows them. */
export interface OwnChainFigures extends PassRateFigures {
  firstIncomingDay: string | null;
}

const NO_COUNTS = { lotsInspected: 0, lotsAccepted: 0, firstLots: 0, firstAccepted: 0, unitsInspected: 0, unitsNonconforming: 0 };

function countsOf(row: Omit<RollupTotals, 'supplier' | 'name' | 'status' | 'tier'>) {
  return {
    lotsInspected: row.lots_inspected,
    lotsAccepted: row.lots_accepted,
    firstLots: row.first_lots,
    firstAccepted: row.first_accepted,
    unitsInspected: Number(row.units_inspected),
    unitsNonconforming: Number(row.units_nonconforming),
  };
}

function noActions(supplierEnterpriseId: string): SupplierActionMetrics {
  return { supplierEnterpriseId, opened: 0, closed: 0, closedOnTime: 0, meanHoursToContainment: null, meanDaysToClosure: null, overdueNow: 0, effectivenessRate: null };
}
