import { CodeRuleError } from './code-rule.error';
import { SizeClass, classifySize } from './size-class.rule';
import { SizeCategory, SizeThresholds } from './size-thresholds.data';

type Case = [employees: number, revenue10kCny: number, expected: SizeClass];

// Boundaries from 工信部联企业〔2011〕300号 第四条: at each floor and one below.
describe('classifySize with the 2011 thresholds', () => {
  const cases: Record<'INDUSTRY' | 'WHOLESALE' | 'RETAIL' | 'SOFTWARE_IT', Case[]> = {
    INDUSTRY: [
      [1000, 40000, 'LARGE'],
      [999, 40000, 'MEDIUM'],
      [1000, 39999, 'MEDIUM'],
      [300, 2000, 'MEDIUM'],
      [299, 2000, 'SMALL'],
      [300, 1999, 'SMALL'],
      [20, 300, 'SMALL'],
      [19, 300, 'MICRO'],
      [20, 299, 'MICRO'],
    ],
    WHOLESALE: [
      [200, 40000, 'LARGE'],
      [199, 40000, 'MEDIUM'],
      [20, 5000, 'MEDIUM'],
      [19, 5000, 'SMALL'],
      [20, 4999, 'SMALL'],
      [5, 1000, 'SMALL'],
      [4, 1000, 'MICRO'],
      [5, 999, 'MICRO'],
    ],
    RETAIL: [
      [300, 20000, 'LARGE'],
      [300, 19999, 'MEDIUM'],
      [50, 500, 'MEDIUM'],
      [49, 500, 'SMALL'],
      [10, 100, 'SMALL'],
      [9, 100, 'MICRO'],
      [10, 99, 'MICRO'],
    ],
    SOFTWARE_IT: [
      [300, 10000, 'LARGE'],
      [299, 10000, 'MEDIUM'],
      [100, 1000, 'MEDIUM'],
      [100, 999, 'SMALL'],
      [10, 50, 'SMALL'],
      [9, 50, 'MICRO'],
      [10, 49, 'MICRO'],
    ],
  };

  for (const [category, rows] of Object.entries(cases)) {
    it.each(rows)(`${category}: %d employees, revenue %d -> %s`, (employees, revenue10kCny, expected) => {
      expect(classifySize({ category: category as SizeCategory, employees, revenue10kCny })).toBe(expected);
    });
  }

  it('makes a firm with many staff but little revenue micro, as either measure below a floor drops it', () => {
    expect(classifySize({ category: 'INDUSTRY', employees: 5000, revenue10kCny: 100 })).toBe('MICRO');
  });

  it('makes a firm over the staff bound but under the revenue bound medium, not large', () => {
    expect(classifySize({ category: 'INDUSTRY', employees: 1500, revenue10kCny: 30000 })).toBe('MEDIUM');
  });

  it.each([
    [80000, 80000, 'LARGE'],
    [80000, 79999, 'MEDIUM'],
    [6000, 5000, 'MEDIUM'],
    [5999, 5000, 'SMALL'],
    [6000, 4999, 'SMALL'],
    [300, 300, 'SMALL'],
    [299, 300, 'MICRO'],
    [300, 299, 'MICRO'],
  ] as const)('CONSTRUCTION: revenue %d, total assets %d -> %s', (revenue10kCny, totalAssets10kCny, expected) => {
    expect(classifySize({ category: 'CONSTRUCTION', revenue10kCny, totalAssets10kCny })).toBe(expected);
  });

  it('ignores employees for construction', () => {
    const firm = { category: 'CONSTRUCTION', revenue10kCny: 6000, totalAssets10kCny: 5000 } as const;
    expect(classifySize({ ...firm, employees: 0 })).toBe('MEDIUM');
    expect(classifySize({ ...firm, employees: 100000 })).toBe('MEDIUM');
  });

  it.each([
    [20000, 'LARGE'],
    [19999, 'MEDIUM'],
    [500, 'MEDIUM'],
    [499, 'SMALL'],
    [50, 'SMALL'],
    [49, 'MICRO'],
    [0, 'MICRO'],
  ] as const)('AGRICULTURE: revenue %d -> %s, on revenue alone', (revenue10kCny, expected) => {
    expect(classifySize({ category: 'AGRICULTURE', revenue10kCny })).toBe(expected);
    expect(classifySize({ category: 'AGRICULTURE', revenue10kCny, employees: 100000 })).toBe(expected);
  });

  it('accepts fractional figures (annual averages) and compares them exactly', () => {
    expect(classifySize({ category: 'RETAIL', employees: 49.5, revenue10kCny: 500 })).toBe('SMALL');
    expect(classifySize({ category: 'RETAIL', employees: 50, revenue10kCny: 499.99 })).toBe('SMALL');
  });
});

describe('classifySize input errors', () => {
  it('requires total assets for construction', () => {
    expect(() => classifySize({ category: 'CONSTRUCTION', revenue10kCny: 6000 })).toThrow(CodeRuleError);
    expect(() => classifySize({ category: 'CONSTRUCTION', revenue10kCny: 6000 })).toThrow(
      'totalAssets10kCny is required to classify CONSTRUCTION enterprises (size rules 2011)',
    );
  });

  it('requires employees where the category counts them', () => {
    expect(() => classifySize({ category: 'WHOLESALE', revenue10kCny: 6000 })).toThrow(
      'employees is required to classify WHOLESALE enterprises (size rules 2011)',
    );
  });

  it.each([
    [{ employees: -1, revenue10kCny: 10 }, 'employees must be a non-negative number, got -1'],
    [{ employees: 10, revenue10kCny: Number.NaN }, 'revenue10kCny must be a non-negative number, got NaN'],
    [{ employees: Number.POSITIVE_INFINITY, revenue10kCny: 10 }, 'employees must be a non-negative number, got Infinity'],
  ])('rejects %j', (figures, message) => {
    expect(() => classifySize({ category: 'INDUSTRY', ...figures })).toThrow(message);
  });
});

describe('classifySize with another thresholds version', () => {
  const revised: SizeThresholds = {
    version: 'test-revision',
    source: 'made up for this test',
    rows: [
      {
        category: 'INDUSTRY',
        measures: ['employees', 'revenue10kCny'],
        smeBound: { employees: 2000, revenue10kCny: 80000 },
        mediumFloor: { employees: 500, revenue10kCny: 5000 },
        smallFloor: { employees: 50, revenue10kCny: 500 },
      },
    ],
  };

  it('classifies with the thresholds it is given, not the 2011 ones', () => {
    const firm = { category: 'INDUSTRY', employees: 1000, revenue10kCny: 40000 } as const;
    expect(classifySize(firm)).toBe('LARGE');
    expect(classifySize(firm, revised)).toBe('MEDIUM');
  });

  it('says which category the version lacks', () => {
    expect(() => classifySize({ category: 'RETAIL', employees: 1, revenue10kCny: 1 }, revised)).toThrow(
      'has no size thresholds for category RETAIL in version test-revision',
    );
  });
});
