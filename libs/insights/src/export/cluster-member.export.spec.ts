import { lastTwelveChinaMonths } from './cluster-member.export';

describe('the cluster members table’s default period', () => {
  it('is the last twelve China calendar months, this one included, to the first day of the next', () => {
    expect(lastTwelveChinaMonths(new Date('2026-05-14T04:00:00Z'))).toEqual({ from: '2025-06-01', to: '2026-06-01' });
    // 16:30 UTC on 31 December is already 1 January in China.
    expect(lastTwelveChinaMonths(new Date('2026-12-31T16:30:00Z'))).toEqual({ from: '2026-02-01', to: '2027-02-01' });
    expect(lastTwelveChinaMonths(new Date('2026-12-31T15:59:59Z'))).toEqual({ from: '2026-01-01', to: '2027-01-01' });
  });
});
