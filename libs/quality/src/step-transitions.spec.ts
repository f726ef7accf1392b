import { DomainError } from '@chainq/core';
import { StepCode, StepStatus } from './action-step.entity';
import { nextStepStatus, StepAction, StepActor } from './step-transitions';

/** What `fn` throws (or undefined): its code and details. */
function refusal(fn: () => unknown): DomainError | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

const { NOT_STARTED, DRAFT, SUBMITTED, APPROVED, REJECTED } = StepStatus;
const { SAVE, SUBMIT, APPROVE, REJECT } = StepAction;
const { SUPPLIER, REQUESTER } = StepActor;
/** 'ACTOR': the wrong side acts; 'STATUS': the step is not in a state the action starts from. */
type Expected = StepStatus | 'ACTOR' | 'STATUS';

/**
 * Written out by hand from the 8D method, not read from STEP_TRANSITIONS:
 * the supplier drafts and submits a step (again after a rejection), the
 * requester reviews a submitted one; a submitted step waits for its review
 * and an approved one is final.
 */
// prettier-ignore
const EXPECTED: Record<StepActor, Record<StepStatus, Record<StepAction, Expected>>> = {
  [SUPPLIER]: {
    [NOT_STARTED]: { [SAVE]: DRAFT,    [SUBMIT]: SUBMITTED, [APPROVE]: 'ACTOR', [REJECT]: 'ACTOR' },
    [DRAFT]:       { [SAVE]: DRAFT,    [SUBMIT]: SUBMITTED, [APPROVE]: 'ACTOR', [REJECT]: 'ACTOR' },
    [SUBMITTED]:   { [SAVE]: 'STATUS', [SUBMIT]: 'STATUS',  [APPROVE]: 'ACTOR', [REJECT]: 'ACTOR' },
    [APPROVED]:    { [SAVE]: 'STATUS', [SUBMIT]: 'STATUS',  [APPROVE]: 'ACTOR', [REJECT]: 'ACTOR' },
    [REJECTED]:    { [SAVE]: DRAFT,    [SUBMIT]: SUBMITTED, [APPROVE]: 'ACTOR', [REJECT]: 'ACTOR' },
  },
  [REQUESTER]: {
    [NOT_STARTED]: { [SAVE]: 'ACTOR', [SUBMIT]: 'ACTOR', [APPROVE]: 'STATUS', [REJECT]: 'STATUS' },
    [DRAFT]:       { [SAVE]: 'ACTOR', [SUBMIT]: 'ACTOR', [APPROVE]: 'STATUS', [REJECT]: 'STATUS' },
    [SUBMITTED]:   { [SAVE]: 'ACTOR', [SUBMIT]: 'ACTOR', [APPROVE]: APPROVED, [REJECT]: REJECTED },
    [APPROVED]:    { [SAVE]: 'ACTOR', [SUBMIT]: 'ACTOR', [APPROVE]: 'STATUS', [REJECT]: 'STATUS' },
    [REJECTED]:    { [SAVE]: 'ACTOR', [SUBMIT]: 'ACTOR', [APPROVE]: 'STATUS', [REJECT]: 'STATUS' },
  },
};

describe('8D step state machine', () => {
  // Every actor x status x action the enums know, so a new status or action fails here until it is written above.
  const cells = Object.values(StepActor).flatMap((actor) =>
    Object.values(StepStatus).flatMap((status) => Object.values(StepAction).map((action) => [actor, status, action, EXPECTED[actor]?.[status]?.[action]] as const)),
  );

  it.each(cells)('%s, step %s, %s: %s', (actor, status, action, expected) => {
    expect(expected).toBeDefined();
    const attempt = () => nextStepStatus(action, actor, StepCode.D2, status, APPROVED);
    if (expected === 'ACTOR' || expected === 'STATUS') {
      const error = refusal(attempt);
      expect(error?.code).toBe('CONFLICT');
      expect(error?.details).toMatchObject({ rule: expected, step: StepCode.D2 });
    } else {
      expect(attempt()).toBe(expected);
    }
  });

  it('refuses submitting a submitted step and approving an approved one, saying what the step is', () => {
    expect(() => nextStepStatus(SUBMIT, SUPPLIER, StepCode.D3, SUBMITTED, APPROVED)).toThrow('Cannot submit D3: it is SUBMITTED');
    expect(() => nextStepStatus(APPROVE, REQUESTER, StepCode.D3, APPROVED, APPROVED)).toThrow('Cannot approve D3: it is APPROVED; an approved step cannot be changed');
    expect(() => nextStepStatus(REJECT, REQUESTER, StepCode.D3, REJECTED, APPROVED)).toThrow('Cannot reject D3: it is REJECTED');
  });

  it.each([StepStatus.NOT_STARTED, StepStatus.DRAFT, StepStatus.REJECTED])('refuses submitting D4 while D3 is %s, naming the order rule', (previous) => {
    expect(() => nextStepStatus(StepAction.SUBMIT, StepActor.SUPPLIER, StepCode.D4, StepStatus.DRAFT, previous)).toThrow(`Submit the 8D steps in order: D3 is ${previous}; submit it before D4`);
  });

  it('accepts D4 once D3 is submitted, even before it is reviewed', () => {
    expect(nextStepStatus(StepAction.SUBMIT, StepActor.SUPPLIER, StepCode.D4, StepStatus.DRAFT, StepStatus.SUBMITTED)).toBe(StepStatus.SUBMITTED);
  });

  it('says an approved step cannot be edited, and who reviews', () => {
    expect(() => nextStepStatus(StepAction.SAVE, StepActor.SUPPLIER, StepCode.D4, StepStatus.APPROVED)).toThrow('Cannot save D4: it is APPROVED; an approved step cannot be changed');
    expect(() => nextStepStatus(StepAction.APPROVE, StepActor.SUPPLIER, StepCode.D4, StepStatus.SUBMITTED)).toThrow("approve is the requester's to do");
  });
});
