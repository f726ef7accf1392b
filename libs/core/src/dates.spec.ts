import { isIsoDate, isoDay } from './dates';

describe('dates', () => {
  it('gives today and days around it as YYYY-MM-DD', () => {
    expect(isoDay()).toBe(new Date().toISOString().slice(0, 10));
    expect(Date.parse(isoDay(1)) - Date.parse(isoDay(-1))).toBe(2 * 86_400_000);
  });

  it('accepts real dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-02-28')).toBe(false);
  });
});
