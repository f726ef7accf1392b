const DAY_MS = 86_400_000;

/**
 * China keeps UTC+8 all year (no daylight saving since 1991). Every "today",
 * due date and expiry date in the product is a China calendar day; this is
 * the one place that knows the offset.
 */
export const CHINA_UTC_OFFSET_HOURS = 8;
const OFFSET_MS = CHINA_UTC_OFFSET_HOURS * 3_600_000;

/** The China calendar day of the instant `at`, moved by `offsetDays`, as YYYY-MM-DD. */
export function chinaDay(at: Date = new Date(), offsetDays = 0): string {
  return new Date(at.getTime() + OFFSET_MS + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

/** The instant a China calendar day (YYYY-MM-DD) begins: its midnight in UTC+8. */
export function chinaMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
