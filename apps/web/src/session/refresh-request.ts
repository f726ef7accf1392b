/**
 * What boot.ts (its own entry, run on arrival) and the app share: which
 * pages need no session, the refresh request, and the refresh boot.ts
 * started, handed over through the window (boot.ts runs as its own script,
 * before the app's module graph is evaluated). The build puts this file into
 * boot.ts's own (main.tsx imports boot.ts for that).
 */

/** Pages that need no session: everything else is behind sign-in. */
export const PUBLIC_PAGES = ['/sign-in', '/forgot-password', '/reset-password', '/invitation'];

export const isPublicPage = (path: string): boolean => PUBLIC_PAGES.some((p) => path === p || path.startsWith(`${p}/`));

/**
 * POST /auth/refresh under a Web Lock shared by the tabs of this origin: the
 * refresh token rotates on every use and a second use of a rotated one
 * revokes the whole session family, so two tabs must not send the same
 * cookie. The lock is held until the answer (and its new cookie) arrives.
 */
export function postRefresh(afterSending?: () => void): Promise<Response> {
  const send = () => {
    const sent = fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin', headers: { 'X-ChainQ-Refresh': '1' }, priority: 'high' });
    afterSending?.();
    return sent;
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? locks.request('chainq-refresh', send) : send();
}

const EARLY_REFRESH = Symbol.for('chainq.early-refresh');
const EARLY_REFRESH_SENT = Symbol.for('chainq.early-refresh-sent');
type WithEarlyRefresh = { [EARLY_REFRESH]?: Promise<Response>; [EARLY_REFRESH_SENT]?: Promise<void> };

/** boot.ts: the refresh it sent on arrival, for the session to take, and when it went out (the lock granted). */
export function handOverEarlyRefresh(refresh: Promise<Response>, sent: Promise<void>): void {
  // A failed refresh is answered when the session takes it; nothing must go unhandled meanwhile.
  refresh.catch(() => undefined);
  Object.assign(window, { [EARLY_REFRESH]: refresh, [EARLY_REFRESH_SENT]: sent });
}

/**
 * Resolves once boot.ts's refresh has gone out, or at once when it sent
 * none; at most `patience` ms (another tab may hold the lock a while).
 */
export function earlyRefreshSent(patience = 150): Promise<void> {
  const sent = (window as WithEarlyRefresh)[EARLY_REFRESH_SENT];
  return sent ? Promise.race([sent, new Promise<void>((resolve) => setTimeout(resolve, patience))]) : Promise.resolve();
}

/** The refresh this page started on arrival, once: the session takes it instead of sending its own. */
export function takeEarlyRefresh(): Promise<Response> | null {
  if (typeof window === 'undefined') return null;
  const holder = window as WithEarlyRefresh;
  const taken = holder[EARLY_REFRESH] ?? null;
  delete holder[EARLY_REFRESH];
  return taken;
}

const EARLY_QUERIES = Symbol.for('chainq.early-queries');
type WithEarlyQueries = { [EARLY_QUERIES]?: Map<string, Promise<Response | null>> };

/**
 * boot.ts: once the refresh answers, sends the page's first GraphQL queries (their request bodies
 * as the app's client writes them, from index.html) with the new access token, instead of waiting
 * for the app's code to arrive and send them. The app's fetch takes each answer once (`takeEarlyQuery`).
 */
export function sendEarlyQueries(refresh: Promise<Response>, bodies: readonly string[]): void {
  if (!bodies.length) return;
  // Read from a copy: the session reads the answer itself.
  const token = refresh.then(async (res) => (res.ok ? (((await res.clone().json()) as { accessToken?: string }).accessToken ?? null) : null));
  const send = (body: string, accessToken: string | null) =>
    accessToken
      ? fetch('/graphql', {
          method: 'POST',
          credentials: 'same-origin',
          // Marked, so a trace (and the test of this) tells boot's queries from the app's.
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', authorization: `Bearer ${accessToken}`, 'x-chainq-early': '1' },
          body,
          priority: 'high',
        })
      : null;
  const sent = new Map(bodies.map((body) => [body, token.then((t) => send(body, t)).catch(() => null)] as const));
  (window as WithEarlyQueries)[EARLY_QUERIES] = sent;
}

/** The answer boot.ts already asked for with exactly this request body, once; null when it sent none. */
export function takeEarlyQuery(body: unknown): Promise<Response | null> | null {
  if (typeof body !== 'string' || typeof window === 'undefined') return null;
  const sent = (window as WithEarlyQueries)[EARLY_QUERIES];
  const answer = sent?.get(body) ?? null;
  sent?.delete(body);
  return answer;
}
