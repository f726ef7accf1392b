import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTIFICATION_PARAM_KEYS, NotificationKind } from '@chainq/core';
import { Language } from '@chainq/identity';
import { NOTIFICATION_LOCALE_FILES, NOTIFICATION_TEXTS, notificationLocale, placeholdersOf, renderNotification } from './notification-texts';

const ROOT = join(__dirname, '../../..');
const locale = (language: Language): Record<string, { title?: unknown; body?: unknown }> => JSON.parse(readFileSync(join(ROOT, NOTIFICATION_LOCALE_FILES[language]), 'utf8'));
const cells = Object.values(Language).flatMap((language) => Object.values(NotificationKind).map((kind) => [language, kind] as const));

describe("notification texts and the web app's translations", () => {
  it.each(cells)('%s has a title and a body for %s, interpolating only the params that kind carries', (language, kind) => {
    for (const texts of [locale(language), NOTIFICATION_TEXTS[language]]) {
      const entry = texts[kind];
      expect(typeof entry?.title).toBe('string');
      expect(typeof entry?.body).toBe('string');
      expect((entry!.title as string).trim()).not.toBe('');
      const used = placeholdersOf(`${entry!.title as string} ${entry!.body as string}`);
      expect(used.filter((key) => !(NOTIFICATION_PARAM_KEYS[kind] as readonly string[]).includes(key))).toEqual([]);
    }
  });

  it.each(Object.values(Language))('%s locale file names no kind the API does not send, and is what the texts in code print', (language) => {
    expect(Object.keys(locale(language)).filter((kind) => !(Object.values(NotificationKind) as string[]).includes(kind))).toEqual([]);
    // Stale: run `npm run cli -- print-notification-locales`.
    expect(readFileSync(join(ROOT, NOTIFICATION_LOCALE_FILES[language]), 'utf8')).toBe(notificationLocale(language));
  });

  it('renders a notification in the reader language from its params', () => {
    const params = { scheme: 'QMS', certificateNumber: 'C-1', expiresOn: '2027-01-31', daysLeft: 30 };
    expect(renderNotification(NotificationKind.CERTIFICATE_EXPIRING, params, Language.ZH_CN)).toEqual({
      title: 'QMS 证书 C-1 还有 30 天到期',
      body: '证书将于 2027-01-31 失效。请尽早安排再认证审核，以免您供货的产业链不再认可该证书。',
    });
    expect(renderNotification(NotificationKind.CERTIFICATE_EXPIRING, params, Language.EN)?.title).toBe('QMS certificate C-1 expires in 30 days');
    expect(renderNotification('NO_SUCH_KIND', params, Language.EN)).toBeNull();
  });
});
