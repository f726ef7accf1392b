import { DomainError } from '@chainq/core';
import { MembershipStatus } from './chain-membership.entity';
import { MembershipAction, nextStatus } from './membership-transitions';

const { INVITED, ONBOARDING, ACTIVE, SUSPENDED, EXITED } = MembershipStatus;
const { ACCEPT, APPROVE, SUSPEND, REINSTATE, EXIT, REINVITE } = MembershipAction;
const NO = 'REFUSED' as const;

/**
 * Written out by hand from the onboarding programme, not read from
 * MEMBERSHIP_TRANSITIONS: a supplier accepts an invitation, is approved,
 * may be suspended and reinstated, may leave (or be removed) at any stage,
 * and comes back only by a new invitation.
 */
// prettier-ignore
const EXPECTED: Record<MembershipStatus, Record<MembershipAction, MembershipStatus | typeof NO>> = {
  [INVITED]:    { [ACCEPT]: ONBOARDING, [APPROVE]: NO,     [SUSPEND]: NO,        [REINSTATE]: NO,     [EXIT]: EXITED, [REINVITE]: NO },
  [ONBOARDING]: { [ACCEPT]: NO,         [APPROVE]: ACTIVE, [SUSPEND]: NO,        [REINSTATE]: NO,     [EXIT]: EXITED, [REINVITE]: NO },
  [ACTIVE]:     { [ACCEPT]: NO,         [APPROVE]: NO,     [SUSPEND]: SUSPENDED, [REINSTATE]: NO,     [EXIT]: EXITED, [REINVITE]: NO },
  [SUSPENDED]:  { [ACCEPT]: NO,         [APPROVE]: NO,     [SUSPEND]: NO,        [REINSTATE]: ACTIVE, [EXIT]: EXITED, [REINVITE]: NO },
  [EXITED]:     { [ACCEPT]: NO,         [APPROVE]: NO,     [SUSPEND]: NO,        [REINSTATE]: NO,     [EXIT]: NO,     [REINVITE]: INVITED },
};

describe('membership life cycle', () => {
  // Every status x action the enums know, so a new one fails here until it is written above.
  const cells = Object.values(MembershipStatus).flatMap((status) => Object.values(MembershipAction).map((action) => [status, action, EXPECTED[status]?.[action]] as const));

  it.each(cells)('from %s, %s: %s', (status, action, expected) => {
    expect(expected).toBeDefined();
    if (expected === NO) {
      expect(() => nextStatus(status, action)).toThrow(DomainError);
      expect(() => nextStatus(status, action)).toThrow(`Cannot ${action.toLowerCase()} a membership that is ${status}`);
    } else {
      expect(nextStatus(status, action)).toBe(expected);
    }
  });

  it('follows the onboarding path the programme describes', () => {
    let s = MembershipStatus.INVITED;
    for (const a of [MembershipAction.ACCEPT, MembershipAction.APPROVE, MembershipAction.SUSPEND, MembershipAction.REINSTATE, MembershipAction.EXIT, MembershipAction.REINVITE]) {
      s = nextStatus(s, a);
    }
    expect(s).toBe(MembershipStatus.INVITED);
  });

  it('refuses approving an approved supplier and accepting an invitation twice, naming the status', () => {
    expect(() => nextStatus(ACTIVE, APPROVE)).toThrow('Cannot approve a membership that is ACTIVE; it must be ONBOARDING');
    expect(() => nextStatus(ONBOARDING, ACCEPT)).toThrow('Cannot accept a membership that is ONBOARDING; it must be INVITED');
  });
});
