import { CodeRuleError } from './code-rule.error';
import { SIZE_THRESHOLDS_2011, SizeBounds, SizeCategory, SizeMeasure, SizeThresholdRow, SizeThresholds } from './size-thresholds.data';

export const SIZE_CLASSES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export interface SizeClassInput {
  readonly category: SizeCategory;
  /** Persons employed; not used for construction or agriculture. */
  readonly employees?: number;
  /** Operating revenue (营业收入), 10k CNY. */
  readonly revenue10kCny: number;
  /** Total assets (资产总额), 10k CNY; required for construction only. */
  readonly totalAssets10kCny?: number;
}

function thresholdRow(category: SizeCategory, thresholds: SizeThresholds): SizeThresholdRow {
  const row = thresholds.rows.find((r) => r.category === category);
  if (row === undefined) {
    throw new CodeRuleError('SIZE_CLASS', `has no size thresholds for category ${category} in version ${thresholds.version}`);
  }
  return row;
}

function measureValue(input: SizeClassInput, measure: SizeMeasure, row: SizeThresholdRow, version: string): number {
  const value = input[measure];
  if (value === undefined) {
    throw new CodeRuleError('SIZE_CLASS', `${measure} is required to classify ${row.category} enterprises (size rules ${version})`);
  }
  if (!Number.isFinite(value) || value < 0) {
    throw new CodeRuleError('SIZE_CLASS', `${measure} must be a non-negative number, got ${value}`);
  }
  return value;
}

function bound(bounds: SizeBounds, measure: SizeMeasure, row: SizeThresholdRow): number {
  const value = bounds[measure];
  // A data error, not an input error: a row must give a figure for each of its measures.
  if (value === undefined) throw new Error(`size thresholds for ${row.category} lack a figure for ${measure}`);
  return value;
}

/**
 * Enterprise size under 工信部联企业〔2011〕300号 第四条: large if no measure is
 * below the SME bound; medium if every measure is at or above the medium
 * floor; small if every measure is at or above the small floor; else micro.
 * Throws CodeRuleError when a measure the category needs is missing or negative.
 */
export function classifySize(input: SizeClassInput, thresholds: SizeThresholds = SIZE_THRESHOLDS_2011): SizeClass {
  const row = thresholdRow(input.category, thresholds);
  const measured = row.measures.map((measure) => ({ measure, value: measureValue(input, measure, row, thresholds.version) }));
  const atOrAbove = (bounds: SizeBounds): boolean => measured.every(({ measure, value }) => value >= bound(bounds, measure, row));

  if (atOrAbove(row.smeBound)) return 'LARGE';
  if (atOrAbove(row.mediumFloor)) return 'MEDIUM';
  if (atOrAbove(row.smallFloor)) return 'SMALL';
  return 'MICRO';
}
