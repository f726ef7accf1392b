import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reasonsDocument } from '@chainq/core';
import { ERROR_REASONS } from './error-reasons';

const root = path.resolve(__dirname, '../../../..');
const locale = (name: string): Record<string, string> => JSON.parse(readFileSync(path.join(root, 'apps/web/src/i18n/locales', name, 'reasons.json'), 'utf8'));
const LOCALES = { 'zh-CN': locale('zh-CN'), en: locale('en') };

/** Values a text may interpolate: only those every error with that reason carries in its extensions. */
const ALWAYS_CARRIED: Record<string, string[]> = {
  PASSWORD_TOO_SHORT: ['min'],
  LOTS_PER_CALL_OUT_OF_RANGE: ['max'],
  TOO_MANY_SIGN_IN_ATTEMPTS: ['retryAfterSeconds'],
  TOO_MANY_PASSWORD_ATTEMPTS: ['retryAfterSeconds'],
  TOO_MANY_RESET_REQUESTS: ['retryAfterSeconds'],
};

describe('error reasons', () => {
  const reasons = ERROR_REASONS.map((r) => r.reason);

  it('lists each reason once, with a code and a one-sentence meaning', () => {
    expect(new Set(reasons).size).toBe(reasons.length);
    for (const row of ERROR_REASONS) {
      expect(row.reason).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(row.meaning.trim().length).toBeGreaterThan(10);
    }
    // The ones the web app's pages explain, by name.
    expect(reasons).toEqual(expect.arrayContaining(['STEP_OUT_OF_ORDER', 'STEP_CONTENT_MISSING', 'USCC_CHECK_CHARACTER', 'NOT_A_SUPPLIER_OF_CHAIN', 'INVALID_CREDENTIALS', 'NOT_A_UUID', 'FILE_TOO_LARGE', 'DEFECTS_EXCEED_SAMPLE', 'QUERY_TOO_COMPLEX']));
  });

  it.each(Object.entries(LOCALES))('has a %s text for every reason, and no key that is not a reason', (_name, texts) => {
    expect(reasons.filter((r) => !texts[r]?.trim())).toEqual([]);
    expect(Object.keys(texts).filter((key) => !reasons.includes(key))).toEqual([]);
  });

  it.each(Object.entries(LOCALES))('interpolates in %s only values the errors always carry', (_name, texts) => {
    const wrong = Object.entries(texts).flatMap(([reason, text]) =>
      [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).filter((key) => !ALWAYS_CARRIED[reason]?.includes(key)).map((key) => `${reason}: {{${key}}}`),
    );
    expect(wrong).toEqual([]);
  });

  it('writes zh-CN in Chinese', () => {
    expect(reasons.filter((r) => !/[\u4e00-\u9fff]/.test(LOCALES['zh-CN'][r] ?? ''))).toEqual([]);
  });

  it('has docs/error-reasons.md current (npm run cli -- print-reasons)', () => {
    expect(readFileSync(path.join(root, 'docs/error-reasons.md'), 'utf8')).toBe(reasonsDocument(ERROR_REASONS));
  });
});
