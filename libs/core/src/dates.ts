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

/**
 * Every date the product accepts lies in these years: older records are not
 * quality data we can act on, and later ones are typing mistakes. Stated in
 * the schema's descriptions and checked at the API's edge.
 */
export const EARLIEST_DAY = '2000-01-01';
export const LATEST_DAY = '2100-12-31';
export const DATE_RANGE_TEXT = `between ${EARLIEST_DAY} and ${LATEST_DAY}`;

/** A real calendar date written YYYY-MM-DD (no 2025-02-30), within the accepted years. */
export function isIsoDate(value: string): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse rolls 2025-02-30 over to March; a real date reads back unchanged.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value && value >= EARLIEST_DAY && value <= LATEST_DAY;
}

/** An instant within the accepted years (the whole of their last day included). */
export function isInDateRange(value: Date): boolean {
  const time = value.getTime();
  return !Number.isNaN(time) && time >= Date.parse(`${EARLIEST_DAY}T00:00:00Z`) && time < Date.parse(`${LATEST_DAY}T00:00:00Z`) + DAY_MS;
}
