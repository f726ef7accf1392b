import {
  checkScoringConfig,
  correctiveActionIndex,
  DEFAULT_GRADE_BANDS,
  DEFAULT_SCORECARD_WEIGHTS,
  gradeFor,
  ppmOf,
  ScoreComponentName,
  ScoreInputs,
  scoreSupplier,
} from './scoring';

const NO_ACTIONS = { opened: 0, closed: 0, closedOnTime: 0, overdueNow: 0, effectivenessRate: null };

/** 100 lots (95 accepted; 90 first submitted, 81 of them accepted); 8,000 units, 20 nonconforming (2,500 PPM). */
const inputs = (over: Partial<ScoreInputs> = {}): ScoreInputs => ({
  lotsInspected: 100,
  lotsAccepted: 95,
  firstLots: 90,
  firstAccepted: 81,
  unitsInspected: 8000,
  unitsNonconforming: 20,
  actions: { opened: 4, closed: 3, closedOnTime: 2, overdueNow: 1, effectivenessRate: 1 },
  ...over,
});

const component = (score: ReturnType<typeof scoreSupplier>, name: ScoreComponentName) => score.components.find((c) => c.name === name)!;

describe('gradeFor', () => {
  it.each([
    [100, 'A'],
    [90, 'A'],
    [89.9, 'B'],
    [80, 'B'],
    [79.9, 'C'],
    [70, 'C'],
    [69.9, 'D'],
    [0, 'D'],
  ])('grades %p as %s with the default bands (A >= 90, B >= 80, C >= 70)', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });

  it('follows configured bands', () => {
    expect(gradeFor(85, { A: 85, B: 75, C: 60 })).toBe('A');
    expect(gradeFor(59, { A: 85, B: 75, C: 60 })).toBe('D');
  });
});

describe('ppmOf and correctiveActionIndex', () => {
  it('computes PPM from units, and nothing without units', () => {
    expect(ppmOf(20, 8000)).toBe(2500);
    expect(ppmOf(0, 0)).toBeNull();
  });

  it('averages timeliness (closed on time / closed + overdue now) with the effectiveness rate', () => {
    expect(correctiveActionIndex({ opened: 4, closed: 3, closedOnTime: 2, overdueNow: 1, effectivenessRate: 1 }).value).toBeCloseTo((2 / 4 + 1) / 2, 12);
    expect(correctiveActionIndex({ opened: 2, closed: 0, closedOnTime: 0, overdueNow: 1, effectivenessRate: null }).value).toBe(0);
    expect(correctiveActionIndex({ opened: 2, closed: 2, closedOnTime: 2, overdueNow: 0, effectivenessRate: 0.5 }).value).toBe(0.75);
  });

  it('treats actions still within their clocks as no data', () => {
    expect(correctiveActionIndex({ opened: 3, closed: 0, closedOnTime: 0, overdueNow: 0, effectivenessRate: null }).value).toBeNull();
    expect(correctiveActionIndex(NO_ACTIONS).value).toBeNull();
  });
});

