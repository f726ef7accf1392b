import { isInDateRange, isIsoDate, isoDay } from './dates';

describe('dates', () => {
  it('gives today and days around it as YYYY-MM-DD', () => {
    expect(isoDay()).toBe(new Date().toISOString().slice(0, 10));
    expect(Date.parse(isoDay(1)) - Date.parse(isoDay(-1))).toBe(2 * 86_400_000);
  });

  it('accepts real dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-02-28')).toBe(false);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
  });

  it('accepts the years 2000 to 2100 only', () => {
    expect(isIsoDate('2000-01-01')).toBe(true);
    expect(isIsoDate('2100-12-31')).toBe(true);
    expect(isIsoDate('1999-12-31')).toBe(false);
    expect(isIsoDate('0001-01-01')).toBe(false);
    expect(isIsoDate('2101-01-01')).toBe(false);
    expect(isInDateRange(new Date('2100-12-31T23:59:59.999Z'))).toBe(true);
    expect(isInDateRange(new Date('2101-01-01T00:00:00Z'))).toBe(false);
    expect(isInDateRange(new Date('0001-01-01T00:00:00Z'))).toBe(false);
    expect(isInDateRange(new Date('nonsense'))).toBe(false);
  });
});
