import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Invitations stay valid this long. */
export const INVITATION_TTL_DAYS = 14;

const key = (secret: string) => createHmac('sha256', secret).update('chainq:invitation').digest();

export const newNonce = (): string => randomBytes(16).toString('base64url');

/** `<invitation id>.<HMAC(id, nonce)>`: recomputable by the server (for the e-mail job), never stored. */
export function invitationToken(secret: string, invitationId: string, nonce: string): string {
  const mac = createHmac('sha256', key(secret)).update(`${invitationId}.${nonce}`).digest('base64url');
  return `${invitationId}.${mac}`;
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function invitationIdOf(token: string): string | undefined {
  const id = token.split('.')[0];
  return /^[0-9a-f-]{36}$/i.test(id) ? id : undefined;
}

export function tokenMatches(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
