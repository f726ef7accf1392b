import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, CoreReason, forbidden } from '@chainq/core';
import { CodeReason, divisionPrefix, parseDivisionCode } from '@chainq/codes';
import { Actor, hasRole, isPlatformAdmin, Role } from '@chainq/identity';
import { IndustryChainService, IndustryClusterService, RegistryAccess } from '@chainq/registry';
import { QualityReason } from './quality-reasons';

export interface CommonProblem {
  defectCode: string;
  defectName: string | null;
  suppliers: number;
  issues: number;
  /** Issues per calendar month in the period, oldest first. */
  trend: { month: string; issues: number }[];
  /** The solution library holds a solution for the code by the period's end (sharedSolutionBy). */
  sharedSolution: boolean;
}

/**
 * SQL: whether the solution library holds a solution for the defect code
 * `code` (an SQL expression) before the instant `before` (a parameter): an
 * 8D verified effective whose supplier chose to share it, closed by then.
 * Any chain's counts: shared solutions are open to every supplier.
 */
export const sharedSolutionBy = (code: string, before: string): string =>
  `EXISTS (SELECT 1 FROM quality_issues si JOIN corrective_actions sa ON sa.issue_id = si.id
    WHERE si.defect_code = ${code} AND sa.status = 'EFFECTIVE' AND sa.shared AND sa.closed_at < ${before})`;

export interface SupplierActionMetrics {
  supplierEnterpriseId: string;
  opened: number;
  closed: number;
  closedOnTime: number;
  meanHoursToContainment: number | null;
  meanDaysToClosure: number | null;
  overdueNow: number;
  /** EFFECTIVE / (EFFECTIVE + reopened after a check); null before any check. */
  effectivenessRate: number | null;
}

/** How a supplier answered the 8Ds requested of it on one chain: answered means containment (D3) submitted. */
export interface SupplierResponseFigures {
  chainId: string;
  requested: number;
  answered: number;
  /** Median hours from the request to the submitted containment (D3); null when none was answered. */
  medianResponseHours: number | null;
}

export interface SharedSolution {
  actionId: string;
  defectCode: string;
  issueTitle: string;
  supplierEnterpriseId: string;
  rootCause: unknown;
  permanentActions: unknown;
  prevention: unknown;
  closedAt: Date;
}

