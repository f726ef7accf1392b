/**
 * Every kind of in-app notification, the values its text needs (params) and
 * what it links to. One list for the API, the e-mail copies and the web
 * app's translations (libs/notifications renders and checks them). It lives
 * in core because identity (WELCOME) sends one and notifications depends on
 * identity.
 *
 * Stored in notifications.kind: renaming a value orphans stored rows; add a
 * value and migrate the rows instead.
 */
export enum NotificationKind {
  WELCOME = 'WELCOME',
  CORRECTIVE_ACTION_REQUESTED = 'CORRECTIVE_ACTION_REQUESTED',
  STEP_SUBMITTED = 'STEP_SUBMITTED',
  STEP_APPROVED = 'STEP_APPROVED',
  STEP_REJECTED = 'STEP_REJECTED',
  ACTION_REOPENED = 'ACTION_REOPENED',
  CORRECTIVE_ACTION_OVERDUE = 'CORRECTIVE_ACTION_OVERDUE',
  SAMPLING_DISCONTINUED = 'SAMPLING_DISCONTINUED',
  SAMPLING_TIGHTENED = 'SAMPLING_TIGHTENED',
  SAMPLING_RELAXED = 'SAMPLING_RELAXED',
  SAMPLING_REDUCED = 'SAMPLING_REDUCED',
  SAMPLING_REDUCED_ENDED = 'SAMPLING_REDUCED_ENDED',
  STANDARD_TO_ACKNOWLEDGE = 'STANDARD_TO_ACKNOWLEDGE',
  STANDARD_DUE_SOON = 'STANDARD_DUE_SOON',
  STANDARD_OVERDUE = 'STANDARD_OVERDUE',
  STANDARD_OVERDUE_RECIPIENT = 'STANDARD_OVERDUE_RECIPIENT',
  STANDARD_DEVIATION_REQUESTED = 'STANDARD_DEVIATION_REQUESTED',
  STANDARD_DEVIATION_ACCEPTED = 'STANDARD_DEVIATION_ACCEPTED',
  STANDARD_DEVIATION_REJECTED = 'STANDARD_DEVIATION_REJECTED',
  CERTIFICATE_EXPIRING = 'CERTIFICATE_EXPIRING',
  ENTERPRISE_CLAIM_PENDING = 'ENTERPRISE_CLAIM_PENDING',
  ENTERPRISE_CLAIM_CONFIRMED = 'ENTERPRISE_CLAIM_CONFIRMED',
  QUALIFICATION_SUBMITTED = 'QUALIFICATION_SUBMITTED',
  QUALIFICATION_APPROVED = 'QUALIFICATION_APPROVED',
  QUALIFICATION_RETURNED = 'QUALIFICATION_RETURNED',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  MEMBERSHIP_SUSPENDED = 'MEMBERSHIP_SUSPENDED',
  MEMBERSHIP_ACTIVE = 'MEMBERSHIP_ACTIVE',
  INSPECTION_IMPORT_FINISHED = 'INSPECTION_IMPORT_FINISHED',
  INSPECTION_IMPORT_FAILED = 'INSPECTION_IMPORT_FAILED',
}

/** What a notification is about, so a client can open it. Stored in notifications.link_type. */
export enum NotificationSubject {
  CORRECTIVE_ACTION = 'CORRECTIVE_ACTION',
  STANDARD_ACKNOWLEDGEMENT = 'STANDARD_ACKNOWLEDGEMENT',
  CHAIN_MEMBERSHIP = 'CHAIN_MEMBERSHIP',
  INDUSTRY_CHAIN = 'INDUSTRY_CHAIN',
  ENTERPRISE = 'ENTERPRISE',
  CERTIFICATION = 'CERTIFICATION',
  ENTERPRISE_CLAIM = 'ENTERPRISE_CLAIM',
  INSPECTION_IMPORT = 'INSPECTION_IMPORT',
}

