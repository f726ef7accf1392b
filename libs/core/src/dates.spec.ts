import { chinaDay, chinaMidnight, isInDateRange, isIsoDate } from './dates';

describe('China calendar days', () => {
  it('puts 16:00 UTC on the next China day, and 15:59:59 UTC on the same', () => {
    expect(chinaDay(new Date('2026-11-22T16:00:00Z'))).toBe('2026-11-23');
    expect(chinaDay(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
  });

  it('takes 05:00 in Shanghai (21:00 UTC the evening before) as that Shanghai day', () => {
    expect(chinaDay(new Date('2026-11-21T21:00:00Z'))).toBe('2026-11-22');
  });

  it('counts days around a day, across a month and a year end', () => {
    expect(chinaDay(new Date('2026-12-31T20:00:00Z'), 1)).toBe('2027-01-02');
    expect(chinaDay(new Date('2026-03-01T02:00:00Z'), -1)).toBe('2026-02-28');
  });

  it('starts a China day at 16:00 UTC the day before', () => {
    expect(chinaMidnight('2026-11-22').toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(chinaDay(chinaMidnight('2026-11-22'))).toBe('2026-11-22');
    expect(chinaDay(new Date(chinaMidnight('2026-11-22').getTime() - 1))).toBe('2026-11-21');
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
