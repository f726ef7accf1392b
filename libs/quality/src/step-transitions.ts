import { conflict } from '@chainq/core';
import { StepCode, StepStatus } from './action-step.entity';
import { QualityReason } from './quality-reasons';

export enum StepAction {
  SAVE = 'SAVE',
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

export enum StepActor {
  SUPPLIER = 'SUPPLIER',
  REQUESTER = 'REQUESTER',
}

const { NOT_STARTED, DRAFT, SUBMITTED, APPROVED, REJECTED } = StepStatus;

/** The 8D step life cycle and who may move it: one table, tested cell by cell. */
export const STEP_TRANSITIONS: Record<StepAction, { from: StepStatus[]; to: StepStatus; by: StepActor }> = {
  [StepAction.SAVE]: { from: [NOT_STARTED, DRAFT, REJECTED], to: DRAFT, by: StepActor.SUPPLIER },
  [StepAction.SUBMIT]: { from: [NOT_STARTED, DRAFT, REJECTED], to: SUBMITTED, by: StepActor.SUPPLIER },
  [StepAction.APPROVE]: { from: [SUBMITTED], to: APPROVED, by: StepActor.REQUESTER },
  [StepAction.REJECT]: { from: [SUBMITTED], to: REJECTED, by: StepActor.REQUESTER },
};

export const STEP_ORDER = Object.values(StepCode);

/**
 * The next status of a step, or an error naming the rule broken: who may
 * act, the step's current status, and (for SUBMIT) the 8D order, in which a
 * step goes in only after the one before it has been submitted or approved.
 */
export function nextStepStatus(action: StepAction, actor: StepActor, step: StepCode, current: StepStatus, previous?: StepStatus): StepStatus {
  const rule = STEP_TRANSITIONS[action];
  if (rule.by !== actor) {
    throw conflict(`${action.toLowerCase()} is the ${rule.by === StepActor.SUPPLIER ? "supplier's" : "requester's"} to do`, { reason: QualityReason.StepNotYourAction, rule: 'ACTOR', step });
  }
  if (!rule.from.includes(current)) {
    const why = current === APPROVED ? 'an approved step cannot be changed' : `it must be ${rule.from.join(' or ')}`;
    throw conflict(`Cannot ${action.toLowerCase()} ${step}: it is ${current}; ${why}`, { reason: statusReason(current), rule: 'STATUS', step, currentStatus: current });
  }
  if (action === StepAction.SUBMIT && previous !== undefined && ![SUBMITTED, APPROVED].includes(previous)) {
    const before = STEP_ORDER[STEP_ORDER.indexOf(step) - 1];
    throw conflict(`Submit the 8D steps in order: ${before} is ${previous}; submit it before ${step}`, { reason: QualityReason.StepOutOfOrder, rule: 'ORDER', step });
  }
  return rule.to;
}

/** Refused for its status: approved is final, submitted waits for review, anything else has not been submitted. */
const statusReason = (current: StepStatus): QualityReason =>
  current === APPROVED ? QualityReason.StepAlreadyApproved : current === SUBMITTED ? QualityReason.StepAlreadySubmitted : QualityReason.StepNotSubmitted;
