import { badInput, conflict } from '@chainq/core';
import {
  type InspectionLevel,
  type LotResult,
  type SamplingPlan,
  REDUCED_SWITCHING_SCORE,
  type SwitchingEvent,
  type SwitchingState as RuleState,
  acceptanceNumberOneStepTighter,
  initialSwitchingState,
  nextSwitchingState,
  resumeInspection,
  returnToNormal,
  samplingPlan,
} from '@chainq/sampling';
import { InspectionStage, LotDecision } from '../inspection-lot.entity';
import { decisionOn, planFor } from '../lot-plan';
import { SwitchingState } from './switching-state.entity';
import { InspectionReason } from '../inspection-reasons';

/** A newly recorded lot, as the switching rules need it. */
export interface SwitchingLot {
  id: string;
  chainId: string;
  supplierEnterpriseId: string;
  partNumber: string;
  lotNumber: string;
  stage: InspectionStage;
  submission: number;
  inspectedAt: Date;
  lotSize: number;
  inspectionLevel: string | null;
  aql: string | null;
  planSeverity: string | null;
  nonconformingUnits: number;
  decision: LotDecision;
  /** Sent with a plan but without a severity or decision: judged on the severity in force when the rules reach it. */
  judgedOnState?: boolean;
}

/** How a lot judged on its part's state was decided. */
export interface Judgement {
  planSeverity: string;
  acceptanceNumber: number;
  decision: LotDecision;
}

/** The persisted part of a state, without its identity and timestamps. */
export type SwitchingRecord = Pick<
  SwitchingState,
  | 'severity'
  | 'consecutiveAccepted'
  | 'recentResults'
  | 'switchingScore'
  | 'cumulativeRejectedUnderTightened'
  | 'discontinued'
  | 'discontinuedAt'
  | 'lastEvent'
  | 'severitySince'
  | 'reducedApprovedAt'
  | 'reducedApprovedBy'
  | 'resumedAt'
  | 'resumedBy'
  | 'lotsApplied'
  | 'lotsWhileDiscontinued'
  | 'lastLotId'
  | 'lastLotInspectedAt'
>;

/** Every field of a SwitchingRecord, to pick one out of an entity. */
export const SWITCHING_RECORD_FIELDS = [
  'severity',
  'consecutiveAccepted',
  'recentResults',
  'switchingScore',
  'cumulativeRejectedUnderTightened',
  'discontinued',
  'discontinuedAt',
  'lastEvent',
  'severitySince',
  'reducedApprovedAt',
  'reducedApprovedBy',
  'resumedAt',
  'resumedBy',
  'lotsApplied',
  'lotsWhileDiscontinued',
  'lastLotId',
  'lastLotInspectedAt',
] as const satisfies readonly (keyof SwitchingRecord)[];

export function recordOf(source: SwitchingRecord): SwitchingRecord {
  return Object.fromEntries(SWITCHING_RECORD_FIELDS.map((field) => [field, source[field]])) as unknown as SwitchingRecord;
}

/**
 * The switching rules follow the leader's receiving inspection of a part, on
 * original inspection only: resubmitted lots do not count (GB/T 2828.1-2012
 * switching rules; `nextSwitchingState`).
 */
export const countsForSwitching = (lot: Pick<SwitchingLot, 'stage' | 'submission'>): boolean => lot.stage === InspectionStage.INCOMING && lot.submission === 1;

/** Unambiguous: both ids are fixed-length uuids. */
export const switchingKey = (lot: Pick<SwitchingLot, 'chainId' | 'supplierEnterpriseId' | 'partNumber'>): string => `${lot.chainId}|${lot.supplierEnterpriseId}|${lot.partNumber}`;

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The lots that count, per (chain, supplier, part), each list in the order the
 * rules take them: inspection time, then lot number (and id, so equal times
 * always give the same order).
 */
