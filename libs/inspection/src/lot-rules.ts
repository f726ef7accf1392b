import { Injectable } from '@nestjs/common';
import { chinaDay, chinaMidnight, CoreReason, EARLIEST_DAY } from '@chainq/core';
import { DataSource } from 'typeorm';
import { Actor } from '@chainq/identity';
import { canActForEnterprise, ChainMembership, IndustryChain, MembershipStatus } from '@chainq/registry';
import { PlanSeverity } from '@chainq/sampling';
import { InspectionStage, LotDecision } from './inspection-lot.entity';
import { decisionOn, planFor } from './lot-plan';
import { InspectionReason } from './inspection-reasons';
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

/** Largest value of a PostgreSQL `integer` column (lot size, units, defect counts). */
export const INT4_MAX = 2_147_483_647;
/** Lots are dated from 2000-01-01 China time (an earlier year is a typing error) to a minute from now (clock skew). */
export const EARLIEST_INSPECTION = chinaMidnight(EARLIEST_DAY);
const FUTURE_SKEW_MS = 60_000;
/** Longest text of the short lot fields (level, AQL, severity) and of a defect code. */
const SHORT_TEXT = 20;
const DEFECT_CODE = 40;
const MAX_DEFECT_CODES = 100;

/** Error values of Excel, LibreOffice and Google Sheets: a formula that failed, never a value. */
const SPREADSHEET_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#ERROR!']);
// C0 and C1 control characters and DEL: NUL cannot be stored at all, the others are never part of a lot.
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export const isSpreadsheetError = (value: string): boolean => SPREADSHEET_ERRORS.has(value.trim().toUpperCase());

/** What is wrong with a text value, or undefined: a control character (NUL included), a spreadsheet error value, or more than `max` characters. */
export function textProblem(value: string, max: number): string | undefined {
  return textRuleBroken(value, max)?.message;
}

/** textProblem with the reason a client translates. */
export function textRuleBroken(value: string, max: number): { message: string; reason: string } | undefined {
  if (CONTROL.test(value)) return { reason: CoreReason.ControlCharacter, message: 'contains a control character (such as NUL or a line break)' };
  if (isSpreadsheetError(value)) return { reason: InspectionReason.SpreadsheetErrorValue, message: `is the spreadsheet error ${value.trim()}, not a value; correct the formula or the cell` };
  if (value.length > max) return { reason: CoreReason.TooLong, message: `is longer than ${max} characters` };
  return undefined;
}

/** Calls `fail(field, message, reason)` once per problem found in a row; the reason is INVALID_VALUE when not given. */
export type Fail = (field: string, message: string, reason?: string) => void;

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
      fail('supplierEnterpriseId', input.stage === InspectionStage.INCOMING ? 'is not a supplier of a chain you lead' : 'is not your enterprise in a chain you supply', InspectionReason.LotSupplierNotInScope);
      return undefined;
    }
    let problems = 0;
    const check = (ok: boolean, field: string, message: string, reason: string) => {
      if (!ok) {
        problems++;
        fail(field, message, reason);
      }
    };
    const whole = (value: number, min: number, max: number) => Number.isInteger(value) && value >= min && value <= max;
    check(whole(input.lotSize, 1, INT4_MAX), 'lotSize', `must be a whole number from 1 to ${INT4_MAX}`, InspectionReason.LotSizeInvalid);
    let planReadable = whole(input.lotSize, 1, INT4_MAX);
    check(whole(input.unitsSampled, 1, Math.min(input.lotSize, INT4_MAX)), 'unitsSampled', `must be from 1 to the lot size (${input.lotSize})`, InspectionReason.SampleExceedsLot);
    check(whole(input.nonconformingUnits, 0, Math.min(input.unitsSampled, INT4_MAX)), 'nonconformingUnits', `must be from 0 to units sampled (${input.unitsSampled})`, InspectionReason.DefectsExceedSample);
    const at = input.inspectedAt instanceof Date ? input.inspectedAt.getTime() : NaN;
    check(!Number.isNaN(at), 'inspectedAt', 'is not a date and time', CoreReason.DateOutOfRange);
    check(Number.isNaN(at) || at <= Date.now() + FUTURE_SKEW_MS, 'inspectedAt', 'is in the future', CoreReason.DateInFuture);
    check(Number.isNaN(at) || at >= EARLIEST_INSPECTION.getTime(), 'inspectedAt', `is before ${EARLIEST_DAY}; check the year`, CoreReason.DateOutOfRange);
    for (const field of ['partNumber', 'lotNumber'] as const) {
      const value = typeof input[field] === 'string' ? input[field] : '';
      const problem = value.trim() ? textRuleBroken(value, 80) : { reason: CoreReason.Required, message: 'is required, at most 80 characters' };
      check(!problem, field, problem?.message ?? '', problem?.reason ?? '');
    }
    for (const field of ['inspectionLevel', 'aql', 'planSeverity'] as const) {
      const value = input[field];
      const problem = value === null || value === undefined ? undefined : typeof value === 'string' ? textRuleBroken(value, SHORT_TEXT) : { reason: CoreReason.InvalidValue, message: 'must be text' };
      check(!problem, field, problem?.message ?? '', problem?.reason ?? '');
      if (problem) planReadable = false;
    }
    const submission = input.submission ?? 1;
    check(Number.isInteger(submission) && submission >= 1 && submission <= 99, 'submission', 'must be 1 (first submission) to 99', InspectionReason.SubmissionOutOfRange);
    let decision = input.decision ?? null;
    let acceptanceNumber: number | null = null;
    const withPlan = Boolean(input.aql || input.inspectionLevel);
    if (withPlan && !planReadable) {
      // Named above; no plan is looked up for a lot size, level or AQL no column can hold.
    } else if (withPlan) {
      const plan = planFor(input, (input.planSeverity ?? 'NORMAL') as PlanSeverity);
      if (!plan.ok) {
        const [field, ...message] = plan.error.split(': ');
        check(false, field, message.join(': '), InspectionReason.SamplingPlanInvalid);
      } else {
        acceptanceNumber = plan.plan.acceptanceNumber;
        check(input.unitsSampled >= plan.plan.sampleSize, 'unitsSampled', `the plan needs ${plan.plan.sampleSize} units sampled (code letter ${plan.plan.codeLetter})`, InspectionReason.SampleBelowPlan);
        const computed = decisionOn(plan.plan.acceptanceNumber, input.nonconformingUnits);
        check(!decision || decision === computed, 'decision', `the plan gives ${computed} (Ac ${plan.plan.acceptanceNumber}, Re ${plan.plan.rejectionNumber})`, InspectionReason.DecisionContradictsPlan);
        decision = computed;
      }
    } else {
      check(Boolean(decision), 'decision', 'is required for 100% inspection (no sampling plan)', InspectionReason.DecisionRequired);
    }
    const defects = Object.entries(input.defects ?? {});
    check(defects.length <= MAX_DEFECT_CODES, 'defects', `at most ${MAX_DEFECT_CODES} defect codes per lot`, CoreReason.TooManyItems);
    for (const [code, count] of defects.slice(0, MAX_DEFECT_CODES)) {
      const problem = code.trim() ? textRuleBroken(code, DEFECT_CODE) : { reason: CoreReason.Required, message: 'is empty' };
      if (problem) check(false, 'defects', `a defect code ${problem.message}`, problem.reason);
      else check(whole(count, 0, INT4_MAX), `defects.${code}`, `must be a count from 0 to ${INT4_MAX}`, InspectionReason.DefectCountInvalid);
    }
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
