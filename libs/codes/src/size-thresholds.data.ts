// Enterprise size thresholds, kept as versioned data because the rules get
// revised. Units: employees (从业人员, persons); revenue and total assets in
// 10k CNY (万元).
export const SIZE_CATEGORIES = ['INDUSTRY', 'WHOLESALE', 'RETAIL', 'SOFTWARE_IT', 'CONSTRUCTION', 'AGRICULTURE'] as const;
export type SizeCategory = (typeof SIZE_CATEGORIES)[number];

export const SIZE_MEASURES = ['employees', 'revenue10kCny', 'totalAssets10kCny'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

/** One figure per measure the row uses. */
export type SizeBounds = Readonly<Partial<Record<SizeMeasure, number>>>;

export interface SizeThresholdRow {
  readonly category: SizeCategory;
  /** The measures this category is judged on. */
  readonly measures: readonly SizeMeasure[];
  /** SME if any measure is below its bound; large otherwise. */
  readonly smeBound: SizeBounds;
  /** Medium if every measure is at or above its floor. */
  readonly mediumFloor: SizeBounds;
  /** Small if every measure is at or above its floor; micro otherwise. */
  readonly smallFloor: SizeBounds;
}

export interface SizeThresholds {
  readonly version: string;
  readonly source: string;
  readonly rows: readonly SizeThresholdRow[];
}

const EMPLOYEES_AND_REVENUE = ['employees', 'revenue10kCny'] as const;

// 工信部联企业〔2011〕300号 《中小企业划型标准规定》 第四条: the rows the product uses
// (the notice has more industries, e.g. transport, catering).
export const SIZE_THRESHOLDS_2011: SizeThresholds = {
  version: '2011',
  source: '工信部联企业〔2011〕300号',
  rows: [
    {
      category: 'INDUSTRY',
      measures: EMPLOYEES_AND_REVENUE,
      smeBound: { employees: 1000, revenue10kCny: 40000 },
      mediumFloor: { employees: 300, revenue10kCny: 2000 },
      smallFloor: { employees: 20, revenue10kCny: 300 },
    },
    {
      category: 'WHOLESALE',
      measures: EMPLOYEES_AND_REVENUE,
      smeBound: { employees: 200, revenue10kCny: 40000 },
      mediumFloor: { employees: 20, revenue10kCny: 5000 },
      smallFloor: { employees: 5, revenue10kCny: 1000 },
    },
    {
      category: 'RETAIL',
      measures: EMPLOYEES_AND_REVENUE,
      smeBound: { employees: 300, revenue10kCny: 20000 },
      mediumFloor: { employees: 50, revenue10kCny: 500 },
      smallFloor: { employees: 10, revenue10kCny: 100 },
    },
    {
      category: 'SOFTWARE_IT',
      measures: EMPLOYEES_AND_REVENUE,
      smeBound: { employees: 300, revenue10kCny: 10000 },
      mediumFloor: { employees: 100, revenue10kCny: 1000 },
      smallFloor: { employees: 10, revenue10kCny: 50 },
    },
    {
      // Construction is judged on revenue and total assets, not employees.
      category: 'CONSTRUCTION',
      measures: ['revenue10kCny', 'totalAssets10kCny'],
      smeBound: { revenue10kCny: 80000, totalAssets10kCny: 80000 },
      mediumFloor: { revenue10kCny: 6000, totalAssets10kCny: 5000 },
      smallFloor: { revenue10kCny: 300, totalAssets10kCny: 300 },
    },
    {
      // Agriculture is judged on revenue alone.
      category: 'AGRICULTURE',
      measures: ['revenue10kCny'],
      smeBound: { revenue10kCny: 20000 },
      mediumFloor: { revenue10kCny: 500 },
      smallFloor: { revenue10kCny: 50 },
    },
  ],
};
