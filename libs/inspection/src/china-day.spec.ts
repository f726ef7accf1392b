import { chinaDay, periodStarts } from './china-day';

describe('China calendar days', () => {
  it('puts 16:30 UTC on the next China day, and 15:59 UTC on the same', () => {
    expect(chinaDay(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23');
    expect(chinaDay(new Date('2026-11-22T15:59:59Z'))).toBe('2026-11-22');
  });

  it('finds the ISO week (Monday) and month of a day', () => {
    expect(periodStarts('2026-11-22')).toEqual({ DAY: '2026-11-22', WEEK: '2026-11-16', MONTH: '2026-11-01' });
    expect(periodStarts('2026-11-23')).toEqual({ DAY: '2026-11-23', WEEK: '2026-11-23', MONTH: '2026-11-01' });
    expect(periodStarts('2027-01-01').WEEK).toBe('2026-12-28');
  });
});
