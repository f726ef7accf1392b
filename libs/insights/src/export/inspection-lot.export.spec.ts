import { DomainError } from '@chainq/core';
import { lotTimeBound } from './inspection-lot.export';

describe('the lots export’s from and to', () => {
  it('reads a day as its midnight in China, and an instant as given', () => {
    expect(lotTimeBound('2026-08-01', 'from')?.toISOString()).toBe('2026-07-31T16:00:00.000Z');
    expect(lotTimeBound('2026-08-01T08:00:00+08:00', 'to')?.toISOString()).toBe('2026-08-01T00:00:00.000Z');
    expect(lotTimeBound(undefined, 'from')).toBeUndefined();
  });

  it('refuses anything else, naming the parameter', () => {
    for (const bad of ['2026-02-30', '2026-8-1', '1999-12-31', 'yesterday', '2026-02-30T00:00:00Z', '2026-08-01T08:00:00']) {
      let error: unknown;
      try {
        lotTimeBound(bad, 'to');
      } catch (e) {
        error = e;
      }
      expect([bad, error instanceof DomainError && error.extensions]).toEqual([bad, expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'to', reason: 'DATE_OUT_OF_RANGE' })]);
    }
  });
});
