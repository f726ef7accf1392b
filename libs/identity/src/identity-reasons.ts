import { defineReasons, ErrorCode } from '@chainq/core';

/** Why a sign-in, session, password or user request was refused (`extensions.reason`). */
export enum IdentityReason {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  AccessTokenExpired = 'ACCESS_TOKEN_EXPIRED',
  SessionEnded = 'SESSION_ENDED',
  RefreshHeaderRequired = 'REFRESH_HEADER_REQUIRED',
  TooManySignInAttempts = 'TOO_MANY_SIGN_IN_ATTEMPTS',
  TooManyPasswordAttempts = 'TOO_MANY_PASSWORD_ATTEMPTS',
  TooManyResetRequests = 'TOO_MANY_RESET_REQUESTS',
  PasswordTooShort = 'PASSWORD_TOO_SHORT',
  WrongCurrentPassword = 'WRONG_CURRENT_PASSWORD',
  ResetLinkInvalid = 'RESET_LINK_INVALID',
  ResetLinkUsed = 'RESET_LINK_USED',
  ResetLinkExpired = 'RESET_LINK_EXPIRED',
  EmailAlreadyRegistered = 'EMAIL_ALREADY_REGISTERED',
  UsccAlreadyRegistered = 'USCC_ALREADY_REGISTERED',
  UsccOnlyForEnterprises = 'USCC_ONLY_FOR_ENTERPRISES',
  RoleNotForOrganisation = 'ROLE_NOT_FOR_ORGANISATION',
  UserAdminOnly = 'USER_ADMIN_ONLY',
}

const { BadUserInput, Unauthenticated, Forbidden, Conflict, RateLimited } = ErrorCode;

export const IDENTITY_REASONS = defineReasons<IdentityReason>('identity', {
  [IdentityReason.InvalidCredentials]: { code: Unauthenticated, meaning: 'The e-mail or the password is wrong.' },
  [IdentityReason.AccessTokenExpired]: { code: Unauthenticated, meaning: 'The access token has expired; refresh the session (or sign in again).' },
  [IdentityReason.SessionEnded]: { code: Unauthenticated, meaning: 'The session has ended (signed out, password changed, or account deactivated); sign in again.' },
  [IdentityReason.RefreshHeaderRequired]: { code: BadUserInput, meaning: 'A session refresh must carry the X-ChainQ-Refresh header; only the ChainQ app sends it.' },
  [IdentityReason.TooManySignInAttempts]: { code: RateLimited, meaning: 'Too many failed sign-ins; wait `retryAfterSeconds` before trying again.' },
  [IdentityReason.TooManyPasswordAttempts]: { code: RateLimited, meaning: 'Too many wrong current passwords; wait `retryAfterSeconds` before trying again.' },
  [IdentityReason.TooManyResetRequests]: { code: RateLimited, meaning: 'Too many password reset requests; wait `retryAfterSeconds` before asking again.' },
  [IdentityReason.PasswordTooShort]: { code: BadUserInput, meaning: 'The password is too short; `min` gives the least number of characters.' },
  [IdentityReason.WrongCurrentPassword]: { code: BadUserInput, meaning: 'The current password given is not your password.' },
  [IdentityReason.ResetLinkInvalid]: { code: BadUserInput, meaning: 'The password reset link is not valid; ask for a new one.' },
  [IdentityReason.ResetLinkUsed]: { code: BadUserInput, meaning: 'The password reset link has already been used; ask for a new one.' },
  [IdentityReason.ResetLinkExpired]: { code: BadUserInput, meaning: 'The password reset link has expired or a newer one was sent; use the newest link or ask for a new one.' },
  [IdentityReason.EmailAlreadyRegistered]: { code: Conflict, meaning: 'A user with this e-mail address is already registered.' },
  [IdentityReason.UsccAlreadyRegistered]: { code: Conflict, meaning: 'An enterprise with this unified social credit code is already registered.' },
  [IdentityReason.UsccOnlyForEnterprises]: { code: BadUserInput, meaning: 'Only enterprises carry a unified social credit code.' },
  [IdentityReason.RoleNotForOrganisation]: { code: BadUserInput, meaning: 'A role given cannot be held in this kind of organisation.' },
  [IdentityReason.UserAdminOnly]: { code: Forbidden, meaning: "Only the organisation's admin (or a platform admin) manages its users." },
});
