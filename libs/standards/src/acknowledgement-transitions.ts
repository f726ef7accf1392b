import { conflict } from '@chainq/core';
import { AcknowledgementStatus } from './distribution.entity';
import { StandardsReason } from './standards-reasons';

export enum AcknowledgementAction {
  ACKNOWLEDGE = 'ACKNOWLEDGE',
  ADOPT = 'ADOPT',
  REQUEST_DEVIATION = 'REQUEST_DEVIATION',
  ACCEPT_DEVIATION = 'ACCEPT_DEVIATION',
  REJECT_DEVIATION = 'REJECT_DEVIATION',
  SUPERSEDE = 'SUPERSEDE',
}

const { PENDING, ACKNOWLEDGED, ADOPTED, DEVIATION_REQUESTED, DEVIATION_ACCEPTED, DEVIATION_REJECTED, SUPERSEDED } = AcknowledgementStatus;

/** Still waiting for the recipient (or the owner): reminders, escalations and supersession apply. */
export const OPEN_STATUSES = [PENDING, ACKNOWLEDGED, DEVIATION_REQUESTED, DEVIATION_REJECTED];

export const ACKNOWLEDGEMENT_TRANSITIONS: Record<AcknowledgementAction, { from: AcknowledgementStatus[]; to: AcknowledgementStatus }> = {
  [AcknowledgementAction.ACKNOWLEDGE]: { from: [PENDING], to: ACKNOWLEDGED },
  [AcknowledgementAction.ADOPT]: { from: [PENDING, ACKNOWLEDGED, DEVIATION_REJECTED], to: ADOPTED },
  [AcknowledgementAction.REQUEST_DEVIATION]: { from: [PENDING, ACKNOWLEDGED], to: DEVIATION_REQUESTED },
  [AcknowledgementAction.ACCEPT_DEVIATION]: { from: [DEVIATION_REQUESTED], to: DEVIATION_ACCEPTED },
  [AcknowledgementAction.REJECT_DEVIATION]: { from: [DEVIATION_REQUESTED], to: DEVIATION_REJECTED },
  [AcknowledgementAction.SUPERSEDE]: { from: OPEN_STATUSES, to: SUPERSEDED },
};

export function nextAcknowledgementStatus(current: AcknowledgementStatus, action: AcknowledgementAction): AcknowledgementStatus {
  const rule = ACKNOWLEDGEMENT_TRANSITIONS[action];
  if (!rule.from.includes(current)) {
    const verb = action.toLowerCase().replace(/_/g, ' ');
    throw conflict(`Cannot ${verb}: the acknowledgement is ${current}; it must be ${rule.from.join(' or ')}`, { reason: refusalReason(current, action), currentStatus: current });
  }
  return rule.to;
}


/** A superseded revision is answered no more; a deviation decision needs a pending request; anything else was answered already. */
function refusalReason(current: AcknowledgementStatus, action: AcknowledgementAction): StandardsReason {
  if (current === SUPERSEDED) return StandardsReason.RevisionSuperseded;
  if (action === AcknowledgementAction.ACCEPT_DEVIATION || action === AcknowledgementAction.REJECT_DEVIATION) return StandardsReason.DeviationNotPending;
  return StandardsReason.AlreadyAnswered;
}
