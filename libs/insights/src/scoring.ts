/**
 * Supplier scorecard rules: pure functions, no I/O.
 *
 * The weights and the PPM scale are product configuration, not a published
 * standard: supplier scorecards differ from buyer to buyer. The grade bands
 * are the common convention A >= 90, B >= 80, C >= 70, D below, configurable
 * per chain (docs/domain-notes.md, "Supplier scoring bands").
 */
import { PassRateCounts, passRateFigures, ppmOf, ratioOf } from '@chainq/inspection';

export enum ScoreComponentName {
  PPM = 'PPM',
  LOT_PASS_RATE = 'LOT_PASS_RATE',
  FIRST_PASS_YIELD = 'FIRST_PASS_YIELD',
  CORRECTIVE_ACTIONS = 'CORRECTIVE_ACTIONS',
}

export interface ScorecardWeights {
  ppm: number;
  lotPassRate: number;
  firstPassYield: number;
  correctiveActions: number;
  /** PPM at or above which the PPM component scores 0; 0 PPM scores full marks, linear in between. */
  ppmAtZeroScore: number;
}

/** Relative weights (renormalised over the components that have data); any positive scale works. */
export const DEFAULT_SCORECARD_WEIGHTS: Readonly<ScorecardWeights> = Object.freeze({
  ppm: 0.3,
  lotPassRate: 0.25,
  firstPassYield: 0.25,
  correctiveActions: 0.2,
  ppmAtZeroScore: 10_000,
});

export type Grade = 'A' | 'B' | 'C' | 'D';

/** Lowest score (0..100) of each grade; anything below C is D. */
export interface GradeBands {
  A: number;
  B: number;
  C: number;
}

export const DEFAULT_GRADE_BANDS: Readonly<GradeBands> = Object.freeze({ A: 90, B: 80, C: 70 });

/** Corrective-action figures of one supplier in the period (from QualityInsightsService.supplierMetrics). */
export interface ActionFigures {
  opened: number;
  closed: number;
  closedOnTime: number;
  overdueNow: number;
  /** EFFECTIVE / checked; null before any effectiveness check. */
  effectivenessRate: number | null;
}

/** Counts of one supplier in the period (lot and unit counts are never mixed). */
export interface ScoreInputs extends PassRateCounts {
  actions: ActionFigures;
}

export interface ScoreComponent {
  name: ScoreComponentName;
  /** The measured figure: PPM, a rate 0..1, or the corrective-action index 0..1; null without data. */
  value: number | null;
  /** The figure on the 0..1 scale the score uses; null without data. */
  subscore: number | null;
  /** False when left out for want of data: its weight went to the others. */
  included: boolean;
  configuredWeight: number;
  /** Share of the score after renormalising over the included components (0..1); 0 when left out. */
  weightUsed: number;
  /** weightUsed x subscore x 100, rounded to 0.01; before rounding, the points add up to the score. */
  points: number;
  /** How the subscore is computed, and why it was left out if it was. */
  basis: string;
}

export interface SupplierScore {
  /** 0..100, rounded to 0.1; null when no component has data. */
  score: number | null;
  grade: Grade | null;
  components: ScoreComponent[];
}

const round = (v: number, places: number): number => Math.round(v * 10 ** places) / 10 ** places;

export { ppmOf };

/**
 * The corrective-action index, 0..1: the mean of (a) timeliness, actions
 * closed on time / (actions closed + actions overdue now), so open actions
 * still within their clocks are neutral, and (b) the effectiveness rate when
 * any action has been checked. Null when neither can be computed.
 */
export function correctiveActionIndex(a: ActionFigures): { value: number | null; parts: string[] } {
  const timeliness = ratioOf(a.closedOnTime, a.closed + a.overdueNow);
  const parts: string[] = [];
  const values: number[] = [];
  if (timeliness !== null) {
    values.push(timeliness);
    parts.push(`timeliness ${a.closedOnTime}/${a.closed + a.overdueNow} (closed on time / closed + overdue now)`);
  }
  if (a.effectivenessRate !== null) {
    values.push(a.effectivenessRate);
    parts.push(`effectiveness rate ${a.effectivenessRate}`);
  }
  return { value: values.length ? values.reduce((s, v) => s + v, 0) / values.length : null, parts };
}