/** Aggregates across suppliers: the view no single-buyer product has. */
@Injectable()
export class QualityInsightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly chains: IndustryChainService,
    private readonly clusters: IndustryClusterService,
    private readonly registry: RegistryAccess,
  ) {}

  /**
   * Defect codes seen at two or more suppliers of a chain (leader,
   * coordinator), a cluster (coordinator) or a GB/T 2260 region with its
   * sub-divisions (coordinators of that region).
   */
  async commonProblems(actor: Actor, scope: { chainId?: string | null; clusterId?: string | null; regionCode?: string | null }, from: Date, to: Date): Promise<CommonProblem[]> {
    if (to <= from) throw badInput('to', 'must be after from', { reason: CoreReason.DateRangeReversed });
    if (scope.regionCode && (scope.chainId || scope.clusterId)) throw badInput('regionCode', 'give a chain, a cluster or a region, not several', { reason: CoreReason.OneScopeRequired });
    let where: string;
    let id: string;
    if (scope.regionCode) {
      const prefix = await this.watchedRegionPrefix(actor, scope.regionCode);
      where = 'a.supplier_enterprise_id IN (SELECT id FROM enterprises WHERE region_code LIKE $1)';
      id = `${prefix}%`;
    } else if (scope.chainId && !scope.clusterId) {
      const chain = await this.chains.get(actor, scope.chainId);
      if (!isPlatformAdmin(actor) && !hasRole(actor, Role.COORDINATOR) && actor.organisationId !== chain.leaderEnterpriseId) throw forbidden('Common problems are for the chain leader and coordinators', { reason: QualityReason.CommonProblemsRestricted });
      where = 'a.chain_id = $1';
      id = chain.id;
    } else if (scope.clusterId && !scope.chainId) {
      const cluster = await this.clusters.get(actor, scope.clusterId);
      if (!isPlatformAdmin(actor) && !hasRole(actor, Role.COORDINATOR)) throw forbidden("A cluster's common problems are for its coordinators", { reason: QualityReason.CommonProblemsRestricted });
      where = 'a.supplier_enterprise_id IN (SELECT enterprise_id FROM cluster_members WHERE cluster_id = $1)';
      id = cluster.id;
    } else {
      throw badInput('chainId', 'give either chainId or clusterId', { reason: CoreReason.OneScopeRequired });
    }
    const rows: { defect_code: string; defect_name: string | null; suppliers: number; issues: number; trend: { month: string; issues: number }[]; shared_solution: boolean }[] = await this.dataSource.query(
      `WITH hits AS (
         SELECT i.id AS issue_id, i.defect_code, i.detected_at, a.supplier_enterprise_id, a.chain_id
           FROM corrective_actions a JOIN quality_issues i ON i.id = a.issue_id
          WHERE ${where} AND i.detected_at >= $2 AND i.detected_at < $3 AND a.status <> 'CANCELLED')
       SELECT h.defect_code,
              (SELECT d.name FROM defect_codes d WHERE d.code = h.defect_code AND (d.chain_id IS NULL OR d.chain_id = min(h.chain_id::text)::uuid) ORDER BY d.chain_id NULLS LAST LIMIT 1) AS defect_name,
              count(DISTINCT h.supplier_enterprise_id)::int AS suppliers, count(DISTINCT h.issue_id)::int AS issues,
              (SELECT json_agg(json_build_object('month', m.month, 'issues', m.n) ORDER BY m.month) FROM (
                 SELECT to_char(date_trunc('month', h2.detected_at), 'YYYY-MM') AS month, count(DISTINCT h2.issue_id)::int AS n
                   FROM hits h2 WHERE h2.defect_code = h.defect_code GROUP BY 1) m) AS trend,
              ${sharedSolutionBy('h.defect_code', '$3')} AS shared_solution
         FROM hits h GROUP BY h.defect_code
       HAVING count(DISTINCT h.supplier_enterprise_id) >= 2
        ORDER BY suppliers DESC, issues DESC, h.defect_code`,
      [id, from.toISOString(), to.toISOString()],
    );
    return rows.map((r) => ({ defectCode: r.defect_code, defectName: r.defect_name, suppliers: r.suppliers, issues: r.issues, trend: r.trend, sharedSolution: r.shared_solution }));
  }

  /** The code's significant digits, for a platform admin or a coordinator assigned that region or one enclosing it. */
  private async watchedRegionPrefix(actor: Actor, regionCode: string): Promise<string> {
    const parsed = parseDivisionCode(regionCode);
    if (!parsed.ok) throw badInput('regionCode', parsed.error, { reason: CodeReason.DivisionCodeInvalid });
    const code = parsed.value.code;
    if (!(await this.registry.watchesRegion(actor, code))) throw forbidden("A region's common problems are for the coordinators of that region", { reason: QualityReason.CommonProblemsRestricted });
    return divisionPrefix(code);
  }

  /**
   * Effective 8Ds for a defect code: one's own, a leader's chain's, and
   * other suppliers' only where they chose to share.
   */
  async solutionLibrary(actor: Actor, defectCode: string): Promise<SharedSolution[]> {
    const rows: { id: string; defect_code: string; title: string; supplier: string; d4: unknown; d5: unknown; d7: unknown; closed_at: Date }[] = await this.dataSource.query(
      `SELECT a.id, i.defect_code, i.title, a.supplier_enterprise_id AS supplier, a.closed_at,
              (SELECT content FROM corrective_action_steps WHERE action_id = a.id AND step = 'D4') AS d4,
              (SELECT content FROM corrective_action_steps WHERE action_id = a.id AND step = 'D5') AS d5,
              (SELECT content FROM corrective_action_steps WHERE action_id = a.id AND step = 'D7') AS d7
         FROM corrective_actions a JOIN quality_issues i ON i.id = a.issue_id JOIN industry_chains c ON c.id = a.chain_id
        WHERE a.status = 'EFFECTIVE' AND i.defect_code = $1
          AND ($2 OR a.shared OR a.supplier_enterprise_id = $3 OR c.leader_enterprise_id = $3)
        ORDER BY a.closed_at DESC LIMIT 50`,
      [defectCode.trim().toUpperCase(), isPlatformAdmin(actor), actor.organisationId],
    );
    return rows.map((r) => ({ actionId: r.id, defectCode: r.defect_code, issueTitle: r.title, supplierEnterpriseId: r.supplier, rootCause: r.d4, permanentActions: r.d5, prevention: r.d7, closedAt: r.closed_at }));
  }

  /** Per-supplier corrective-action figures of a chain, for scorecards; a supplier sees only its own row. */
  async supplierMetrics(actor: Actor, chainId: string, from: Date, to: Date): Promise<SupplierActionMetrics[]> {
    const chain = await this.chains.get(actor, chainId);
    const onlyOwn = !isPlatformAdmin(actor) && !hasRole(actor, Role.COORDINATOR) && actor.organisationId !== chain.leaderEnterpriseId;
    const rows: SupplierActionMetrics[] = await this.dataSource.query(
      `SELECT a.supplier_enterprise_id AS "supplierEnterpriseId",
              count(*)::int AS opened,
              count(*) FILTER (WHERE a.closed_at IS NOT NULL)::int AS closed,
              count(*) FILTER (WHERE a.closed_at IS NOT NULL AND a.closed_at <= d7.due_at)::int AS "closedOnTime",
              round(avg(extract(epoch FROM d3.submitted_at - a.requested_at) / 3600)::numeric, 1)::float AS "meanHoursToContainment",
              round(avg(extract(epoch FROM a.closed_at - a.requested_at) / 86400)::numeric, 1)::float AS "meanDaysToClosure",
              count(*) FILTER (WHERE a.status = 'OPEN' AND EXISTS (SELECT 1 FROM corrective_action_steps s WHERE s.action_id = a.id
                                  AND s.due_at < now() AND s.status NOT IN ('SUBMITTED', 'APPROVED')))::int AS "overdueNow",
              CASE WHEN count(*) FILTER (WHERE a.status = 'EFFECTIVE' OR e.reopened) = 0 THEN NULL
                   ELSE round((count(*) FILTER (WHERE a.status = 'EFFECTIVE'))::numeric / count(*) FILTER (WHERE a.status = 'EFFECTIVE' OR e.reopened), 3)::float END AS "effectivenessRate"
         FROM corrective_actions a
         JOIN corrective_action_steps d3 ON d3.action_id = a.id AND d3.step = 'D3'
         JOIN corrective_action_steps d7 ON d7.action_id = a.id AND d7.step = 'D7'
         CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM corrective_action_events ev WHERE ev.action_id = a.id AND ev.type = 'REOPENED' AND ev.actor_user_id IS NULL) AS reopened) e
        WHERE a.chain_id = $1 AND a.requested_at >= $2 AND a.requested_at < $3 AND a.status <> 'CANCELLED'
          AND (NOT $4 OR a.supplier_enterprise_id = $5)
        GROUP BY a.supplier_enterprise_id ORDER BY a.supplier_enterprise_id`,
      [chain.id, from.toISOString(), to.toISOString(), onlyOwn, actor.organisationId],
    );
    return rows;
  }

  /**
   * A supplier's own answers to 8D requests per chain, requested in [from, to)
   * (cancelled ones left out): for its quality profile. Only the supplier
   * itself reads them.
   */
  async responseFigures(actor: Actor, supplierEnterpriseId: string, from: Date, to: Date): Promise<SupplierResponseFigures[]> {
    if (actor.organisationId !== supplierEnterpriseId) return [];
    return this.dataSource.query(
      `SELECT a.chain_id AS "chainId",
              count(*)::int AS requested,
              count(d3.submitted_at)::int AS answered,
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d3.submitted_at - a.requested_at) / 3600))::numeric, 1)::float AS "medianResponseHours"
         FROM corrective_actions a
         JOIN corrective_action_steps d3 ON d3.action_id = a.id AND d3.step = 'D3'
        WHERE a.supplier_enterprise_id = $1 AND a.requested_at >= $2 AND a.requested_at < $3 AND a.status <> 'CANCELLED'
        GROUP BY a.chain_id`,
      [supplierEnterpriseId, from.toISOString(), to.toISOString()],
    );
  }
}
