/**
 * The signed-in session. The access token lives in this module's memory only
 * (never localStorage or a readable cookie); the refresh token is an httpOnly,
 * SameSite=Strict cookie the browser sends to POST /auth/refresh alone. A
 * reload starts signed out in memory and restores the session from the cookie.
 */
import { postRefresh, takeEarlyRefresh } from './refresh-request';

export interface AccessGrant {
  accessToken: string;
  expiresAt: string;
}

/** Called when the page signs in or out (not on a routine refresh). */
type Listener = (signedIn: boolean) => void;

const REFRESH_MARGIN_MS = 60_000;
let grant: AccessGrant | null = null;
let pending: Promise<boolean> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();

export function accessToken(): string | null {
  return grant?.accessToken ?? null;
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Keeps a grant from sign-in, registration or a password change, and refreshes it a minute before it expires. */
export function startSession(next: AccessGrant): void {
  const wasSignedIn = grant !== null;
  grant = next;
  clearTimeout(timer);
  const wait = new Date(next.expiresAt).getTime() - Date.now() - REFRESH_MARGIN_MS;
  timer = setTimeout(() => void refreshSession(), Math.max(wait, 5_000));
  if (!wasSignedIn) listeners.forEach((l) => l(true));
}

export function endSession(): void {
  const wasSignedIn = grant !== null;
  grant = null;
  clearTimeout(timer);
  if (wasSignedIn) listeners.forEach((l) => l(false));
}

/**
 * Exchanges the refresh cookie for a new grant, one refresh at a time per
 * page (and across tabs: see postRefresh). The first one may already be on
 * its way, started by boot.ts as the page arrived.
 */
export function refreshSession(): Promise<boolean> {
  pending ??= exchange(takeEarlyRefresh() ?? postRefresh()).finally(() => (pending = null));
  return pending;
}

async function exchange(answer: Promise<Response>): Promise<boolean> {
  try {
    const res = await answer;
    if (!res.ok) {
      endSession();
      return false;
    }
    startSession((await res.json()) as AccessGrant);
    return true;
  } catch {
    // Offline: keep what we have; the next request tries again.
    return grant !== null;
  }
}

let restoring: Promise<boolean> | null = null;

/**
 * Restores the session from the refresh cookie, once per page load. Behind
 * sign-in its request was sent by boot.ts before the app's code arrived.
 */
export function restoreSession(): Promise<boolean> {
  restoring ??= grant ? Promise.resolve(true) : refreshSession();
  return restoring;
}
