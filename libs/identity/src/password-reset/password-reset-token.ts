import { createHash, createHmac } from 'node:crypto';

/** A reset link is valid this long. */
export const PASSWORD_RESET_TTL_MINUTES = 30;

const key = (secret: string) => createHmac('sha256', secret).update('chainq:password-reset').digest();

/** 32 bytes, base64url: HMAC of the (random) row id under the server secret; recomputable by the e-mail job, never stored. */
export const passwordResetToken = (secret: string, resetId: string): string => createHmac('sha256', key(secret)).update(resetId).digest('base64url');

export const hashResetToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** 32 bytes in base64url without padding are 43 characters of its alphabet. */
export const looksLikeResetToken = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token);
