import { createHash, createHmac } from 'node:crypto';

/**
 * A token the server can recompute and nobody else can forge: an HMAC of
 * `message` under a key derived from the server secret for one `purpose`
 * (so a token of one kind never works as another), base64url. Nothing
 * secret is stored: rows keep only `tokenDigest` of it.
 */
export function purposeToken(secret: string, purpose: string, message: string): string {
  const key = createHmac('sha256', secret).update(`chainq:${purpose}`).digest();
  return createHmac('sha256', key).update(message).digest('base64url');
}

/** What is stored of a token: its SHA-256, hex. */
export const tokenDigest = (token: string): string => createHash('sha256').update(token).digest('hex');
