import { DomainError } from '@chainq/core';
import { InspectionStage, LotDecision } from '../inspection-lot.entity';
import {
  applyLots,
  approveReduced,
  eligibleForReduced,
  endedReduced,
  initialRecord,
  lotResultOf,
  lotsBySwitchingKey,
  planForNextLot,
  recordOf,
  resumed,
  SwitchingLot,
  SwitchingRecord,
} from './switching-lots.rule';

const CHAIN = '00000000-0000-4000-8000-000000000001';
const SUPPLIER = '00000000-0000-4000-8000-000000000002';
const T0 = Date.UTC(2026, 2, 1, 2);
let serial = 0;

/** An incoming lot of 1,000 at AQL 1.0, level II: code letter J, n 80, Ac 2 Re 3 (one step tighter, AQL 0.65: Ac 1). */
function lot(nonconformingUnits: number, over: Partial<SwitchingLot> = {}): SwitchingLot {
  serial++;
  return {
    id: `lot-${String(serial).padStart(4, '0')}`,
    chainId: CHAIN,
    supplierEnterpriseId: SUPPLIER,
    partNumber: 'BRK-100',
    lotNumber: `L-${String(serial).padStart(4, '0')}`,
    stage: InspectionStage.INCOMING,
    submission: 1,
    inspectedAt: new Date(T0 + serial * 3600_000),
    lotSize: 1000,
    inspectionLevel: 'II',
    aql: '1.0',
    planSeverity: 'NORMAL',
    nonconformingUnits,
    decision: nonconformingUnits <= 2 ? LotDecision.ACCEPT : LotDecision.REJECT,
    ...over,
  };
}
const accepted = () => lot(0);
const rejected = () => lot(5);
const run = (record: SwitchingRecord, lots: SwitchingLot[]) => applyLots(record, lots).record;
const tightened = () => run(initialRecord(), [rejected(), rejected()]);

