import { DomainError } from '@chainq/core';
import { StepCode, StepStatus } from './action-step.entity';
import { nextStepStatus, STEP_TRANSITIONS, StepAction, StepActor } from './step-transitions';

describe('8D step state machine', () => {
  const cells = Object.values(StepAction).flatMap((action) =>
    Object.values(StepActor).flatMap((actor) => Object.values(StepStatus).map((status) => [action, actor, status] as const)),
  );

  it.each(cells)('%s by %s from %s: allowed exactly when the table says so', (action, actor, status) => {
    const rule = STEP_TRANSITIONS[action];
    const allowed = rule.by === actor && rule.from.includes(status);
    if (allowed) expect(nextStepStatus(action, actor, StepCode.D2, status, StepStatus.APPROVED)).toBe(rule.to);
    else expect(() => nextStepStatus(action, actor, StepCode.D2, status, StepStatus.APPROVED)).toThrow(DomainError);
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
