import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18next } from '../i18n/i18n';
import { Navigate } from 'react-router';
import { Provider, type Client } from 'urql';
import { createSignedInClient } from '../api/signed-in-client';
import { prefetchTodo, TodoPage } from '../pages/supplier/home/todo-page';
import { RequireSession } from '../session/session-gate';
import { restoreSession } from '../session/session';
import { useViewer, ViewerProvider } from '../session/viewer';
import { AppLayout } from './app-layout';
import { homeOf } from './navigation';

/**
 * Everything behind sign-in, loaded as its own chunk so the sign-in page
 * carries none of the shell (layout, menus, bell), the normalised cache or
 * the pages.
 */
export function SignedInShell() {
  // One client (and cache) per signed-in stay: signing out unmounts the shell and drops it.
  const [client] = useState(() => prefetchLanding(createSignedInClient()));
  const { i18n } = useTranslation();
  // antd's date pickers (signed-in pages only) read dayjs's locale.
  useEffect(() => void dayjs.locale(i18n.language === 'en' ? 'en' : 'zh-cn'), [i18n.language]);
  return (
    <RequireSession>
      <Provider value={client}>
        <ViewerProvider>
          <AppLayout />
        </ViewerProvider>
      </Provider>
    </RequireSession>
  );
}

// The landing page of most users is part of this chunk, not a lazy one: a page that suspends on its first
// showing holds its reveal back (React throttles a Suspense boundary's content after its fallback), and
// its words start loading with the shell, not after the viewer query.
void i18next.loadNamespaces('todo');

/**
 * On `/`, the to-do list's query goes out beside the viewer's as soon as the
 * session is back, rather than after it: the page then reads it from the
 * cache (or joins it in flight). A user whose home is elsewhere costs one
 * bounded query that nobody reads.
 */
function prefetchLanding(client: Client): Client {
  if (location.pathname === '/') {
    restoreSession()
      .then((signedIn) => (signedIn ? prefetchTodo(client) : null))
      // The page asks again itself and shows what went wrong.
      .catch(() => undefined);
  }
  return client;
}

/** A supplier lands on its to-do list; other workspaces on their home. */
export function HomePage() {
  const home = homeOf(useViewer().workspaces);
  return home === '/' ? <TodoPage /> : <Navigate to={home} replace />;
}
