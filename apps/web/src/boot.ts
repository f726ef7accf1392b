/**
 * The first code a page runs: its own small entry chunk with no imports, so
 * it starts before the app's code (React, antd, the router) has arrived and
 * been evaluated. Behind sign-in it starts exchanging the refresh cookie for
 * an access token and asks the browser for the signed-in shell's code (and
 * the to-do page's on `/`), so the session, the code and then the data stop
 * waiting on one another. The list of files comes from index.html, where the
 * build writes it (apps/web/vite.config.mts).
 */

/** Pages that need no session: everything else is behind sign-in. */
export const PUBLIC_PAGES = ['/sign-in', '/forgot-password', '/reset-password', '/invitation'];

export const isPublicPage = (path: string): boolean => PUBLIC_PAGES.some((p) => path === p || path.startsWith(`${p}/`));

/** The files each signed-in page needs first, as the build wrote them into index.html. */
export interface ShellPreloads {
  /** Every page behind sign-in: the shell (layout, menus, session gate). */
  shell: string[];
  /** Per path, the page's own. */
  pages: Record<string, string[]>;
}

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

let early: Promise<Response> | null = null;

/** The refresh this page started on arrival, once: the session takes it instead of sending its own. */
export function takeEarlyRefresh(): Promise<Response> | null {
  const taken = early;
  early = null;
  return taken;
}

function preload(files: readonly string[]): void {
  for (const file of files) {
    const link = document.createElement('link');
    if (file.endsWith('.css')) Object.assign(link, { rel: 'stylesheet', href: file });
    else Object.assign(link, { rel: 'modulepreload', href: file, crossOrigin: '' });
    document.head.append(link);
  }
}

function shellPreloads(): ShellPreloads | null {
  const text = document.getElementById('chainq-preloads')?.textContent;
  return text ? (JSON.parse(text) as ShellPreloads) : null;
}

if (typeof window !== 'undefined' && !isPublicPage(location.pathname)) {
  // The code is asked for only once the refresh is on its way: over HTTP/1.1 the browser opens six
  // connections per origin, and thirty files queued first would hold the session back behind them.
  early = postRefresh(() => {
    const files = shellPreloads();
    if (files) preload([...files.shell, ...(files.pages[location.pathname] ?? [])]);
  });
  // A failed refresh is answered when the session takes it; nothing must go unhandled meanwhile.
  early.catch(() => undefined);
}
