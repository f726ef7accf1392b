import { defineReasons, ErrorCode } from '@chainq/core';

/** Why a quality-profile or profile-share request was refused (`extensions.reason`). */
export enum CreditReason {
  ProfileOwnEnterpriseOnly = 'PROFILE_OWN_ENTERPRISE_ONLY',
  ShareAdminOnly = 'SHARE_ADMIN_ONLY',
  ShareExpiryOutOfRange = 'SHARE_EXPIRY_OUT_OF_RANGE',
  ShareSectionsRequired = 'SHARE_SECTIONS_REQUIRED',
  ShareNotValid = 'SHARE_NOT_VALID',
  ShareAlreadyRevoked = 'SHARE_ALREADY_REVOKED',
  ShareViewNamingClosed = 'SHARE_VIEW_NAMING_CLOSED',
}

const { BadUserInput, Forbidden, NotFound, Conflict } = ErrorCode;

export const CREDIT_REASONS = defineReasons<CreditReason>('credit', {
  [CreditReason.ProfileOwnEnterpriseOnly]: { code: Forbidden, meaning: "A quality profile is read by the enterprise's own users; others see it only through a share its admin gives them." },
  [CreditReason.ShareAdminOnly]: { code: Forbidden, meaning: "Only the enterprise's admin creates, lists and revokes shares of its quality profile." },
  [CreditReason.ShareExpiryOutOfRange]: { code: BadUserInput, meaning: 'A share lasts from 1 to 90 days (`field` is expiresInDays).' },
  [CreditReason.ShareSectionsRequired]: { code: BadUserInput, meaning: 'Choose at least one section to share besides the registration details.' },
  [CreditReason.ShareNotValid]: { code: NotFound, meaning: 'The share link is not valid: unknown, revoked or expired (the answer is the same for each).' },
  [CreditReason.ShareAlreadyRevoked]: { code: Conflict, meaning: 'The share is already revoked.' },
  [CreditReason.ShareViewNamingClosed]: { code: Conflict, meaning: 'A visitor names a visit within an hour of opening the link; reopening it starts a new visit to name.' },
});