/** The params each kind carries; a translation may interpolate these keys and no others. */
export const NOTIFICATION_PARAM_KEYS = {
  [NotificationKind.WELCOME]: ['displayName', 'organisation', 'roles'],
  [NotificationKind.CORRECTIVE_ACTION_REQUESTED]: ['chain', 'issueTitle', 'defectCode', 'severity', 'containmentHours'],
  [NotificationKind.STEP_SUBMITTED]: ['step', 'issueTitle', 'supplier'],
  [NotificationKind.STEP_APPROVED]: ['step', 'issueTitle', 'comment'],
  [NotificationKind.STEP_REJECTED]: ['step', 'issueTitle', 'comment'],
  [NotificationKind.ACTION_REOPENED]: ['issueTitle', 'reason'],
  [NotificationKind.CORRECTIVE_ACTION_OVERDUE]: ['issueTitle', 'level', 'steps'],
  [NotificationKind.SAMPLING_DISCONTINUED]: ['partNumber', 'supplier', 'leader', 'rejectedLots'],
  [NotificationKind.SAMPLING_TIGHTENED]: ['partNumber', 'supplier', 'lotNumber'],
  [NotificationKind.SAMPLING_RELAXED]: ['partNumber', 'supplier', 'lotNumber'],
  [NotificationKind.SAMPLING_REDUCED]: ['partNumber', 'supplier', 'lotNumber'],
  [NotificationKind.SAMPLING_REDUCED_ENDED]: ['partNumber', 'supplier', 'lotNumber'],
  [NotificationKind.STANDARD_TO_ACKNOWLEDGE]: ['standardNumber', 'standardTitle', 'revision', 'dueOn', 'changeSummary'],
  [NotificationKind.STANDARD_DUE_SOON]: ['standardNumber', 'revision', 'dueOn'],
  [NotificationKind.STANDARD_OVERDUE]: ['standardNumber', 'revision', 'dueOn'],
  [NotificationKind.STANDARD_OVERDUE_RECIPIENT]: ['standardNumber', 'revision', 'dueOn', 'recipient'],
  [NotificationKind.STANDARD_DEVIATION_REQUESTED]: ['standardNumber', 'supplier', 'reason'],
  [NotificationKind.STANDARD_DEVIATION_ACCEPTED]: ['standardNumber', 'comment'],
  [NotificationKind.STANDARD_DEVIATION_REJECTED]: ['standardNumber', 'comment'],
  [NotificationKind.CERTIFICATE_EXPIRING]: ['scheme', 'certificateNumber', 'expiresOn', 'daysLeft'],
  [NotificationKind.ENTERPRISE_CLAIM_PENDING]: ['claimant', 'email', 'enterprise', 'uscc', 'region', 'leader', 'chain'],
  [NotificationKind.ENTERPRISE_CLAIM_CONFIRMED]: ['enterprise', 'email'],
  [NotificationKind.QUALIFICATION_SUBMITTED]: ['chain', 'supplier'],
  [NotificationKind.QUALIFICATION_APPROVED]: ['chain'],
  [NotificationKind.QUALIFICATION_RETURNED]: ['chain', 'reasons'],
  [NotificationKind.INVITATION_ACCEPTED]: ['supplier', 'chain'],
  [NotificationKind.MEMBERSHIP_SUSPENDED]: ['chain', 'reason'],
  [NotificationKind.MEMBERSHIP_ACTIVE]: ['chain', 'reason'],
  [NotificationKind.INSPECTION_IMPORT_FINISHED]: ['fileName', 'inserted', 'duplicates', 'invalid'],
  [NotificationKind.INSPECTION_IMPORT_FAILED]: ['fileName', 'error', 'inserted', 'duplicates', 'invalid'],
} as const satisfies Record<NotificationKind, readonly string[]>;

export type NotificationParams<K extends NotificationKind> = { [P in (typeof NOTIFICATION_PARAM_KEYS)[K][number]]: string | number };

export interface NotificationLink {
  type: NotificationSubject;
  id: string;
}

/** A notification's content, typed per kind: the params are exactly the kind's keys. */
export type NotificationContentOf<K extends NotificationKind> = {
  kind: K;
  /** English, for API users; clients translate from kind and params. */
  title: string;
  body: string;
  params: NotificationParams<K>;
  link: NotificationLink | null;
};

export type AnyNotificationContent = { [K in NotificationKind]: NotificationContentOf<K> }[NotificationKind];
