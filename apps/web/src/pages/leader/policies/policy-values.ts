/**
 * The pass-rate policy as the forms hold it, and back. Rates are typed as
 * percentages with one decimal (95.0) and sent as fractions (0.95); scorecard
 * weights are typed as percentages that add up to 100 and sent as fractions.
 * The rules mirror the API's (libs/insights pass-rate-policy.service.ts and
 * scoring.ts checkScoringConfig), so most mistakes are caught before sending.
 */
import type { LeaderPassRatePolicyQuery } from '../../../gql/graphql';

export type Policy = NonNullable<LeaderPassRatePolicyQuery['passRatePolicy']>;

export const STAGES = ['ALL', 'SELF', 'MUTUAL', 'SPECIAL', 'INCOMING'] as const;
export type Stage = (typeof STAGES)[number];

export interface ThresholdValues {
  stage: Stage;
  windowDays: number | null;
  minLots: number | null;
  /** Percent, one decimal; empty: not checked. */
  minLotPassRate: number | null;
  /** Empty: not checked. */
  maxPpm: number | null;
  fallbackDefectCode: string;
}

/** Each weight in percent of the score. */
export interface WeightValues {
  lotPassRate: number | null;
  firstPassYield: number | null;
  ppm: number | null;
  correctiveActions: number | null;
  ppmAtZeroScore: number | null;
}

export const WEIGHT_KEYS = ['lotPassRate', 'firstPassYield', 'ppm', 'correctiveActions'] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];

/** Lowest score of each grade; below C is D. */
export interface BandValues {
  A: number | null;
  B: number | null;
  C: number | null;
}

// The API's defaults (pass-rate-policy.service.ts, scoring.ts), shown while a chain has set nothing.
export const DEFAULT_WINDOW_DAYS = 30;
export const DEFAULT_MIN_LOTS = 5;
export const DEFAULT_DEFECT_CODE = 'FUN-FAIL';
const DEFAULT_WEIGHTS = { ppm: 0.3, lotPassRate: 0.25, firstPassYield: 0.25, correctiveActions: 0.2, ppmAtZeroScore: 10_000 };
const DEFAULT_BANDS = { A: 90, B: 80, C: 70 };

export const MAX_PPM = 1_000_000;
export const MAX_WINDOW_DAYS = 366;
export const DEFECT_CODE = /^[A-Z0-9][A-Z0-9-]{0,39}$/;

const oneDecimal = (v: number) => Math.round(v * 10) / 10;
export const toPercent = (fraction: number) => oneDecimal(fraction * 100);
/** 95.0 → 0.95, without floating-point dust (92.3 / 100 is 0.9229999…). */
export const toFraction = (percent: number) => Math.round(percent * 10) / 1000;

export function thresholdValues(policy: Policy | null): ThresholdValues {
  return {
    stage: (STAGES as readonly string[]).includes(policy?.stage ?? '') ? (policy!.stage as Stage) : 'ALL',
    windowDays: policy?.windowDays ?? DEFAULT_WINDOW_DAYS,
    minLots: policy?.minLots ?? DEFAULT_MIN_LOTS,
    minLotPassRate: policy?.minLotPassRate == null ? null : toPercent(policy.minLotPassRate),
    maxPpm: policy?.maxPpm ?? null,
    fallbackDefectCode: policy?.fallbackDefectCode ?? DEFAULT_DEFECT_CODE,
  };
}

export function thresholdInput(v: ThresholdValues) {
  return {
    stage: v.stage,
    windowDays: v.windowDays ?? DEFAULT_WINDOW_DAYS,
    minLots: v.minLots ?? DEFAULT_MIN_LOTS,
    // null switches a check off; the API keeps a field that is left out, so both are always sent.
    minLotPassRate: v.minLotPassRate == null ? null : toFraction(v.minLotPassRate),
    maxPpm: v.maxPpm ?? null,
    fallbackDefectCode: v.fallbackDefectCode.trim().toUpperCase(),
  };
}

/** The API takes any positive scale and renormalises; the form shows each weight's share of 100. */
export function weightValues(policy: Policy | null): WeightValues {
  const w = policy?.scorecardWeights ?? DEFAULT_WEIGHTS;
  const sum = WEIGHT_KEYS.reduce((s, k) => s + w[k], 0) || 1;
  const share = (k: WeightKey) => oneDecimal((w[k] / sum) * 100);
  return { lotPassRate: share('lotPassRate'), firstPassYield: share('firstPassYield'), ppm: share('ppm'), correctiveActions: share('correctiveActions'), ppmAtZeroScore: w.ppmAtZeroScore };
}

export const weightTotal = (v: Partial<WeightValues>) => oneDecimal(WEIGHT_KEYS.reduce((s, k) => s + (v[k] ?? 0), 0));
export const weightsAddUp = (v: Partial<WeightValues>) => Math.abs(weightTotal(v) - 100) < 0.05;

export function weightInput(v: WeightValues) {
  return {
    lotPassRate: toFraction(v.lotPassRate ?? 0),
    firstPassYield: toFraction(v.firstPassYield ?? 0),
    ppm: toFraction(v.ppm ?? 0),
    correctiveActions: toFraction(v.correctiveActions ?? 0),
    ppmAtZeroScore: v.ppmAtZeroScore ?? DEFAULT_WEIGHTS.ppmAtZeroScore,
  };
}

export function bandValues(policy: Policy | null): BandValues {
  const { A, B, C } = policy?.gradeBands ?? DEFAULT_BANDS;
  return { A, B, C };
}

/** The band that breaks A > B > C, to point at: B when it is not below A, C when it is not below B. */
export function bandOutOfOrder(v: Partial<BandValues>): 'B' | 'C' | null {
  if (v.A != null && v.B != null && v.B >= v.A) return 'B';
  if (v.B != null && v.C != null && v.C >= v.B) return 'C';
  return null;
}

export const bandInput = (v: BandValues) => ({ A: v.A ?? DEFAULT_BANDS.A, B: v.B ?? DEFAULT_BANDS.B, C: v.C ?? DEFAULT_BANDS.C });
