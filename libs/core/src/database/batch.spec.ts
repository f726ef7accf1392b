import { alignTo, groupTo } from './batch';

describe('batch helpers', () => {
  const rows = [{ id: 'b', v: 1 }, { id: 'a', v: 2 }, { id: 'b', v: 3 }];

  it('align rows to the keys, with gaps for missing ones', () => {
    expect(alignTo(['a', 'x', 'b'], rows.slice(0, 2), (r) => r.id)).toEqual([{ id: 'a', v: 2 }, undefined, { id: 'b', v: 1 }]);
  });

  it('group rows per key in their order, with empty groups and repeated keys', () => {
    expect(groupTo(['b', 'x', 'a', 'b'], rows, (r) => r.id)).toEqual([
      [{ id: 'b', v: 1 }, { id: 'b', v: 3 }],
      [],
      [{ id: 'a', v: 2 }],
      [{ id: 'b', v: 1 }, { id: 'b', v: 3 }],
    ]);
  });
});
