import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, Repository } from 'typeorm';
import { badInput, JobName, OutboxService, Page, PageArgs, paginate } from '@chainq/core';
import { Actor, isPlatformAdmin } from '@chainq/identity';
import { canActForEnterprise, ChainMembership, IndustryChain, MembershipStatus } from '@chainq/registry';
import { InspectionLevel, PlanSeverity, samplingPlan } from '@chainq/sampling';
import { chinaDay } from './china-day';
import { InspectionLot, InspectionStage, LotDecision } from './inspection-lot.entity';

export const MAX_LOTS_PER_CALL = 1000;
const INSERT_CHUNK = 500; // 19 columns x 500 rows stays far below PostgreSQL's 65,535 parameters

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

export interface RowError {
  index: number;
  field: string;
  message: string;
}

export interface RecordedLots {
  inserted: number;
  /** Already recorded (same supplier, lot number, stage and submission): left as they were. */
  duplicates: number;
  errors: RowError[];
}

export interface LotFilter {
  chainId?: string | null;
  supplierEnterpriseId?: string | null;
  stage?: InspectionStage | null;
  decision?: LotDecision | null;
  partNumber?: string | null;
  from?: Date | null;
  to?: Date | null;
}

@Injectable()
export class InspectionLotService {
  constructor(
    @InjectRepository(InspectionLot) private readonly lots: Repository<InspectionLot>,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /** Validates every row; writes all of them or, if any row is wrong, none, and says which rows and why. */
  async record(actor: Actor, inputs: LotInput[]): Promise<RecordedLots> {
    if (inputs.length === 0 || inputs.length > MAX_LOTS_PER_CALL) throw badInput('lots', `send 1 to ${MAX_LOTS_PER_CALL} lots per call`);
    const allowed = await this.recordableScopes(actor, inputs);
    const errors: RowError[] = [];
    const rows: Partial<InspectionLot>[] = [];
    const seen = new Set<string>();
    inputs.forEach((input, index) => {
      const fail = (field: string, message: string) => errors.push({ index, field, message });
      const key = `${input.supplierEnterpriseId}|${input.lotNumber}|${input.stage}|${input.submission ?? 1}`;
      if (!allowed.has(`${input.chainId}|${input.supplierEnterpriseId}|${input.stage === InspectionStage.INCOMING ? 'leader' : 'supplier'}`)) {
        return fail('supplierEnterpriseId', input.stage === InspectionStage.INCOMING ? 'is not a supplier of a chain you lead' : 'is not your enterprise in a chain you supply');
      }
      if (seen.has(key)) return fail('lotNumber', 'appears twice in this batch with the same stage and submission');
      seen.add(key);
      const row = this.validRow(actor, input, fail);
      if (row) rows.push(row);
    });
    if (errors.length) return { inserted: 0, duplicates: 0, errors };
    const inserted = await this.dataSource.transaction(async (m) => {
      let count = 0;
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        const result = await m.createQueryBuilder().insert().into(InspectionLot).values(rows.slice(i, i + INSERT_CHUNK)).orIgnore().returning(['id']).execute();
        count += (result.raw as unknown[]).length;
      }
      // Rollups follow through the outbox: one job per (chain, supplier) with the days touched.
      const touched = new Map<string, Set<string>>();
      for (const r of rows) {
        const key = `${r.chainId}|${r.supplierEnterpriseId}`;
        touched.set(key, (touched.get(key) ?? new Set()).add(r.inspectedDay!));
      }
      for (const [key, days] of touched) {
        const [chainId, supplierId] = key.split('|');
        await this.outbox.record(m, JobName.RecomputeRollups, { chainId, supplierId, days: [...days].sort() });
      }
      return count;
    });
    return { inserted, duplicates: rows.length - inserted, errors: [] };
  }