/** A problem with weights or bands, naming the field; null when they are usable. */
export function checkScoringConfig(weights: ScorecardWeights, bands: GradeBands): { field: string; message: string } | null {
  for (const key of ['ppm', 'lotPassRate', 'firstPassYield', 'correctiveActions'] as const) {
    if (!Number.isFinite(weights[key]) || weights[key] < 0) return { field: `weights.${key}`, message: 'must be a number of 0 or more' };
  }
  if (weights.ppm + weights.lotPassRate + weights.firstPassYield + weights.correctiveActions <= 0) {
    return { field: 'weights', message: 'at least one weight must be above 0' };
  }
  if (!Number.isFinite(weights.ppmAtZeroScore) || weights.ppmAtZeroScore <= 0) return { field: 'weights.ppmAtZeroScore', message: 'must be above 0' };
  if (![bands.A, bands.B, bands.C].every((b) => Number.isFinite(b) && b >= 0 && b <= 100)) return { field: 'bands', message: 'each band is a score from 0 to 100' };
  if (!(bands.A > bands.B && bands.B > bands.C)) return { field: 'bands', message: 'must be A above B above C' };
  return null;
}

export function gradeFor(score: number, bands: GradeBands = DEFAULT_GRADE_BANDS): Grade {
  if (score >= bands.A) return 'A';
  if (score >= bands.B) return 'B';
  if (score >= bands.C) return 'C';
  return 'D';
}

/**
 * Scores one supplier: each component with data contributes its subscore
 * (0..1) times its weight; components without data are left out and the
 * remaining weights renormalised to sum to 1. The grade is read from the
 * score as shown (rounded to 0.1), so the two never disagree.
 */
export function scoreSupplier(inputs: ScoreInputs, weights: ScorecardWeights = DEFAULT_SCORECARD_WEIGHTS, bands: GradeBands = DEFAULT_GRADE_BANDS): SupplierScore {
  const problem = checkScoringConfig(weights, bands);
  if (problem) throw new RangeError(`${problem.field}: ${problem.message}`);

  const { ppm, lotPassRate, firstPassYield } = passRateFigures(inputs);
  const actions = correctiveActionIndex(inputs.actions);

  const raw: Omit<ScoreComponent, 'included' | 'weightUsed' | 'points'>[] = [
    {
      name: ScoreComponentName.PPM,
      value: ppm,
      subscore: ppm === null ? null : Math.max(0, 1 - ppm / weights.ppmAtZeroScore),
      configuredWeight: weights.ppm,
      basis: ppm === null ? 'no units inspected in the period' : `1 - PPM / ${weights.ppmAtZeroScore} (0 PPM scores 1, ${weights.ppmAtZeroScore} PPM or more scores 0)`,
    },
    {
      name: ScoreComponentName.LOT_PASS_RATE,
      value: lotPassRate,
      subscore: lotPassRate,
      configuredWeight: weights.lotPassRate,
      basis: lotPassRate === null ? 'no lots inspected in the period' : `lots accepted / lots inspected (${inputs.lotsAccepted}/${inputs.lotsInspected})`,
    },
    {
      name: ScoreComponentName.FIRST_PASS_YIELD,
      value: firstPassYield,
      subscore: firstPassYield,
      configuredWeight: weights.firstPassYield,
      basis: firstPassYield === null ? 'no lots first submitted in the period' : `lots accepted at first submission / lots first submitted (${inputs.firstAccepted}/${inputs.firstLots})`,
    },
    {
      name: ScoreComponentName.CORRECTIVE_ACTIONS,
      value: actions.value,
      subscore: actions.value,
      configuredWeight: weights.correctiveActions,
      basis: actions.value === null ? 'no corrective action closed, overdue or checked for effectiveness' : `mean of ${actions.parts.join(' and ')}`,
    },
  ];

  const totalWeight = raw.reduce((sum, c) => sum + (c.subscore === null ? 0 : c.configuredWeight), 0);
  let exact = 0;
  const components: ScoreComponent[] = raw.map((c) => {
    const included = c.subscore !== null;
    const share = included && totalWeight > 0 ? c.configuredWeight / totalWeight : 0;
    const points = share * (c.subscore ?? 0) * 100;
    exact += points;
    return { ...c, included, weightUsed: round(share, 4), points: round(points, 2) };
  });
  // No data at all, or data only for components weighted 0: nothing to grade.
  if (totalWeight === 0) return { score: null, grade: null, components };
  const score = round(exact, 1);
  return { score, grade: gradeFor(score, bands), components };
}
