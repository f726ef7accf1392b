import { chinaMonthOf } from './supplier-scorecard.export';

describe('the suppliers table’s default period', () => {
  it('is the China calendar month of the moment asked, to the first day of the next', () => {
    // 16:30 UTC on 31 January is already 1 February in China.
    expect(chinaMonthOf(new Date('2026-01-31T16:30:00Z'))).toEqual({ from: '2026-02-01', to: '2026-03-01' });
    expect(chinaMonthOf(new Date('2026-01-31T15:59:59Z'))).toEqual({ from: '2026-01-01', to: '2026-02-01' });
    expect(chinaMonthOf(new Date('2028-02-29T03:00:00Z'))).toEqual({ from: '2028-02-01', to: '2028-03-01' });
    expect(chinaMonthOf(new Date('2026-12-31T17:00:00Z'))).toEqual({ from: '2027-01-01', to: '2027-02-01' });
  });
});