  async list(actor: Actor, filter: LotFilter, page: PageArgs): Promise<Page<InspectionLot>> {
    const query = this.lots.createQueryBuilder('l');
    if (!isPlatformAdmin(actor)) {
      // Suppliers read their own lots; leaders all lots of their chain; nobody else reads lots.
      query.where(
        new Brackets((q) =>
          q.where('l.supplierEnterpriseId = :own', { own: actor.organisationId }).orWhere('l.chainId IN (SELECT c.id FROM industry_chains c WHERE c.leader_enterprise_id = :own)', { own: actor.organisationId }),
        ),
      );
    }
    if (filter.chainId) query.andWhere('l.chainId = :chainId', { chainId: filter.chainId });
    if (filter.supplierEnterpriseId) query.andWhere('l.supplierEnterpriseId = :supplier', { supplier: filter.supplierEnterpriseId });
    if (filter.stage) query.andWhere('l.stage = :stage', { stage: filter.stage });
    if (filter.decision) query.andWhere('l.decision = :decision', { decision: filter.decision });
    if (filter.partNumber) query.andWhere('l.partNumber = :part', { part: filter.partNumber });
    if (filter.from) query.andWhere('l.inspectedAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('l.inspectedAt < :to', { to: filter.to });
    return paginate(query, page, { property: 'l.inspectedAt', value: (l) => l.inspectedAt, direction: 'DESC' });
  }

  /**
   * "chain|supplier|side" keys the caller may record for: a supplier its own
   * lots (self, mutual, special inspection) in chains where it is active or
   * suspended; the leader's admins and quality engineers incoming lots.
   */
  private async recordableScopes(actor: Actor, inputs: LotInput[]): Promise<Set<string>> {
    const chainIds = [...new Set(inputs.map((i) => i.chainId))];
    const members = await this.dataSource
      .getRepository(ChainMembership)
      .createQueryBuilder('m')
      .innerJoin(IndustryChain, 'c', 'c.id = m.chainId')
      .addSelect('c.leader_enterprise_id', 'leader')
      .where('m.chainId IN (:...chainIds)', { chainIds })
      .andWhere('m.status IN (:...statuses)', { statuses: [MembershipStatus.ACTIVE, MembershipStatus.SUSPENDED] })
      .getRawMany<{ m_chain_id: string; m_supplier_enterprise_id: string; leader: string }>();
    const keys = new Set<string>();
    for (const m of members) {
      if (m.m_supplier_enterprise_id === actor.organisationId && canActForEnterprise(actor, actor.organisationId)) keys.add(`${m.m_chain_id}|${m.m_supplier_enterprise_id}|supplier`);
      if (canActForEnterprise(actor, m.leader)) keys.add(`${m.m_chain_id}|${m.m_supplier_enterprise_id}|leader`);
    }
    return keys;
  }

  private validRow(actor: Actor, input: LotInput, fail: (field: string, message: string) => void): Partial<InspectionLot> | undefined {
    const before = { n: 0 };
    const check = (ok: boolean, field: string, message: string) => {
      if (!ok) {
        before.n++;
        fail(field, message);
      }
    };
    check(Number.isInteger(input.lotSize) && input.lotSize >= 1, 'lotSize', 'must be a whole number from 1');
    check(Number.isInteger(input.unitsSampled) && input.unitsSampled >= 1 && input.unitsSampled <= input.lotSize, 'unitsSampled', `must be from 1 to the lot size (${input.lotSize})`);
    check(Number.isInteger(input.nonconformingUnits) && input.nonconformingUnits >= 0 && input.nonconformingUnits <= input.unitsSampled, 'nonconformingUnits', `must be from 0 to units sampled (${input.unitsSampled})`);
    check(input.inspectedAt.getTime() <= Date.now() + 60_000, 'inspectedAt', 'is in the future');
    check(Boolean(input.partNumber?.trim()) && Boolean(input.lotNumber?.trim()), 'lotNumber', 'part number and lot number are required');
    const submission = input.submission ?? 1;
    check(Number.isInteger(submission) && submission >= 1, 'submission', 'must be 1 (first submission) or more');
    let decision = input.decision ?? null;
    let acceptanceNumber: number | null = null;
    const withPlan = Boolean(input.aql || input.inspectionLevel);
    if (withPlan) {
      const plan = samplingPlan({
        lotSize: input.lotSize,
        level: (input.inspectionLevel ?? 'II') as InspectionLevel,
        aql: input.aql ?? '',
        severity: (input.planSeverity ?? 'NORMAL') as PlanSeverity,
      });
      if (!plan.ok) {
        const [field, ...message] = plan.error.split(': ');
        check(false, field, message.join(': '));
      } else {
        acceptanceNumber = plan.plan.acceptanceNumber;
        check(input.unitsSampled >= plan.plan.sampleSize, 'unitsSampled', `the plan needs ${plan.plan.sampleSize} units sampled (code letter ${plan.plan.codeLetter})`);
        const computed = input.nonconformingUnits <= plan.plan.acceptanceNumber ? LotDecision.ACCEPT : LotDecision.REJECT;
        check(!decision || decision === computed, 'decision', `the plan gives ${computed} (Ac ${plan.plan.acceptanceNumber}, Re ${plan.plan.rejectionNumber})`);
        decision = computed;
      }
    } else {
      check(Boolean(decision), 'decision', 'is required for 100% inspection (no sampling plan)');
    }
    for (const [code, count] of Object.entries(input.defects ?? {})) check(Number.isInteger(count) && count >= 0, `defects.${code}`, 'must be a count');
    if (before.n > 0 || !decision) return undefined;
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
    };
  }
}
