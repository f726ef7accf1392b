const DAY_MS = 86_400_000;

/**
 * Every date the product accepts lies in these years: older records are not
 * quality data we can act on, and later ones are typing mistakes. Stated in
 * the schema's descriptions and checked at the API's edge.
 */
export const EARLIEST_DAY = '2000-01-01';
export const LATEST_DAY = '2100-12-31';
export const DATE_RANGE_TEXT = `between ${EARLIEST_DAY} and ${LATEST_DAY}`;

/** The UTC calendar day `offsetDays` from now, as YYYY-MM-DD (due dates and expiry dates are plain days). */
export function isoDay(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

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
