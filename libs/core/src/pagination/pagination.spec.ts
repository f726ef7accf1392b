import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor, pageSize } from './pagination';

describe('cursors', () => {
  const id = '0b9e6f55-2f5c-4f7e-9a59-4d1f0c3a8e21';

  it('round-trip a sort key and id', () => {
    const cursor = encodeCursor(['2026-11-22T04:00:00.000Z', id]);
    expect(decodeCursor(cursor)).toEqual(['2026-11-22T04:00:00.000Z', id]);
    expect(decodeCursor(encodeCursor(['P-100', id]), 'after', 'text')).toEqual(['P-100', id]);
  });

  it.each([
    '',
    'not base64 json',
    encodeCursor(['only-one'] as never),
    Buffer.from('{"a":1}').toString('base64url'),
    encodeCursor(['2026-11-22T04:00:00.000Z', 'not-a-uuid']),
    encodeCursor(['yesterday', id]),
    encodeCursor([12, id]),
  ])(
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