export function lotsBySwitchingKey(lots: readonly SwitchingLot[]): Map<string, SwitchingLot[]> {
  const groups = new Map<string, SwitchingLot[]>();
  for (const lot of lots) {
    if (!countsForSwitching(lot)) continue;
    const key = switchingKey(lot);
    const group = groups.get(key);
    if (group) group.push(lot);
    else groups.set(key, [lot]);
  }
  for (const group of groups.values()) {
    group.sort((a, b) => a.inspectedAt.getTime() - b.inspectedAt.getTime() || byCodePoint(a.lotNumber, b.lotNumber) || byCodePoint(a.id, b.id));
  }
  return groups;
}

/** Ac of a lot's plan and of the normal plan one AQL step tighter on the same sample, or null without a plan. */
type PlanNumbers = { acceptanceNumber: number; tighter: number | null } | null;

const planNumbers = new Map<ReturnType<typeof samplingPlan>, PlanNumbers>();
function planNumbersOf(lot: SwitchingLot, severity: string | null): PlanNumbers {
  if (!lot.aql) return null;
  const result = planFor(lot, (severity ?? 'NORMAL') as RuleState['severity']);
  let numbers = planNumbers.get(result);
  if (numbers === undefined) {
    numbers = result.ok
      ? { acceptanceNumber: result.plan.acceptanceNumber, tighter: result.plan.hundredPercent ? null : acceptanceNumberOneStepTighter(result.plan.codeLetter, result.plan.aql) }
      : null;
    if (planNumbers.size >= 10_000) planNumbers.clear();
    planNumbers.set(result, numbers);
  }
  return numbers;
}

/** What the switching rules need to know about one lot. */
export function lotResultOf(lot: SwitchingLot, judged?: Judgement): LotResult {
  const accepted = (judged?.decision ?? lot.decision) === LotDecision.ACCEPT;
  const plan = planNumbersOf(lot, judged?.planSeverity ?? lot.planSeverity);
  if (plan) {
    return { accepted, acceptanceNumber: plan.acceptanceNumber, wouldPassTighterStep: accepted && plan.tighter !== null && lot.nonconformingUnits <= plan.tighter };
  }
  // No sampling plan (100% inspection, decided by the inspector). The decision counts as it is.
  // For the (unverified) switching score we follow the sampling library's convention for 100%
  // inspection, Ac 0: an accepted lot with no nonconforming unit scores like an Ac 0 lot. One
  // accepted despite nonconforming units cannot show it would pass a tighter plan, so it is
  // taken as an Ac >= 2 lot failing one step tighter, which resets the score: the cautious
  // reading, as it can only delay reduced inspection.
  const acceptanceNumber = accepted && lot.nonconformingUnits > 0 ? Math.max(2, lot.nonconformingUnits) : 0;
  return { accepted, acceptanceNumber, wouldPassTighterStep: false };
}

/** The switching rules' own fields of a state or record, copied (the recent results too). */
export function ruleStateOf(source: RuleState): Pick<SwitchingRecord, keyof RuleState> {
  return {
    severity: source.severity,
    consecutiveAccepted: source.consecutiveAccepted,
    recentResults: [...source.recentResults],
    switchingScore: source.switchingScore,
    cumulativeRejectedUnderTightened: source.cumulativeRejectedUnderTightened,
    discontinued: source.discontinued,
    lastEvent: source.lastEvent,
  };
}

/** A part no incoming lot has reached yet: normal inspection, nothing counted. */
export function initialRecord(): SwitchingRecord {
  return {
    ...ruleStateOf(initialSwitchingState()),
    discontinuedAt: null,
    severitySince: null,
    reducedApprovedAt: null,
    reducedApprovedBy: null,
    resumedAt: null,
    resumedBy: null,
    lotsApplied: 0,
    lotsWhileDiscontinued: 0,
    lastLotId: null,
    lastLotInspectedAt: null,
  };
}

