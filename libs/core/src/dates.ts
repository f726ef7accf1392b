const DAY_MS = 86_400_000;

/** The UTC calendar day `offsetDays` from now, as YYYY-MM-DD (due dates and expiry dates are plain days). */
export function isoDay(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
