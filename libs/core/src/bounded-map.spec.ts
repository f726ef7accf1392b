import { BoundedMap } from './bounded-map';

describe('BoundedMap', () => {
  it('forgets the oldest key when a new one comes in full, and keeps updating a known key in place', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1).set('b', 2);
    map.set('a', 10); // known: nothing forgotten
    expect([...map]).toEqual([['a', 10], ['b', 2]]);
    map.set('c', 3);
    expect([...map]).toEqual([['b', 2], ['c', 3]]);
  });
});
