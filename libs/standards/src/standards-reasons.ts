import { defineReasons, ErrorCode } from '@chainq/core';

/** Why a standard, revision, distribution or acknowledgement request was refused (`extensions.reason`). */
export enum StandardsReason {
  CannotOwnStandards = 'CANNOT_OWN_STANDARDS',
  StandardOwnerStaffOnly = 'STANDARD_OWNER_STAFF_ONLY',
  StandardAlreadyExists = 'STANDARD_ALREADY_EXISTS',
  RevisionVersionInvalid = 'REVISION_VERSION_INVALID',
  RevisionAlreadyExists = 'REVISION_ALREADY_EXISTS',
  DueDateInPast = 'DUE_DATE_IN_PAST',
  AudienceEmpty = 'AUDIENCE_EMPTY',
  AudienceNotOwners = 'AUDIENCE_NOT_OWNERS',
  AudienceKindMismatch = 'AUDIENCE_KIND_MISMATCH',
  AlreadyAnswered = 'ALREADY_ANSWERED',
  DeviationNotPending = 'DEVIATION_NOT_PENDING',
  RevisionSuperseded = 'REVISION_SUPERSEDED',
}

const { BadUserInput, Forbidden, Conflict } = ErrorCode;

export const STANDARDS_REASONS = defineReasons<StandardsReason>('standards', {
  [StandardsReason.CannotOwnStandards]: { code: Forbidden, meaning: "Standards are published by an enterprise's admins and quality engineers or by a regulator office's coordinators." },
  [StandardsReason.StandardOwnerStaffOnly]: { code: Forbidden, meaning: "Only the standard owner's admins and quality engineers may do this." },
  [StandardsReason.StandardAlreadyExists]: { code: Conflict, meaning: 'Your organisation already has a standard with this number; publish a new revision of it instead.' },
  [StandardsReason.RevisionVersionInvalid]: { code: BadUserInput, meaning: 'A revision version is 1 to 40 characters, e.g. B or 2026.1.' },
  [StandardsReason.RevisionAlreadyExists]: { code: Conflict, meaning: 'This revision of the standard already exists.' },
  [StandardsReason.DueDateInPast]: { code: BadUserInput, meaning: 'The due date must be today or later.' },
  [StandardsReason.AudienceEmpty]: { code: BadUserInput, meaning: 'The chosen audience reaches no recipient (no active member matches).' },
  [StandardsReason.AudienceNotOwners]: { code: BadUserInput, meaning: "The chain is not led (or the cluster not coordinated) by the standard's owner." },
  [StandardsReason.AudienceKindMismatch]: { code: BadUserInput, meaning: 'A chain takes all active members, tiers or chosen memberships; a cluster takes the whole cluster.' },
  [StandardsReason.AlreadyAnswered]: { code: Conflict, meaning: 'This revision has already been answered (acknowledged, adopted or a deviation requested); `currentStatus` gives the answer.' },
  [StandardsReason.DeviationNotPending]: { code: Conflict, meaning: 'There is no deviation request waiting for a decision.' },
  [StandardsReason.RevisionSuperseded]: { code: Conflict, meaning: 'A newer revision has replaced this one; answer the newer revision.' },
});
