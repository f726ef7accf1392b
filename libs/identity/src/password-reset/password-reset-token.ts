import { purposeToken, tokenDigest } from '@chainq/core';

/** A reset link is valid this long. */
export const PASSWORD_RESET_TTL_MINUTES = 30;

/** 32 bytes, base64url: HMAC of the (random) row id under the server secret; recomputable by the e-mail job, never stored. */
export const passwordResetToken = (secret: string, resetId: string): string => purposeToken(secret, 'password-reset', resetId);

export const hashResetToken = tokenDigest;

/** 32 bytes in base64url without padding are 43 characters of its alphabet. */
export const looksLikeResetToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
