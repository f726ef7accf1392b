import { DomainError } from '@chainq/core';
import { ACKNOWLEDGEMENT_TRANSITIONS, AcknowledgementAction, nextAcknowledgementStatus, OPEN_STATUSES } from './acknowledgement-transitions';
import { AcknowledgementStatus } from './distribution.entity';

describe('acknowledgement life cycle', () => {
  const cells = Object.values(AcknowledgementAction).flatMap((a) => Object.values(AcknowledgementStatus).map((s) => [a, s] as const));

  it.each(cells)('%s from %s follows the table', (action, status) => {
    const rule = ACKNOWLEDGEMENT_TRANSITIONS[action];
    if (rule.from.includes(status)) expect(nextAcknowledgementStatus(status, action)).toBe(rule.to);
    else expect(() => nextAcknowledgementStatus(status, action)).toThrow(DomainError);
  });

  it('refuses deciding a deviation twice, naming the decided status', () => {
    const accepted = nextAcknowledgementStatus(AcknowledgementStatus.DEVIATION_REQUESTED, AcknowledgementAction.ACCEPT_DEVIATION);
    expect(() => nextAcknowledgementStatus(accepted, AcknowledgementAction.REJECT_DEVIATION)).toThrow('the acknowledgement is DEVIATION_ACCEPTED');
  });

  it('lets a newer revision supersede exactly the open ones', () => {
    const closed = Object.values(AcknowledgementStatus).filter((s) => !OPEN_STATUSES.includes(s));
    expect(closed.sort()).toEqual(['ADOPTED', 'DEVIATION_ACCEPTED', 'SUPERSEDED']);
    for (const s of closed) expect(() => nextAcknowledgementStatus(s, AcknowledgementAction.SUPERSEDE)).toThrow(DomainError);
  });
});
