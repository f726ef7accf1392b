import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export type Language = 'zh-CN' | 'en';
export const LANGUAGES: Language[] = ['zh-CN', 'en'];
const STORED = 'chainq.language';

/**
 * Words live in locales/<language>/<namespace>.json, one namespace per
 * feature. `common` (the shell and the sign-in pages) is in the first bundle;
 * every other namespace is its own small chunk, fetched when a page asks for
 * it (react-i18next suspends the page meanwhile).
 */
const common = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/common.json', { eager: true });
const lazyNamespaces = import.meta.glob<{ default: Record<string, unknown> }>(['./locales/*/*.json', '!./locales/*/common.json']);
const resources: Record<string, { common: Record<string, unknown> }> = {};
for (const [path, module] of Object.entries(common)) resources[/\.\/locales\/([^/]+)\//.exec(path)![1]] = { common: module.default };

const lazyBackend = {
  type: 'backend' as const,
  init() {},
  read(language: string, namespace: string, done: (error: unknown, data: Record<string, unknown> | null) => void) {
    const load = lazyNamespaces[`./locales/${language}/${namespace}.json`];
    if (!load) return done(null, {});
    load().then((m) => done(null, m.default), (error: unknown) => done(error, null));
  },
};

export function initialLanguage(): Language {
  const stored = safeStorage()?.getItem(STORED);
  return stored === 'en' ? 'en' : 'zh-CN';
}

void i18next
  .use(lazyBackend)
  .use(initReactI18next)
  .init({
    resources,
    // Bundled `common` plus whatever the backend fetches for other namespaces.
    partialBundledLanguages: true,
    lng: initialLanguage(),
    fallbackLng: 'zh-CN',
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  // Error texts are needed on any page, the sign-in page included: fetch them early, without holding up the first paint.
  .then(() => i18next.loadNamespaces('reasons'));

// `{{field, prefixColon}}`: "：名称" after a message when the API named a field, nothing otherwise.
i18next.services.formatter?.add('prefixColon', (value: unknown, lng?: string) => (value ? `${lng === 'en' ? ': ' : '：'}${String(value)}` : ''));

let chosenSignedOut: Language | null = null;

/** A language picked on a page before sign-in: the account takes it on at sign-in (then it is forgotten). */
export function takeSignedOutChoice(): Language | null {
  const choice = chosenSignedOut;
  chosenSignedOut = null;
  return choice;
}

/**
 * Switches the page's language. The device remembers it for the pages before
 * sign-in; signed in, the account remembers it (viewer.tsx, user-menu.tsx).
 */
export async function switchLanguage(language: Language, { signedOut = false } = {}): Promise<void> {
  if (signedOut) chosenSignedOut = language;
  safeStorage()?.setItem(STORED, language);
  document.documentElement.lang = language;
  // Re-setting the same language would re-render every translated component for nothing.
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export { i18next };
