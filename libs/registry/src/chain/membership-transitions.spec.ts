import { DomainError } from '@chainq/core';
import { MembershipStatus } from './chain-membership.entity';
import { MEMBERSHIP_TRANSITIONS, MembershipAction, nextStatus } from './membership-transitions';

describe('membership life cycle', () => {
  const cells = Object.values(MembershipAction).flatMap((action) => Object.values(MembershipStatus).map((status) => [action, status] as const));

  it.each(cells)('%s from %s is allowed exactly when the table says so', (action, status) => {
    const rule = MEMBERSHIP_TRANSITIONS[action];
    if (rule.from.includes(status)) {
      expect(nextStatus(status, action)).toBe(rule.to);
    } else {
      expect(() => nextStatus(status, action)).toThrow(DomainError);
      expect(() => nextStatus(status, action)).toThrow(`a membership that is ${status}`);
    }
  });

  it('follows the onboarding path the programme describes', () => {
    let s = MembershipStatus.INVITED;
    for (const a of [MembershipAction.ACCEPT, MembershipAction.APPROVE, MembershipAction.SUSPEND, MembershipAction.REINSTATE, MembershipAction.EXIT, MembershipAction.REINVITE]) {
      s = nextStatus(s, a);
    }
    expect(s).toBe(MembershipStatus.INVITED);
  });

  it('never leaves EXITED except by a new invitation', () => {
    const ways = Object.values(MembershipAction).filter((a) => MEMBERSHIP_TRANSITIONS[a].from.includes(MembershipStatus.EXITED));
    expect(ways).toEqual([MembershipAction.REINVITE]);
  });
});
