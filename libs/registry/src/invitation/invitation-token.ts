import { randomBytes, timingSafeEqual } from 'node:crypto';
import { purposeToken, tokenDigest } from '@chainq/core';

/** Invitations stay valid this long. */
export const INVITATION_TTL_DAYS = 14;

export const newNonce = (): string => randomBytes(16).toString('base64url');

/** `<invitation id>.<HMAC(id, nonce)>`: recomputable by the server (for the e-mail job), never stored. */
export function invitationToken(secret: string, invitationId: string, nonce: string): string {
  return `${invitationId}.${purposeToken(secret, 'invitation', `${invitationId}.${nonce}`)}`;
}

export const hashToken = tokenDigest;

export function invitationIdOf(token: string): string | undefined {
  const id = token.split('.')[0];
  return /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
}

export function tokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