function domainError(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('which lots move a part, and in what order', () => {
  it('takes first submissions of incoming inspection only, grouped by chain, supplier and part', () => {
    const lots = [accepted(), lot(0, { stage: InspectionStage.SELF }), lot(0, { submission: 2 }), lot(0, { partNumber: 'BRK-200' })];
    const groups = lotsBySwitchingKey(lots);
    expect([...groups.values()].map((g) => g.map((l) => l.id))).toEqual([[lots[0].id], [lots[3].id]]);
  });

  it('orders each part by inspection time, then lot number, whatever order the lots came in', () => {
    const early = lot(0, { lotNumber: 'B', inspectedAt: new Date(T0) });
    const sameTime = lot(0, { lotNumber: 'A', inspectedAt: new Date(T0) });
    const late = lot(0, { inspectedAt: new Date(T0 + 86_400_000) });
    const [group] = lotsBySwitchingKey([late, early, sameTime]).values();
    expect(group.map((l) => l.lotNumber)).toEqual(['A', 'B', late.lotNumber]);
  });
});

describe('lotResultOf: a lot as the switching rules see it', () => {
  it('uses the plan of the lot and whether it would pass one AQL step tighter', () => {
    expect(lotResultOf(lot(1))).toEqual({ accepted: true, acceptanceNumber: 2, wouldPassTighterStep: true });
    expect(lotResultOf(lot(2))).toEqual({ accepted: true, acceptanceNumber: 2, wouldPassTighterStep: false });
    expect(lotResultOf(lot(3))).toEqual({ accepted: false, acceptanceNumber: 2, wouldPassTighterStep: false });
  });

  it('takes a 100% inspection by the plan as Ac 0', () => {
    expect(lotResultOf(lot(0, { lotSize: 10, aql: '1.0' }))).toEqual({ accepted: true, acceptanceNumber: 0, wouldPassTighterStep: false });
  });

  it('counts lots without a plan by their recorded decision, and never lets one accepted with nonconforming units raise the score', () => {
    const noPlan = { aql: null, inspectionLevel: null, planSeverity: null };
    expect(lotResultOf(lot(0, { ...noPlan, decision: LotDecision.ACCEPT }))).toEqual({ accepted: true, acceptanceNumber: 0, wouldPassTighterStep: false });
    expect(lotResultOf(lot(1, { ...noPlan, decision: LotDecision.ACCEPT }))).toEqual({ accepted: true, acceptanceNumber: 2, wouldPassTighterStep: false });
    expect(lotResultOf(lot(1, { ...noPlan, decision: LotDecision.REJECT })).accepted).toBe(false);
    expect(run(initialRecord(), [accepted(), lot(1, { ...noPlan, decision: LotDecision.ACCEPT })]).switchingScore).toBe(0);
  });
});

describe('applyLots', () => {
  it('tightens at the second rejection within 5 lots and records the lot that did it', () => {
    const lots = [accepted(), rejected(), accepted(), rejected()];
    const { record, switches } = applyLots(initialRecord(), lots);
    expect(switches).toEqual([{ event: 'NORMAL_TO_TIGHTENED', severity: 'TIGHTENED', lot: lots[lots.length - 1] }]);
    expect(record).toMatchObject({ severity: 'TIGHTENED', recentResults: [], lotsApplied: 4, lastLotId: lots[3].id, lastLotInspectedAt: lots[3].inspectedAt, severitySince: lots[3].inspectedAt });
  });

  it('returns to normal after 5 accepted in a row under tightened', () => {
    const { record, switches } = applyLots(tightened(), [accepted(), accepted(), accepted(), accepted(), accepted()]);
    expect(switches.map((s) => [s.event, s.severity])).toEqual([['TIGHTENED_TO_NORMAL', 'NORMAL']]);
    expect(record).toMatchObject({ severity: 'NORMAL', consecutiveAccepted: 0, switchingScore: 0 });
  });

  it('discontinues at the 5th rejection under tightened, then counts later lots without moving the state', () => {
    const fifth = rejected();
    const { record, switches } = applyLots(tightened(), [rejected(), accepted(), rejected(), rejected(), rejected(), fifth]);
    expect(switches).toEqual([{ event: 'DISCONTINUED', severity: 'TIGHTENED', lot: fifth }]);
    expect(record).toMatchObject({ severity: 'TIGHTENED', discontinued: true, discontinuedAt: fifth.inspectedAt, cumulativeRejectedUnderTightened: 5, lastLotId: fifth.id });

    const later = applyLots(record, [accepted(), rejected()]);
    expect(later.switches.map((s) => s.event)).toEqual([]);
    expect(later.record).toEqual({ ...record, lotsWhileDiscontinued: 2 });
  });

  it('scores lots for reduced inspection (unverified rule) but never switches without approval', () => {
    const tenGood = Array.from({ length: 10 }, () => lot(1)); // +3 each: Ac 2 and passing AQL 0.65
    const { record } = applyLots(initialRecord(), tenGood);
    expect(record).toMatchObject({ severity: 'NORMAL', switchingScore: 30 });
    expect(eligibleForReduced(record)).toBe(true);
  });

  it('with an approval, switches to reduced at the next accepted lot and keeps the approval while reduced; a rejection ends both', () => {
    const eligible = run(initialRecord(), Array.from({ length: 10 }, () => lot(1)));
    const approved = { ...eligible, reducedApprovedAt: new Date(T0), reducedApprovedBy: 'user-1' };
    const reduced = applyLots(approved, [lot(1)]);
    expect(reduced.switches.map((s) => s.event)).toEqual(['NORMAL_TO_REDUCED']);
    expect(reduced.record).toMatchObject({ severity: 'REDUCED', reducedApprovedBy: 'user-1' });
    const back = applyLots(reduced.record, [rejected()]);
    expect(back.switches.map((s) => s.event)).toEqual(['REDUCED_TO_NORMAL']);
    expect(back.record).toMatchObject({ severity: 'NORMAL', reducedApprovedAt: null, reducedApprovedBy: null });
  });

  it('lets an approval lapse when a rejected lot takes the score back to 0', () => {
    const eligible = run(initialRecord(), Array.from({ length: 10 }, () => lot(1)));
    const record = run({ ...eligible, reducedApprovedAt: new Date(T0), reducedApprovedBy: 'user-1' }, [rejected()]);
    expect(record).toMatchObject({ severity: 'NORMAL', switchingScore: 0, reducedApprovedAt: null });
  });
});

describe('approveReduced', () => {
  const eligible = () => run(initialRecord(), Array.from({ length: 10 }, () => lot(1)));

  it.each([
    ['a score below 30', () => run(initialRecord(), [lot(1)]), 'SWITCHING_SCORE_BELOW_30', 'The switching score is 3; GB/T 2828.1 normal → reduced needs at least 30'],
    ['tightened inspection', tightened, 'REDUCED_FROM_NORMAL_ONLY', /this part is under tightened inspection/],
    ['a discontinued part', () => run(tightened(), [rejected(), rejected(), rejected(), rejected(), rejected()]), 'DISCONTINUED', /resume it first/],
    ['a pending approval', () => ({ ...eligible(), reducedApprovedAt: new Date(T0), reducedApprovedBy: 'u' }), 'REDUCED_ALREADY_APPROVED', /already approved/],
  ])('refuses %s, naming the rule', (_, record, rule, message) => {
    const error = domainError(() => approveReduced(record(), 'user-1', new Date()));
    expect(error).toMatchObject({ code: 'CONFLICT', details: { rule } });
    expect(error.message).toMatch(message);
  });

  it('records who approved an eligible part and when; the switch waits for the next accepted lot', () => {
    const at = new Date(T0 + 86_400_000 * 20);
    const record = approveReduced(eligible(), 'user-1', at);
    expect(record).toMatchObject({ severity: 'NORMAL', reducedApprovedAt: at, reducedApprovedBy: 'user-1' });
  });

  it('judges lots sent without a severity on the reduced plan once reduced (J: n 32, Ac 1), and a rejection goes back to normal', () => {
    const approved = approveReduced(eligible(), 'user-1', new Date(T0));
    const switching = lot(0);
    const first = lot(1, { planSeverity: null, decision: LotDecision.ACCEPT, judgedOnState: true });
    const second = lot(2, { planSeverity: null, decision: LotDecision.ACCEPT, judgedOnState: true });
    const applied = applyLots(approved, [switching, first, second]);
    expect(applied.judgements.get(first)).toEqual({ planSeverity: 'REDUCED', acceptanceNumber: 1, decision: LotDecision.ACCEPT });
    expect(applied.judgements.get(second)).toEqual({ planSeverity: 'REDUCED', acceptanceNumber: 1, decision: LotDecision.REJECT });
    expect(applied.switches.map((s) => [s.event, s.severity, s.lot])).toEqual([
      ['NORMAL_TO_REDUCED', 'REDUCED', switching],
      ['REDUCED_TO_NORMAL', 'NORMAL', second],
    ]);
  });
});

describe('endedReduced', () => {
  it('returns a reduced part to normal with nothing counted and the approval gone (GB/T 2828.1-2012 9.3.4)', () => {
    const eligible = run(initialRecord(), Array.from({ length: 10 }, () => lot(1)));
    const reduced = run(approveReduced(eligible, 'user-1', new Date(T0)), [lot(1)]);
    const at = new Date(T0 + 86_400_000 * 40);
    expect(endedReduced(reduced, at)).toMatchObject({ severity: 'NORMAL', lastEvent: 'REDUCED_TO_NORMAL', switchingScore: 0, consecutiveAccepted: 0, severitySince: at, reducedApprovedAt: null, reducedApprovedBy: null });
  });

  it('refuses a part that is not under reduced inspection, naming the rule', () => {
    expect(domainError(() => endedReduced(initialRecord(), new Date()))).toMatchObject({ code: 'CONFLICT', details: { rule: 'REDUCED_NOT_IN_FORCE' } });
    expect(domainError(() => endedReduced(tightened(), new Date()))).toMatchObject({ code: 'CONFLICT', details: { rule: 'REDUCED_NOT_IN_FORCE' } });
  });
});

describe('resumed', () => {
  it('restarts a discontinued part at tightened inspection with nothing counted', () => {
    const stopped = run(tightened(), [rejected(), rejected(), rejected(), rejected(), rejected(), accepted()]);
    const at = new Date(T0 + 86_400_000 * 30);
    const record = resumed(stopped, 'user-1', at);
    expect(record).toMatchObject({
      severity: 'TIGHTENED',
      discontinued: false,
      discontinuedAt: null,
      cumulativeRejectedUnderTightened: 0,
      consecutiveAccepted: 0,
      lotsWhileDiscontinued: 0,
      severitySince: at,
      resumedAt: at,
      resumedBy: 'user-1',
      lotsApplied: stopped.lotsApplied,
    });
    expect(run(record, [accepted()]).consecutiveAccepted).toBe(1);
  });

  it('refuses a part whose inspection runs', () => {
    expect(domainError(() => resumed(tightened(), 'user-1', new Date()))).toMatchObject({ code: 'CONFLICT', details: { rule: 'NOT_DISCONTINUED' } });
  });
});

describe('planForNextLot', () => {
  it('gives the plan at the part’s severity', () => {
    expect(planForNextLot(initialRecord(), { lotSize: 1000, level: 'II', aql: '1.0' })).toMatchObject({ severity: 'NORMAL', sampleSize: 80, acceptanceNumber: 2, rejectionNumber: 3 });
    expect(planForNextLot(tightened(), { lotSize: 1000, level: 'II', aql: '1.0' })).toMatchObject({ severity: 'TIGHTENED', sampleSize: 80, acceptanceNumber: 1, rejectionNumber: 2 });
  });

  it('gives none while inspection is discontinued, and names a wrong field', () => {
    expect(domainError(() => planForNextLot({ severity: 'TIGHTENED', discontinued: true }, { lotSize: 1000, level: 'II', aql: '1.0' }))).toMatchObject({ code: 'CONFLICT', details: { rule: 'DISCONTINUED' } });
    expect(domainError(() => planForNextLot(initialRecord(), { lotSize: 1000, level: 'II', aql: '0.33' }))).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'aql' } });
  });
});