describe('scoreSupplier', () => {
  it('weights every component with data and shows value, weight used and points', () => {
    const result = scoreSupplier(inputs());
    const w = DEFAULT_SCORECARD_WEIGHTS;
    const total = w.ppm + w.lotPassRate + w.firstPassYield + w.correctiveActions;
    const subscores = { ppm: 1 - 2500 / w.ppmAtZeroScore, lot: 0.95, fpy: 0.9, ca: 0.75 };
    const expected = ((w.ppm * subscores.ppm + w.lotPassRate * subscores.lot + w.firstPassYield * subscores.fpy + w.correctiveActions * subscores.ca) / total) * 100;
    expect(result.score).toBeCloseTo(expected, 1);
    expect(result.grade).toBe(gradeFor(Math.round(expected * 10) / 10));
    expect(component(result, ScoreComponentName.PPM)).toMatchObject({ value: 2500, subscore: 0.75, included: true, configuredWeight: w.ppm, weightUsed: w.ppm / total });
    expect(component(result, ScoreComponentName.LOT_PASS_RATE)).toMatchObject({ value: 0.95, included: true, basis: expect.stringContaining('95/100') });
    expect(component(result, ScoreComponentName.FIRST_PASS_YIELD)).toMatchObject({ value: 0.9, included: true, basis: expect.stringContaining('81/90') });
    expect(component(result, ScoreComponentName.CORRECTIVE_ACTIONS)).toMatchObject({ value: 0.75, included: true });
    const points = result.components.reduce((s, c) => s + c.points, 0);
    expect(Math.abs(points - result.score!)).toBeLessThan(0.05);
  });

  it('leaves out a component without data and renormalises the other weights', () => {
    const result = scoreSupplier(inputs({ actions: NO_ACTIONS }));
    const w = DEFAULT_SCORECARD_WEIGHTS;
    const rest = w.ppm + w.lotPassRate + w.firstPassYield;
    const ca = component(result, ScoreComponentName.CORRECTIVE_ACTIONS);
    expect(ca).toMatchObject({ value: null, subscore: null, included: false, weightUsed: 0, points: 0, configuredWeight: w.correctiveActions });
    expect(ca.basis).toMatch(/^no corrective action/);
    expect(component(result, ScoreComponentName.PPM).weightUsed).toBeCloseTo(w.ppm / rest, 4);
    const used = result.components.reduce((s, c) => s + c.weightUsed, 0);
    expect(used).toBeCloseTo(1, 3);
    expect(result.score).toBeCloseTo(((w.ppm * 0.75 + w.lotPassRate * 0.95 + w.firstPassYield * 0.9) / rest) * 100, 1);
  });

  it('gives no score and no grade without any data', () => {
    const empty = scoreSupplier({ lotsInspected: 0, lotsAccepted: 0, firstLots: 0, firstAccepted: 0, unitsInspected: 0, unitsNonconforming: 0, actions: NO_ACTIONS });
    expect(empty).toMatchObject({ score: null, grade: null });
    expect(empty.components.every((c) => !c.included && c.points === 0)).toBe(true);
  });

  it('floors the PPM component at 0 at the configured PPM and scores a perfect supplier 100 (A)', () => {
    const bad = scoreSupplier(inputs({ unitsNonconforming: 200 }), { ...DEFAULT_SCORECARD_WEIGHTS, ppmAtZeroScore: 20_000 });
    expect(component(bad, ScoreComponentName.PPM)).toMatchObject({ value: 25_000, subscore: 0, points: 0 });
    const perfect = scoreSupplier(inputs({ lotsAccepted: 100, firstAccepted: 90, unitsNonconforming: 0, actions: { opened: 1, closed: 1, closedOnTime: 1, overdueNow: 0, effectivenessRate: 1 } }));
    expect(perfect).toMatchObject({ score: 100, grade: 'A' });
  });

  it('takes other weights and bands: only the lot pass rate counts, graded on stricter bands', () => {
    const result = scoreSupplier(inputs(), { ppm: 0, lotPassRate: 1, firstPassYield: 0, correctiveActions: 0, ppmAtZeroScore: 10_000 }, { A: 98, B: 95, C: 90 });
    expect(result).toMatchObject({ score: 95, grade: 'B' });
    expect(component(result, ScoreComponentName.PPM)).toMatchObject({ included: true, weightUsed: 0, points: 0 });
    expect(component(result, ScoreComponentName.LOT_PASS_RATE)).toMatchObject({ weightUsed: 1, points: 95 });
  });

  it('gives no grade when only components weighted 0 have data', () => {
    const result = scoreSupplier(inputs({ lotsInspected: 0, lotsAccepted: 0, firstLots: 0, firstAccepted: 0 }), { ...DEFAULT_SCORECARD_WEIGHTS, ppm: 0, correctiveActions: 0 });
    expect(result).toMatchObject({ score: null, grade: null });
  });

  it('grades the score as shown (rounded to 0.1)', () => {
    // 0.89996 lot pass rate alone: 89.996 rounds to 90.0, so A, not B.
    const result = scoreSupplier(inputs({ lotsInspected: 100_000, lotsAccepted: 89_996 }), { ppm: 0, lotPassRate: 1, firstPassYield: 0, correctiveActions: 0, ppmAtZeroScore: 1 });
    expect(result).toMatchObject({ score: 90, grade: 'A' });
  });

  it('refuses unusable weights or bands, naming the field', () => {
    expect(checkScoringConfig(DEFAULT_SCORECARD_WEIGHTS, DEFAULT_GRADE_BANDS)).toBeNull();
    expect(checkScoringConfig({ ...DEFAULT_SCORECARD_WEIGHTS, ppm: -1 }, DEFAULT_GRADE_BANDS)).toEqual({ field: 'weights.ppm', message: 'must be a number of 0 or more' });
    expect(checkScoringConfig({ ppm: 0, lotPassRate: 0, firstPassYield: 0, correctiveActions: 0, ppmAtZeroScore: 1 }, DEFAULT_GRADE_BANDS)?.field).toBe('weights');
    expect(checkScoringConfig({ ...DEFAULT_SCORECARD_WEIGHTS, ppmAtZeroScore: 0 }, DEFAULT_GRADE_BANDS)?.field).toBe('weights.ppmAtZeroScore');
    expect(checkScoringConfig(DEFAULT_SCORECARD_WEIGHTS, { A: 80, B: 90, C: 70 })?.field).toBe('bands');
    expect(() => scoreSupplier(inputs(), { ...DEFAULT_SCORECARD_WEIGHTS, lotPassRate: Number.NaN })).toThrow('weights.lotPassRate: must be a number of 0 or more');
  });
});
