import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { Actor, AuthService, Role } from '@chainq/identity';
import { chinaDay } from '@chainq/core';
import { ppmOf } from '@chainq/inspection';
import { CorrectiveActionService, IssueSource, Severity } from '@chainq/quality';
import { PassRateBreach, PassRatePolicy, PolicyRule } from './pass-rate-policy.entity';

export interface Breach {
  supplierEnterpriseId: string;
  rule: PolicyRule;
  lots: number;
  lotPassRate: number;
  ppm: number | null;
}

/** Lots linked to a raised issue: the window's rejected lots, newest first. */
const LINKED_LOTS = 200;
/** A claim left without an issue (the check died) is taken over after this long. */
const STALE_CLAIM_MINUTES = 10;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * Checks a chain's suppliers against its pass-rate policy and raises one
 * quality issue, with an 8D request to the supplier, per breached rule. The
 * rule stays quiet while that issue is open; once it is closed or cancelled
 * a breach that persists raises a new one.
 */
@Injectable()
export class ThresholdService {
  private readonly logger = new Logger('PassRateThresholds');

  constructor(
    @InjectRepository(PassRatePolicy) private readonly policies: Repository<PassRatePolicy>,
    private readonly dataSource: DataSource,
    private readonly actions: CorrectiveActionService,
    private readonly auth: AuthService,
  ) {}

  /** Every chain with a policy (the daily run), or one chain's suppliers after their lots changed. */
  async check(scope: { chainId?: string; supplierIds?: string[] } = {}, today = chinaDay(new Date())): Promise<number> {
    const policies = scope.chainId ? await this.policies.findBy({ chainId: scope.chainId }) : await this.policies.find();
    let raised = 0;
    for (const policy of policies) {
      const breaches = await this.breaches(policy, today, scope.supplierIds);
      if (breaches.length === 0) continue;
      const actor = await this.reporter(policy);
      if (!actor) {
        this.logger.warn({ chainId: policy.chainId }, 'no active admin or quality engineer at the leader to raise a pass-rate issue');
        continue;
      }
      for (const breach of breaches) if (await this.raise(actor, policy, breach, today)) raised++;
    }
    return raised;
  }

  /** Suppliers over the policy's limits in the window ending `today` (inclusive), from their day totals. */
  async breaches(policy: PassRatePolicy, today: string, supplierIds?: string[]): Promise<Breach[]> {
    if (policy.minLotPassRate === null && policy.maxPpm === null) return [];
    const rows: { supplier: string; lots: number; accepted: number; units: string; nonconforming: string }[] = await this.dataSource.query(
      `SELECT m.supplier_enterprise_id AS supplier, sum(d.lots)::int AS lots, sum(d.accepted)::int AS accepted, sum(d.units) AS units, sum(d.nonconforming) AS nonconforming
         FROM chain_memberships m
         JOIN lot_day_totals d ON d.chain_id = m.chain_id AND d.supplier_enterprise_id = m.supplier_enterprise_id
          AND ($2 = 'ALL' OR d.stage::text = $2) AND d.day > $3::date - $4::int AND d.day <= $3::date
        WHERE m.chain_id = $1 AND m.status IN ('ACTIVE', 'SUSPENDED') AND ($5::uuid[] IS NULL OR m.supplier_enterprise_id = ANY($5::uuid[]))
        GROUP BY m.supplier_enterprise_id
       HAVING sum(d.lots) >= $6`,
      [policy.chainId, policy.stage, today, policy.windowDays, supplierIds ?? null, policy.minLots],
    );
    const found: Breach[] = [];
    for (const r of rows) {
      const lotPassRate = r.accepted / r.lots; // lots >= minLots >= 1
      const ppm = ppmOf(Number(r.nonconforming), Number(r.units));
      const base = { supplierEnterpriseId: r.supplier, lots: r.lots, lotPassRate, ppm };
      if (policy.minLotPassRate !== null && lotPassRate < policy.minLotPassRate) found.push({ ...base, rule: PolicyRule.LOT_PASS_RATE });
      if (policy.maxPpm !== null && ppm !== null && ppm > policy.maxPpm) found.push({ ...base, rule: PolicyRule.PPM });
    }
    return found;
  }