const withRule = (record: SwitchingRecord, rule: RuleState): SwitchingRecord => ({ ...record, ...ruleStateOf(rule) });

/** Normal inspection with a switching score of 30 or more: the leader may approve reduced inspection (GB/T 2828.1-2012 9.3.3). */
export const eligibleForReduced = (record: Pick<SwitchingRecord, 'severity' | 'switchingScore' | 'discontinued'>): boolean =>
  !record.discontinued && record.severity === 'NORMAL' && record.switchingScore >= REDUCED_SWITCHING_SCORE;

// An approval is for this run of good lots: it lapses when the score drops below 30 or the
// severity changes, and otherwise stands (under reduced inspection it records who approved it).
const approvalStands = (rule: RuleState): boolean => eligibleForReduced(rule) || (rule.severity === 'REDUCED' && !rule.discontinued);

/** A switch one lot caused, and the severity for the lots after it. */
export interface AppliedSwitch {
  event: SwitchingEvent;
  severity: RuleState['severity'];
  lot: SwitchingLot;
}

export interface AppliedLots {
  record: SwitchingRecord;
  /** The switches the lots caused, in order. */
  switches: AppliedSwitch[];
  /** The lots marked `judgedOnState` (the objects given), as decided on the severity in force when each was taken. */
  judgements: Map<SwitchingLot, Judgement>;
}

/** The lot decided on the given severity's plan, or undefined where the library gives no plan for it (a refused cell). */
function judge(lot: SwitchingLot, severity: RuleState['severity']): Judgement | undefined {
  const result = planFor(lot, severity);
  if (!result.ok) return undefined;
  const { acceptanceNumber } = result.plan;
  return { planSeverity: severity, acceptanceNumber, decision: decisionOn(acceptanceNumber, lot.nonconformingUnits) };
}

/**
 * The state after these lots of one part, taken in the order given. A lot marked
 * `judgedOnState` is first decided on the severity in force (the lot object is left as it
 * is; its decision is in `judgements`). Lots met while inspection is discontinued are
 * counted, judged on the last severity, and do not move the state: it stays discontinued
 * until resumed.
 */
export function applyLots(start: SwitchingRecord, lots: readonly SwitchingLot[]): AppliedLots {
  let rule: RuleState = ruleStateOf(start);
  let { lotsApplied, lotsWhileDiscontinued, lastLotId, lastLotInspectedAt, severitySince, discontinuedAt, reducedApprovedAt, reducedApprovedBy } = start;
  const switches: AppliedSwitch[] = [];
  const judgements = new Map<SwitchingLot, Judgement>();
  for (const lot of lots) {
    const judgement = lot.judgedOnState ? judge(lot, rule.severity) : undefined;
    if (judgement) judgements.set(lot, judgement);
    if (rule.discontinued) {
      lotsWhileDiscontinued++;
      continue;
    }
    rule = nextSwitchingState(rule, lotResultOf(lot, judgement), { reducedApproved: reducedApprovedAt !== null });
    lotsApplied++;
    lastLotId = lot.id;
    lastLotInspectedAt = lot.inspectedAt;
    if (rule.lastEvent) {
      switches.push({ event: rule.lastEvent, severity: rule.severity, lot });
      severitySince = lot.inspectedAt;
      discontinuedAt = rule.discontinued ? lot.inspectedAt : null;
    }
    if (reducedApprovedAt && !approvalStands(rule)) {
      reducedApprovedAt = null;
      reducedApprovedBy = null;
    }
  }
  const record = { ...withRule(start, rule), lotsApplied, lotsWhileDiscontinued, lastLotId, lastLotInspectedAt, severitySince, discontinuedAt, reducedApprovedAt, reducedApprovedBy };
  return { record, switches, judgements };
}

/** A lot's size, level and AQL, to plan its inspection. */
export interface PlanRequest {
  lotSize: number;
  level: string;
  aql: string;
}

