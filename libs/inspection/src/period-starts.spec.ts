import { periodStarts } from './period-starts';

describe('rollup periods', () => {
  it('finds the ISO week (Monday) and month of a day', () => {
    expect(periodStarts('2026-11-22')).toEqual({ DAY: '2026-11-22', WEEK: '2026-11-16', MONTH: '2026-11-01' });
    expect(periodStarts('2026-11-23')).toEqual({ DAY: '2026-11-23', WEEK: '2026-11-23', MONTH: '2026-11-01' });
    expect(periodStarts('2027-01-01').WEEK).toBe('2026-12-28');
  });
});