  /** Raises the issue unless the rule's last one for this supplier is still open; true when raised. */
  private async raise(actor: Actor, policy: PassRatePolicy, breach: Breach, today: string): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      if (!(await this.claim(m, policy.chainId, breach))) return false;
      // The window's lots `l` of the supplier at the policy's stage.
      const windowLots = `l.chain_id = $1 AND l.supplier_enterprise_id = $2 AND l.inspected_day > $3::date - $4::int AND l.inspected_day <= $3::date AND ($5 = 'ALL' OR l.stage::text = $5)`;
      const params = [policy.chainId, breach.supplierEnterpriseId, today, policy.windowDays, policy.stage];
      const [top]: { code: string }[] = await m.query(
        `SELECT d.key AS code FROM inspection_lots l CROSS JOIN LATERAL jsonb_each_text(l.defects) d
          WHERE ${windowLots}
            AND EXISTS (SELECT 1 FROM defect_codes c WHERE c.code = d.key AND (c.chain_id IS NULL OR c.chain_id = l.chain_id))
          GROUP BY d.key ORDER BY sum(d.value::int) DESC, d.key LIMIT 1`,
        params,
      );
      const [{ name }]: { name: string }[] = await m.query('SELECT name FROM organisations WHERE id = $1', [breach.supplierEnterpriseId]);
      const figure =
        breach.rule === PolicyRule.LOT_PASS_RATE
          ? `lot pass rate ${pct(breach.lotPassRate)} against a target of ${pct(policy.minLotPassRate!)}`
          : `${Math.round(breach.ppm!).toLocaleString('en')} PPM against a limit of ${policy.maxPpm!.toLocaleString('en')}`;
      const issue = await this.actions.reportWithActions(
        actor,
        {
          chainId: policy.chainId,
          title: `${name}: ${figure.split(' against')[0]} over ${policy.windowDays} days`,
          description: `Raised by the chain's pass-rate policy: ${figure} over the ${policy.windowDays} days to ${today} (${breach.lots} lots, stage ${policy.stage}). The rejected lots are linked to this issue.`,
          defectCode: top?.code ?? policy.fallbackDefectCode,
          severity: Severity.MAJOR,
          source: policy.stage === 'INCOMING' ? IssueSource.INCOMING_INSPECTION : IssueSource.IN_PROCESS,
          detectedAt: new Date(),
        },
        [breach.supplierEnterpriseId],
        m,
      );
      await m.query(
        `INSERT INTO quality_issue_lots (issue_id, lot_id)
         SELECT $6, l.id FROM inspection_lots l WHERE ${windowLots} AND l.decision = 'REJECT' ORDER BY l.inspected_at DESC LIMIT ${LINKED_LOTS}`,
        [...params, issue.id],
      );
      await m.update(PassRateBreach, { chainId: policy.chainId, supplierEnterpriseId: breach.supplierEnterpriseId, rule: breach.rule }, { issueId: issue.id });
      this.logger.log({ chainId: policy.chainId, supplierId: breach.supplierEnterpriseId, rule: breach.rule, issueId: issue.id }, 'pass-rate issue raised');
      return true;
    });
  }

  /**
   * Takes the (chain, supplier, rule) row for a new issue: it is new, its
   * issue is closed or cancelled, or an earlier claim went stale. Concurrent
   * checks queue on the row; the second finds it claimed and stops.
   */
  private async claim(m: EntityManager, chainId: string, breach: Breach): Promise<boolean> {
    const claimed: unknown[] = await m.query(
      `INSERT INTO pass_rate_breaches AS b (chain_id, supplier_enterprise_id, rule, issue_id, claimed_at) VALUES ($1, $2, $3, NULL, now())
       ON CONFLICT (chain_id, supplier_enterprise_id, rule) DO UPDATE SET issue_id = NULL, claimed_at = now()
        WHERE (b.issue_id IS NULL AND b.claimed_at < now() - interval '${STALE_CLAIM_MINUTES} minutes')
           OR EXISTS (SELECT 1 FROM quality_issues i WHERE i.id = b.issue_id AND i.status IN ('CLOSED', 'CANCELLED'))
       RETURNING 1`,
      [chainId, breach.supplierEnterpriseId, breach.rule],
    );
    return claimed.length > 0;
  }

  /** Issues are reported in the name of the policy's author, or another admin or quality engineer of the leader if that user has gone. */
  private async reporter(policy: PassRatePolicy): Promise<Actor | undefined> {
    const candidates: { id: string }[] = await this.dataSource.query(
      `SELECT u.id FROM users u JOIN industry_chains c ON c.leader_enterprise_id = u.organisation_id
        WHERE c.id = $1 AND u.is_active AND u.roles && $2::user_role[]
        ORDER BY (u.id = $3) DESC, u.created_at LIMIT 1`,
      [policy.chainId, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], policy.updatedBy],
    );
    return candidates[0] ? this.auth.actorOf(candidates[0].id) : undefined;
  }
}
