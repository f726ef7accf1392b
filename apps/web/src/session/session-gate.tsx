import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { accessToken, onSessionChange, restoreSession } from './session';
import { PageLoading } from '../ui/page-states';

type State = 'checking' | 'in' | 'out';

/** Pages behind sign-in: restores the session from the refresh cookie once per page load, else sends the user to sign in and back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const state = useSessionState();
  const location = useLocation();
  if (state === 'checking') return <PageLoading rows={8} />;
  if (state === 'out') return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

export function useSessionState(): State {
  const [state, setState] = useState<State>(accessToken() ? 'in' : 'checking');
  useEffect(() => {
    const off = onSessionChange((signedIn) => setState(signedIn ? 'in' : 'out'));
    // The restore may have finished between the render and this effect (main.tsx starts it early): look again.
    if (accessToken()) setState('in');
    else void restoreSession().then(() => setState(accessToken() ? 'in' : 'out'));
    return () => void off();
  }, []);
  return state;
}