describe('recordOf', () => {
  it('keeps the state’s fields and drops the rest', () => {
    const record = initialRecord();
    expect(recordOf({ ...record, id: 'x', chainId: CHAIN } as SwitchingRecord)).toEqual(record);
  });
});

describe('lots judged on their part’s state', () => {
  const judged = (nonconformingUnits: number) => lot(nonconformingUnits, { judgedOnState: true });

  it('decides each on the severity in force when the rules reach it, and counts that decision', () => {
    const [r1, r2, third, fourth, stated] = [lot(3), lot(3), judged(2), judged(1), lot(2, { planSeverity: 'NORMAL' })];
    const { record, judgements } = applyLots(initialRecord(), [r1, r2, third, fourth, stated]);
    expect(judgements.get(third)).toEqual({ planSeverity: 'TIGHTENED', acceptanceNumber: 1, decision: LotDecision.REJECT });
    expect(judgements.get(fourth)).toEqual({ planSeverity: 'TIGHTENED', acceptanceNumber: 1, decision: LotDecision.ACCEPT });
    expect(judgements.has(stated)).toBe(false);
    expect(record).toMatchObject({ severity: 'TIGHTENED', cumulativeRejectedUnderTightened: 1, lotsApplied: 5 });
  });

  it('leaves lots under normal inspection on the normal plan', () => {
    const first = judged(2);
    expect(applyLots(initialRecord(), [first]).judgements.get(first)).toEqual({ planSeverity: 'NORMAL', acceptanceNumber: 2, decision: LotDecision.ACCEPT });
  });
});
