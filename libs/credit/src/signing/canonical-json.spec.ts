import { canonicalJson } from './canonical-json';

describe('canonical JSON (the bytes a profile snapshot is signed over)', () => {
  it('sorts object keys at every depth, keeps array order and writes no spaces', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('is the same whatever order the keys were parsed in, and leaves undefined out', () => {
    expect(canonicalJson(JSON.parse('{"y":null,"x":"中文"}'))).toBe(canonicalJson({ x: '中文', y: null, gone: undefined }));
  });

  it('refuses numbers JSON cannot carry', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/finite/);
  });
});
