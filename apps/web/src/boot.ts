/**
 * The first code a page runs: its own small entry, first in the page and
 * one file with no imports (the app's entry imports it, after it has run, so
 * the session code they share is built into this file), so it runs before
 * the app's code (React, antd, the router) has even arrived, and hands its
 * refresh over to the session.
 * Behind sign-in it starts exchanging the refresh cookie for an access token
 * and then asks the browser for the signed-in shell's code and the landing
 * page's; once the refresh answers, it sends the page's first queries (the
 * viewer's, and on `/` the to-do list's), so the session, the code and the
 * data stop waiting on one another. The list of files comes from index.html, where the build writes
 * it (apps/web/vite.config.mts).
 */
import { handOverEarlyRefresh, isPublicPage, postRefresh, sendEarlyQueries } from './session/refresh-request';

/** The files each signed-in page needs first, as the build wrote them into index.html. */
interface ShellPreloads {
  /** Every page behind sign-in: the shell (layout, menus, session gate, the to-do page). */
  shell: string[];
  /** Per path, the page's own. */
  pages: Record<string, string[]>;
  /** The first queries' request bodies: `*` on every page behind sign-in (the viewer), and per path the page's own. */
  queries: Record<string, string[]>;
}

/** Asked for as the app's own loader asks (crossorigin on scripts and sheets alike), so nothing is fetched twice. */
function preload(files: readonly string[]): void {
  for (const file of files) {
    const link = document.createElement('link');
    Object.assign(link, file.endsWith('.css') ? { rel: 'stylesheet', href: file } : { rel: 'modulepreload', href: file });
    link.crossOrigin = '';
    document.head.append(link);
  }
}

function shellPreloads(): ShellPreloads | null {
  const text = document.getElementById('chainq-preloads')?.textContent;
  return text ? (JSON.parse(text) as ShellPreloads) : null;
}

if (!isPublicPage(location.pathname)) {
  // The code is asked for only once the refresh is on its way: over HTTP/1.1 the browser opens six
  // connections per origin, and thirty files queued first would hold the session back behind them.
  let sent: () => void = () => undefined;
  const sending = new Promise<void>((resolve) => (sent = resolve));
  const refresh = postRefresh(() => {
    const files = shellPreloads();
    if (files) preload([...files.shell, ...(files.pages[location.pathname] ?? [])]);
    sent();
  });
  handOverEarlyRefresh(refresh, sending);
  const queries = shellPreloads()?.queries ?? {};
  sendEarlyQueries(refresh, [...(queries['*'] ?? []), ...(queries[location.pathname] ?? [])]);
}
