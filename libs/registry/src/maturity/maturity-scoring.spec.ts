import { MaturityLevel } from './maturity-assessment.entity';
import { DEFAULT_MATURITY_MODEL } from './maturity-model.data';
import { scoreMaturity } from './maturity-scoring';

const all = (value: number) => Object.fromEntries(DEFAULT_MATURITY_MODEL.dimensions.map((d) => [d.key, value]));

describe('scoreMaturity (default model)', () => {
  it.each([
    [0, MaturityLevel.INITIAL],
    [1.99, MaturityLevel.INITIAL],
    [2, MaturityLevel.EFFECTIVE],
    [3, MaturityLevel.CONTINUAL_IMPROVEMENT],
    [3.999, MaturityLevel.CONTINUAL_IMPROVEMENT],
    [4, MaturityLevel.LEADING],
    [5, MaturityLevel.LEADING],
  ])('maps a mean of %p to %s', (value, level) => {
    expect(scoreMaturity(DEFAULT_MATURITY_MODEL, all(value))).toEqual({ score: value, level });
  });

  it('weights dimensions by the model', () => {
    const model = { ...DEFAULT_MATURITY_MODEL, dimensions: [{ key: 'A', label: 'a', weight: 3 }, { key: 'B', label: 'b', weight: 1 }] };
    expect(scoreMaturity(model, { A: 4, B: 0 }).score).toBe(3);
  });

  it('names a missing, unknown or out-of-range dimension', () => {
    const { RESOURCES: _, ...missing } = all(3);
    expect(() => scoreMaturity(DEFAULT_MATURITY_MODEL, missing)).toThrow('scores: RESOURCES (Resources) is missing');
    expect(() => scoreMaturity(DEFAULT_MATURITY_MODEL, { ...all(3), LUCK: 5 })).toThrow('scores: unknown dimensions: LUCK');
    expect(() => scoreMaturity(DEFAULT_MATURITY_MODEL, { ...all(3), RESOURCES: 6 })).toThrow('RESOURCES must be between 0 and 5, got 6');
  });
});
