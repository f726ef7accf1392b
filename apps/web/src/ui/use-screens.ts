import { theme } from 'antd';
import { useCallback, useMemo, useSyncExternalStore } from 'react';

export type Screen = 'xs' | 'sm' | 'md' | 'lg' | 'xl' | 'xxl' | 'xxxl';
export type Screens = Record<Screen, boolean>;

/**
 * Which of antd's breakpoints (the theme's own) the window matches, right
 * from the first render. antd's Grid.useBreakpoint starts empty and fills in
 * only after mounting, so a phone would first render the desktop layout (the
 * sider and its menu, wide tables) and then everything again.
 */
export function useScreens(): Screens {
  const { token } = theme.useToken();
  const queries = useMemo<[Screen, string][]>(
    () => [
      ['xs', `(max-width: ${token.screenXSMax}px)`],
      ['sm', `(min-width: ${token.screenSM}px)`],
      ['md', `(min-width: ${token.screenMD}px)`],
      ['lg', `(min-width: ${token.screenLG}px)`],
      ['xl', `(min-width: ${token.screenXL}px)`],
      ['xxl', `(min-width: ${token.screenXXL}px)`],
      ['xxxl', `(min-width: ${token.screenXXXL}px)`],
    ],
    [token.screenXSMax, token.screenSM, token.screenMD, token.screenLG, token.screenXL, token.screenXXL, token.screenXXXL],
  );
  const subscribe = useCallback(
    (onChange: () => void) => {
      const lists = queries.map(([, query]) => window.matchMedia(query));
      for (const list of lists) list.addEventListener('change', onChange);
      return () => lists.forEach((list) => list.removeEventListener('change', onChange));
    },
    [queries],
  );
  // A string snapshot: the same value while nothing changes, as useSyncExternalStore requires.
  const matched = useSyncExternalStore(subscribe, () => queries.map(([, query]) => (window.matchMedia(query).matches ? '1' : '0')).join(''));
  return useMemo(() => Object.fromEntries(queries.map(([screen], i) => [screen, matched[i] === '1'])) as Screens, [queries, matched]);
}
