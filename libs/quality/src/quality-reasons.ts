import { defineReasons, ErrorCode } from '@chainq/core';

/** Why a quality-issue or 8D corrective-action request was refused (`extensions.reason`). */
export enum QualityReason {
  StepOutOfOrder = 'STEP_OUT_OF_ORDER',
  StepNotYourAction = 'STEP_NOT_YOUR_ACTION',
  StepAlreadySubmitted = 'STEP_ALREADY_SUBMITTED',
  StepNotSubmitted = 'STEP_NOT_SUBMITTED',
  StepAlreadyApproved = 'STEP_ALREADY_APPROVED',
  StepContentMissing = 'STEP_CONTENT_MISSING',
  StepContentInvalid = 'STEP_CONTENT_INVALID',
  RootCauseNotAccepted = 'ROOT_CAUSE_NOT_ACCEPTED',
  ActionAlreadyRequested = 'ACTION_ALREADY_REQUESTED',
  ReviewCommentRequired = 'REVIEW_COMMENT_REQUIRED',
  ActionNotOpen = 'ACTION_NOT_OPEN',
  ActionStepsNotApproved = 'ACTION_STEPS_NOT_APPROVED',
  ActionNotClosed = 'ACTION_NOT_CLOSED',
  ActionNotEffective = 'ACTION_NOT_EFFECTIVE',
  SharingSupplierAdminOnly = 'SHARING_SUPPLIER_ADMIN_ONLY',
  RequesterOnly = 'REQUESTER_ONLY',
  ClockOutOfRange = 'CLOCK_OUT_OF_RANGE',
  ClocksOutOfOrder = 'CLOCKS_OUT_OF_ORDER',
  UnknownDefectCode = 'UNKNOWN_DEFECT_CODE',
  DefectCodeFormat = 'DEFECT_CODE_FORMAT',
  CommonProblemsRestricted = 'COMMON_PROBLEMS_RESTRICTED',
}

const { BadUserInput, Forbidden, Conflict } = ErrorCode;

export const QUALITY_REASONS = defineReasons<QualityReason>('quality', {
  [QualityReason.StepOutOfOrder]: { code: Conflict, meaning: 'Submit the 8D steps in order: the step before (`step` names this one) has not been submitted yet.' },
  [QualityReason.StepNotYourAction]: { code: Conflict, meaning: 'This is the other side\'s to do: the supplier fills in and submits steps, the chain leader reviews them.' },
  [QualityReason.StepAlreadySubmitted]: { code: Conflict, meaning: 'The step is already submitted and waits for the chain leader\'s review; it cannot be changed now.' },
  [QualityReason.StepNotSubmitted]: { code: Conflict, meaning: 'Only a submitted step can be approved or returned.' },
  [QualityReason.StepAlreadyApproved]: { code: Conflict, meaning: 'The step is approved and can no longer be changed.' },
  [QualityReason.StepContentMissing]: { code: BadUserInput, meaning: 'A part of the step that must be filled in before submitting is empty or missing; `field` names it.' },
  [QualityReason.StepContentInvalid]: { code: BadUserInput, meaning: 'A part of the step is not in the expected form (a date, a whole number); `field` names it.' },
  [QualityReason.RootCauseNotAccepted]: { code: BadUserInput, meaning: '"Operator error" is not a root cause: say why the process allowed the mistake.' },
  [QualityReason.ActionAlreadyRequested]: { code: Conflict, meaning: 'This supplier already has a corrective action for this quality issue.' },
  [QualityReason.ReviewCommentRequired]: { code: BadUserInput, meaning: 'Returning a step needs a comment saying what must change.' },
  [QualityReason.ActionNotOpen]: { code: Conflict, meaning: 'The corrective action is no longer open (closed or cancelled), so it cannot be changed.' },
  [QualityReason.ActionStepsNotApproved]: { code: Conflict, meaning: 'The corrective action can be closed only once every step is approved; `openSteps` lists the rest.' },
  [QualityReason.ActionNotClosed]: { code: Conflict, meaning: 'Only a closed corrective action can be reopened.' },
  [QualityReason.ActionNotEffective]: { code: Conflict, meaning: 'Only a corrective action whose effectiveness was confirmed can be shared.' },
  [QualityReason.SharingSupplierAdminOnly]: { code: Forbidden, meaning: "Only the supplier's admin decides whether its solution is shared." },
  [QualityReason.RequesterOnly]: { code: Forbidden, meaning: 'Only the chain leader that requested the corrective action reviews, closes, reopens or cancels it.' },
  [QualityReason.ClockOutOfRange]: { code: BadUserInput, meaning: 'A deadline must be a whole number from 1 to 3650.' },
  [QualityReason.ClocksOutOfOrder]: { code: BadUserInput, meaning: 'Deadlines must run containment, then root cause, then closure.' },
  [QualityReason.UnknownDefectCode]: { code: BadUserInput, meaning: "The defect code is neither in the shared list nor in this chain's own list." },
  [QualityReason.DefectCodeFormat]: { code: BadUserInput, meaning: 'A defect code is 2 to 20 capital letters, digits or hyphens, e.g. BAT-SEAL.' },
  [QualityReason.CommonProblemsRestricted]: { code: Forbidden, meaning: "Common problems are shown only to the chain leader and to the coordinators of the chain's cluster or region." },
});