/**
 * The leader approves reduced inspection (GB/T 2828.1-2012 clause 9.3.3: switching score of
 * 30, production steady, and the responsible authority approves); the switch itself happens
 * through `nextSwitchingState` at the next accepted lot. Refused, naming the rule, when the
 * part is not eligible.
 */
export function approveReduced(record: SwitchingRecord, by: string, at: Date): SwitchingRecord {
  if (record.discontinued) {
    throw conflict('Inspection of this part is discontinued after 5 lots rejected under tightened inspection (GB/T 2828.1); resume it first', { reason: InspectionReason.InspectionDiscontinued, rule: 'DISCONTINUED' });
  }
  if (record.severity !== 'NORMAL') {
    throw conflict(`Reduced inspection can follow normal inspection only (GB/T 2828.1 normal → reduced); this part is under ${record.severity.toLowerCase()} inspection`, { reason: InspectionReason.ReducedNeedsNormal, rule: 'REDUCED_FROM_NORMAL_ONLY' });
  }
  if (record.switchingScore < REDUCED_SWITCHING_SCORE) {
    throw conflict(`The switching score is ${record.switchingScore}; GB/T 2828.1 normal → reduced needs at least ${REDUCED_SWITCHING_SCORE}`, { reason: InspectionReason.SwitchingScoreTooLow, rule: 'SWITCHING_SCORE_BELOW_30' });
  }
  if (record.reducedApprovedAt) {
    throw conflict('Reduced inspection is already approved for this part; it begins with the next accepted lot', { reason: InspectionReason.ReducedAlreadyApproved, rule: 'REDUCED_ALREADY_APPROVED' });
  }
  return { ...record, reducedApprovedAt: at, reducedApprovedBy: by };
}

/** After the supplier's corrective action, inspection restarts at tightened (`resumeInspection`). */
export function resumed(record: SwitchingRecord, by: string, at: Date): SwitchingRecord {
  if (!record.discontinued) throw conflict('Inspection of this part is not discontinued, so there is nothing to resume', { reason: InspectionReason.NotDiscontinued, rule: 'NOT_DISCONTINUED' });
  const rule = resumeInspection(ruleStateOf(record));
  return { ...withRule(record, rule), discontinuedAt: null, severitySince: at, reducedApprovedAt: null, reducedApprovedBy: null, resumedAt: at, resumedBy: by, lotsWhileDiscontinued: 0 };
}

/** The leader ends reduced inspection (production irregular or delayed, or other conditions: GB/T 2828.1-2012 9.3.4); the next lot is on the normal plan. */
export function endedReduced(record: SwitchingRecord, at: Date): SwitchingRecord {
  if (record.severity !== 'REDUCED' || record.discontinued) {
    throw conflict('This part is not under reduced inspection, so there is nothing to end', { reason: InspectionReason.NotReduced, rule: 'REDUCED_NOT_IN_FORCE' });
  }
  return { ...withRule(record, returnToNormal(ruleStateOf(record))), severitySince: at, reducedApprovedAt: null, reducedApprovedBy: null };
}

/** The plan for the part's next lot at its current severity. */
export function planForNextLot(record: Pick<SwitchingRecord, 'severity' | 'discontinued'>, request: PlanRequest): SamplingPlan {
  if (record.discontinued) {
    throw conflict('Inspection of this part is discontinued after 5 lots rejected under tightened inspection (GB/T 2828.1): no lot is accepted on a plan until it is resumed', { reason: InspectionReason.InspectionDiscontinued, rule: 'DISCONTINUED' });
  }
  const result = samplingPlan({ lotSize: request.lotSize, level: request.level as InspectionLevel, aql: request.aql, severity: record.severity });
  if (!result.ok) {
    // The library names the field at fault ("lotSize: ...", "aql: ...").
    const [field, ...message] = result.error.split(': ');
    throw badInput(field, message.join(': '), { reason: InspectionReason.SamplingPlanInvalid });
  }
  return result.plan;
}
