import { conflict } from '@chainq/core';
import { MembershipStatus } from './chain-membership.entity';
import { RegistryReason } from '../registry-reasons';

export enum MembershipAction {
  ACCEPT = 'ACCEPT',
  APPROVE = 'APPROVE',
  SUSPEND = 'SUSPEND',
  REINSTATE = 'REINSTATE',
  EXIT = 'EXIT',
  REINVITE = 'REINVITE',
}

const { INVITED, ONBOARDING, ACTIVE, SUSPENDED, EXITED } = MembershipStatus;

/** The membership life cycle: INVITED -> ONBOARDING -> ACTIVE <-> SUSPENDED, any -> EXITED, EXITED -> INVITED. */
export const MEMBERSHIP_TRANSITIONS: Record<MembershipAction, { from: MembershipStatus[]; to: MembershipStatus }> = {
  [MembershipAction.ACCEPT]: { from: [INVITED], to: ONBOARDING },
  [MembershipAction.APPROVE]: { from: [ONBOARDING], to: ACTIVE },
  [MembershipAction.SUSPEND]: { from: [ACTIVE], to: SUSPENDED },
  [MembershipAction.REINSTATE]: { from: [SUSPENDED], to: ACTIVE },
  [MembershipAction.EXIT]: { from: [INVITED, ONBOARDING, ACTIVE, SUSPENDED], to: EXITED },
  [MembershipAction.REINVITE]: { from: [EXITED], to: INVITED },
};

/** The status an action leads to, or a CONFLICT naming the current status and what the action needs. */
export function nextStatus(current: MembershipStatus, action: MembershipAction): MembershipStatus {
  const rule = MEMBERSHIP_TRANSITIONS[action];
  if (!rule.from.includes(current)) {
    throw conflict(`Cannot ${action.toLowerCase()} a membership that is ${current}; it must be ${rule.from.join(' or ')}`, {
      reason: RegistryReason.MembershipWrongStatus,
      currentStatus: current,
    });
  }
  return rule.to;
}
