import { Injectable } from '@nestjs/common';
import { chinaDay } from '@chainq/core';
import { DataSource } from 'typeorm';
import { Actor } from '@chainq/identity';
import { canActForEnterprise, ChainMembership, IndustryChain, MembershipStatus } from '@chainq/registry';
import { PlanSeverity } from '@chainq/sampling';
import { InspectionStage, LotDecision } from './inspection-lot.entity';
import { decisionOn, planFor } from './lot-plan';
import { LotRow } from './lot-writer';

export interface LotInput {
  chainId: string;
  supplierEnterpriseId: string;
  partNumber: string;
  lotNumber: string;
  lotSize: number;
  stage: InspectionStage;
  inspectedAt: Date;
  submission?: number | null;
  inspectionLevel?: string | null;
  aql?: string | null;
  planSeverity?: string | null;
  unitsSampled: number;
  nonconformingUnits: number;
  defects?: Record<string, number> | null;
  /** Required for 100% inspection (no plan); computed from the plan otherwise. */
  decision?: LotDecision | null;
}

/** Calls `fail(field, message)` once per problem found in a row. */
export type Fail = (field: string, message: string) => void;

/** What the caller may record in some chains: its own lots as a supplier, incoming lots as the leader. */
export class RecordScopes {
  constructor(
    private readonly keys: Set<string>,
    /** "chainId|uscc" -> supplier enterprise id, for files that name suppliers by USCC. */
    private readonly usccs: Map<string, string>,
  ) {}

  isEmpty(): boolean {
    return this.keys.size === 0;
  }

  allows(chainId: string, supplierId: string, stage: InspectionStage): boolean {
    return this.keys.has(`${chainId}|${supplierId}|${stage === InspectionStage.INCOMING ? 'leader' : 'supplier'}`);
  }

  supplierByUscc(chainId: string, uscc: string): string | undefined {
    return this.usccs.get(`${chainId}|${uscc}`);
  }
}

/** The rules every lot passes before it is written, whether it comes through the API or in a file. */
@Injectable()
export class LotRules {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A supplier records its own lots (self, mutual, special inspection) in
   * chains where it is active or suspended; the leader's admins and quality
   * engineers record incoming lots for those suppliers.
   */
  async scopesFor(actor: Actor, chainIds: string[]): Promise<RecordScopes> {
    const members = await this.dataSource
      .getRepository(ChainMembership)
      .createQueryBuilder('m')
      .innerJoin(IndustryChain, 'c', 'c.id = m.chainId')
      .select(['m.chain_id AS chain', 'm.supplier_enterprise_id AS supplier', 'm.supplier_uscc AS uscc', 'c.leader_enterprise_id AS leader'])
      .where('m.chainId IN (:...chainIds)', { chainIds })
      .andWhere('m.status IN (:...statuses)', { statuses: [MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED] })
      .getRawMany<{ chain: string; supplier: string; uscc: string; leader: string }>();
    const keys = new Set<string>();
    const usccs = new Map<string, string>();
    for (const m of members) {
      const asSupplier = m.supplier === actor.organisationId && canActForEnterprise(actor, actor.organisationId);
      const asLeader = canActForEnterprise(actor, m.leader);
      if (asSupplier) keys.add(`${m.chain}|${m.supplier}|supplier`);
      if (asLeader) keys.add(`${m.chain}|${m.supplier}|leader`);
      if (asSupplier || asLeader) usccs.set(`${m.chain}|${m.uscc}`, m.supplier);
    }
    return new RecordScopes(keys, usccs);
  }

  /** The row to write, or undefined after reporting every problem through `fail`. */
  check(actor: Actor, scopes: RecordScopes, input: LotInput, fail: Fail): LotRow | undefined {
    if (!scopes.allows(input.chainId, input.supplierEnterpriseId, input.stage)) {
      fail('supplierEnterpriseId', input.stage === InspectionStage.INCOMING ? 'is not a supplier of a chain you lead' : 'is not your enterprise in a chain you supply');
      return undefined;
    }
    let problems = 0;
    const check = (ok: boolean, field: string, message: string) => {
      if (!ok) {
        problems++;
        fail(field, message);
      }
    };
    check(Number.isInteger(input.lotSize) && input.lotSize >= 1, 'lotSize', 'must be a whole number from 1');
    check(Number.isInteger(input.unitsSampled) && input.unitsSampled >= 1 && input.unitsSampled <= input.lotSize, 'unitsSampled', `must be from 1 to the lot size (${input.lotSize})`);
    check(Number.isInteger(input.nonconformingUnits) && input.nonconformingUnits >= 0 && input.nonconformingUnits <= input.unitsSampled, 'nonconformingUnits', `must be from 0 to units sampled (${input.unitsSampled})`);
    check(input.inspectedAt.getTime() <= Date.now() + 60_000, 'inspectedAt', 'is in the future');
    check(Boolean(input.partNumber?.trim()) && input.partNumber.length <= 80, 'partNumber', 'is required, at most 80 characters');
    check(Boolean(input.lotNumber?.trim()) && input.lotNumber.length <= 80, 'lotNumber', 'is required, at most 80 characters');
    const submission = input.submission ?? 1;
    check(Number.isInteger(submission) && submission >= 1 && submission <= 99, 'submission', 'must be 1 (first submission) to 99');
    let decision = input.decision ?? null;
    let acceptanceNumber: number | null = null;
    const withPlan = Boolean(input.aql || input.inspectionLevel);
    if (withPlan) {
      const plan = planFor(input, (input.planSeverity ?? 'NORMAL') as PlanSeverity);
      if (!plan.ok) {
        const [field, ...message] = plan.error.split(': ');
        check(false, field, message.join(': '));
      } else {
        acceptanceNumber = plan.plan.acceptanceNumber;
        check(input.unitsSampled >= plan.plan.sampleSize, 'unitsSampled', `the plan needs ${plan.plan.sampleSize} units sampled (code letter ${plan.plan.codeLetter})`);
        const computed = decisionOn(plan.plan.acceptanceNumber, input.nonconformingUnits);
        check(!decision || decision === computed, 'decision', `the plan gives ${computed} (Ac ${plan.plan.acceptanceNumber}, Re ${plan.plan.rejectionNumber})`);
        decision = computed;
      }
    } else {
      check(Boolean(decision), 'decision', 'is required for 100% inspection (no sampling plan)');
    }
    for (const [code, count] of Object.entries(input.defects ?? {})) check(Number.isInteger(count) && count >= 0, `defects.${code}`, 'must be a count');
    if (problems > 0 || !decision) return undefined;
    return {
      chainId: input.chainId,
      supplierEnterpriseId: input.supplierEnterpriseId,
      partNumber: input.partNumber.trim(),
      lotNumber: input.lotNumber.trim(),
      lotSize: input.lotSize,
      stage: input.stage,
      inspectedAt: input.inspectedAt,
      inspectedDay: chinaDay(input.inspectedAt),
      submission,
      inspectionLevel: withPlan ? (input.inspectionLevel ?? 'II') : null,
      aql: input.aql ?? null,
      planSeverity: withPlan ? (input.planSeverity ?? 'NORMAL') : null,
      acceptanceNumber,
      unitsSampled: input.unitsSampled,
      nonconformingUnits: input.nonconformingUnits,
      defects: input.defects ?? {},
      decision,
      recordedBy: actor.userId,
      importId: null,
      // Judged above on the normal plan; the writer decides it again on the part's current severity.
      judgedOnState: withPlan && input.stage === InspectionStage.INCOMING && submission === 1 && !input.planSeverity && !input.decision,
    };
  }
}
