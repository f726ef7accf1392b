import { SIZE_CATEGORIES, SIZE_THRESHOLDS_2011 } from './size-thresholds.data';

describe('SIZE_THRESHOLDS_2011', () => {
  it('is labelled with its version and source', () => {
    expect(SIZE_THRESHOLDS_2011.version).toBe('2011');
    expect(SIZE_THRESHOLDS_2011.source).toBe('工信部联企业〔2011〕300号');
  });

  it('has exactly one row per category', () => {
    expect(SIZE_THRESHOLDS_2011.rows.map((r) => r.category).sort()).toEqual([...SIZE_CATEGORIES].sort());
  });

  it.each(SIZE_THRESHOLDS_2011.rows.map((row) => [row.category, row] as const))(
    '%s gives a figure for each of its measures and nothing else, with floors nested small <= medium <= SME bound',
    (_category, row) => {
      for (const bounds of [row.smeBound, row.mediumFloor, row.smallFloor]) {
        expect(Object.keys(bounds).sort()).toEqual([...row.measures].sort());
      }
      for (const measure of row.measures) {
        expect(row.smallFloor[measure]).toBeLessThanOrEqual(row.mediumFloor[measure] as number);
        expect(row.mediumFloor[measure]).toBeLessThanOrEqual(row.smeBound[measure] as number);
      }
    },
  );

  it('judges construction on revenue and total assets, and agriculture on revenue alone', () => {
    const measuresOf = (category: string) => SIZE_THRESHOLDS_2011.rows.find((r) => r.category === category)?.measures;
    expect(measuresOf('CONSTRUCTION')).toEqual(['revenue10kCny', 'totalAssets10kCny']);
    expect(measuresOf('AGRICULTURE')).toEqual(['revenue10kCny']);
  });
});
