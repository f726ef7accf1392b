/** Monday of the ISO week and first of the month of a YYYY-MM-DD day (a China day: see chinaDay in @chainq/core). */
export function periodStarts(day: string): { DAY: string; WEEK: string; MONTH: string } {
  const d = new Date(`${day}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  return { DAY: day, WEEK: monday.toISOString().slice(0, 10), MONTH: `${day.slice(0, 7)}-01` };
}
