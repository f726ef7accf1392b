import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/i18n';

/** Dates and times are shown in China's time zone whatever the browser's. */
export const CHINA_TZ = 'Asia/Shanghai';


/** A rate 0..1 as the number a chart plots on a percent axis, one decimal: 0.9823 → 98.2; null stays null (a gap). */
export const chartPercent = (rate: number | null | undefined): number | null => (rate == null ? null : Math.round(rate * 1000) / 10);
/** Today as a China calendar day, `YYYY-MM-DD`, whatever the browser's zone: the one "today" every date rule on the page uses. */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CHINA_TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The last day a period of China days [from, to) covers: the day before its exclusive end. */
export const lastDayOf = (period: { to: string }): string => new Date(Date.parse(`${period.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

export interface Formatters {
  /** A calendar day: `2026年12月2日` in Chinese, ISO `2026-12-02` in English. Takes `YYYY-MM-DD` or an instant. */
  date(value: string | Date | null | undefined): string;
  /** A calendar month from its first day (`YYYY-MM-DD`): `2026年12月` in Chinese, `2026-12` in English. */
  month(firstDay: string): string;
  /** An instant with minutes, in Asia/Shanghai. */
  dateTime(value: string | Date | null | undefined): string;
  /** A rate 0..1 as a percentage with one decimal: 98.2%. */
  percent(rate: number | null | undefined): string;
  /** A count with grouping: 12,345. */
  count(value: number | null | undefined): string;
  /** Parts per million, an integer. */
  ppm(value: number | null | undefined): string;
  /** A file's size: 86 KB, 3.2 MB (at least 1 KB). */
  fileSize(bytes: number): string;
}

const EMPTY = '—';

export function formattersFor(language: Language): Formatters {
  const zh = language === 'zh-CN';
  const locale = zh ? 'zh-CN' : 'en-CA';
  const dayIn = (timeZone: string) =>
    new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: zh ? 'long' : '2-digit', day: zh ? 'numeric' : '2-digit' });
  const day = dayIn(CHINA_TZ);
  const monthOf = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: zh ? 'long' : '2-digit' });
  const calendarDay = dayIn('UTC');
  const stamp = new Intl.DateTimeFormat(locale, {
    timeZone: CHINA_TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const percent = new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const count = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  return {
    date(value) {
      if (!value) return EMPTY;
      // A date-only value is a China calendar day already: format it as is, without a time zone shift.
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return calendarDay.format(new Date(`${value}T00:00:00Z`));
      return day.format(new Date(value));
    },
    month: (firstDay) => (zh ? monthOf.format(new Date(`${firstDay.slice(0, 7)}-01T00:00:00Z`)) : firstDay.slice(0, 7)),
    dateTime: (value) => (value ? stamp.format(new Date(value)).replace(',', '') : EMPTY),
    percent: (rate) => (rate === null || rate === undefined || Number.isNaN(rate) ? EMPTY : percent.format(rate)),
    count: (value) => (value === null || value === undefined ? EMPTY : count.format(value)),
    ppm: (value) => (value === null || value === undefined ? EMPTY : count.format(Math.round(value))),
    fileSize: (bytes) => (bytes < 1024 * 1024 ? `${count.format(Math.max(1, Math.round(bytes / 1024)))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`),
  };
}

const cache = new Map<string, Formatters>();

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const language = (i18n.language === 'en' ? 'en' : 'zh-CN') as Language;
  let f = cache.get(language);
  if (!f) cache.set(language, (f = formattersFor(language)));
  return f;
}
