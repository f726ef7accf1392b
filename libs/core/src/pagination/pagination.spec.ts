import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor, pageSize } from './pagination';

describe('cursors', () => {
  it('round-trip a sort key and id', () => {
    const cursor = encodeCursor(['2026-11-22T04:00:00.000Z', '7d1c']);
    expect(decodeCursor(cursor)).toEqual(['2026-11-22T04:00:00.000Z', '7d1c']);
  });

  it.each(['', 'not base64 json', encodeCursor(['only-one'] as never), Buffer.from('{"a":1}').toString('base64url')])(
    'reject %p naming the argument',
    (bad) => {
      expect(() => decodeCursor(bad)).toThrow(DomainError);
      expect(() => decodeCursor(bad)).toThrow('after: is not a cursor returned by this list');
    },
  );

  it('bound the page size', () => {
    expect(pageSize({})).toBe(20);
    expect(pageSize({ first: 100 })).toBe(100);
    expect(() => pageSize({ first: 0 })).toThrow('first: must be between 1 and 100');
    expect(() => pageSize({ first: 101 })).toThrow('first: must be between 1 and 100');
  });
});
