import { AQLS, Aql } from './aql.table';
import { CodeLetter, InspectionLevel, Severity } from './code-letter.table';
import { SamplingPlan, SamplingPlanRequest, acceptanceNumberOneStepTighter, samplingPlan } from './sampling-plan.rule';

// The largest lot that gets each letter at level II (GB/T 2828.1-2012 Table 1); A comes from
// level S-1 (lot 50) so that arrows to larger samples still fit the lot; R needs level III.
const LOT_FOR: Record<CodeLetter, [number, InspectionLevel]> = {
  A: [50, 'S-1'],
  B: [15, 'II'],
  C: [25, 'II'],
  D: [50, 'II'],
  E: [90, 'II'],
  F: [150, 'II'],
  G: [280, 'II'],
  H: [500, 'II'],
  J: [1200, 'II'],
  K: [3200, 'II'],
  L: [10000, 'II'],
  M: [35000, 'II'],
  N: [150000, 'II'],
  P: [500000, 'II'],
  Q: [10_000_000, 'II'],
  R: [10_000_000, 'III'],
};

function planFor(letter: CodeLetter, aql: Aql, severity: Severity = 'NORMAL'): SamplingPlan {
  const [lotSize, level] = LOT_FOR[letter];
  const result = samplingPlan({ lotSize, level, aql, severity });
  if (!result.ok) throw new Error(`expected a plan for ${letter} at ${aql}, got: ${result.error}`);
  expect(result.plan.originalCodeLetter).toBe(letter);
  return result.plan;
}

function errorFor(request: SamplingPlanRequest): string {
  const result = samplingPlan(request);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.plan)}`);
  return result.error;
}

type Cell = [letter: CodeLetter, aql: Aql, usedLetter: CodeLetter, n: number, ac: number, re: number];

describe('samplingPlan, normal inspection (GB/T 2828.1-2012 Table 2-A)', () => {
  it.each<Cell>([
    ['J', '1.0', 'J', 80, 2, 3],
    ['J', '0.65', 'J', 80, 1, 2],
    ['J', '2.5', 'J', 80, 5, 6],
    ['J', '4.0', 'J', 80, 7, 8],
    ['J', '6.5', 'J', 80, 10, 11],
    ['K', '1.0', 'K', 125, 3, 4],
    ['L', '0.65', 'L', 200, 3, 4],
    ['H', '1.0', 'H', 50, 1, 2],
    ['A', '6.5', 'A', 2, 0, 1],
    ['E', '1.0', 'E', 13, 0, 1],
    ['Q', '0.010', 'Q', 1250, 0, 1],
    ['Q', '1.0', 'Q', 1250, 21, 22],
    ['K', '10', 'K', 125, 21, 22],
  ])('%s at AQL %s -> letter %s, n %d, Ac %d Re %d', (letter, aql, used, n, ac, re) => {
    const plan = planFor(letter, aql);
    expect(plan).toEqual({
      codeLetter: used,
      originalCodeLetter: letter,
      sampleSize: n,
      acceptanceNumber: ac,
      rejectionNumber: re,
      hundredPercent: false,
      severity: 'NORMAL',
      aql,
    });
  });

  it.each<Cell>([
    // G (n 32) at AQL 1.0 is a down arrow in the printed table: the plan is H's n 50, Ac 1 Re 2.
    ['G', '1.0', 'H', 50, 1, 2],
    ['D', '1.0', 'E', 13, 0, 1],
    ['F', '1.0', 'E', 13, 0, 1],
    ['A', '1.0', 'E', 13, 0, 1],
    ['C', '6.5', 'D', 8, 1, 2],
    ['P', '0.010', 'Q', 1250, 0, 1],
    ['R', '0.010', 'Q', 1250, 0, 1],
    ['R', '1.0', 'Q', 1250, 21, 22],
    ['L', '10', 'K', 125, 21, 22],
    ['R', '10', 'K', 125, 21, 22],
  ])('%s at AQL %s follows the arrow to letter %s: n %d, Ac %d Re %d', (letter, aql, used, n, ac, re) => {
    const plan = planFor(letter, aql);
    expect([plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber, plan.hundredPercent]).toEqual([used, n, ac, re, false]);
    expect(plan.note).toBe(`arrow followed from code letter ${letter} to ${used}`);
  });

  it('gives a lot of 1,000 at level II and AQL 1.0 code letter J: n 80, Ac 2 Re 3', () => {
    expect(samplingPlan({ lotSize: 1000, level: 'II', aql: '1.0', severity: 'NORMAL' })).toEqual({
      ok: true,
      plan: { codeLetter: 'J', originalCodeLetter: 'J', sampleSize: 80, acceptanceNumber: 2, rejectionNumber: 3, hundredPercent: false, severity: 'NORMAL', aql: '1.0' },
    });
  });

  it('inspects a lot of 10 (level II, AQL 0.65) 100%, as the arrow leads to n 20', () => {
    const result = samplingPlan({ lotSize: 10, level: 'II', aql: '0.65', severity: 'NORMAL' });
    expect(result).toEqual({
      ok: true,
      plan: {
        codeLetter: 'F',
        originalCodeLetter: 'B',
        sampleSize: 10,
        acceptanceNumber: 0,
        rejectionNumber: 1,
        hundredPercent: true,
        severity: 'NORMAL',
        aql: '0.65',
        note: 'arrow followed from code letter B to F; sample size 20 is not smaller than the lot of 10: inspect 100% (table plan n 20, Ac 0 Re 1; Ac 0 Re 1 by convention)',
      },
    });
  });

  it('inspects 100% when the sample size equals the lot size', () => {
    const result = samplingPlan({ lotSize: 13, level: 'II', aql: '1.0', severity: 'NORMAL' });
    expect(result.ok && [result.plan.codeLetter, result.plan.sampleSize, result.plan.hundredPercent]).toEqual(['E', 13, true]);
  });

  it('samples a lot one larger than the sample size normally', () => {
    const result = samplingPlan({ lotSize: 14, level: 'II', aql: '1.0', severity: 'NORMAL' });
    expect(result.ok && [result.plan.sampleSize, result.plan.hundredPercent]).toEqual([13, false]);
  });

  it('uses Ac 0 Re 1 under 100% inspection even where the table plan accepts one nonconforming unit', () => {
    // Lot 3 at level III is B; AQL 10 points down to C's n 5, Ac 1 Re 2, more than the lot.
    const result = samplingPlan({ lotSize: 3, level: 'III', aql: '10', severity: 'NORMAL' });
    expect(result.ok && result.plan).toMatchObject({ codeLetter: 'C', sampleSize: 3, acceptanceNumber: 0, rejectionNumber: 1, hundredPercent: true });
    expect(result.ok && result.plan.note).toContain('table plan n 5, Ac 1 Re 2');
  });

  // Above AQL 10 the plans count nonconformities per 100 units and may accept more than the sample.
  it.each<Cell>([
    ['J', '15', 'J', 80, 21, 22],
    ['J', '25', 'H', 50, 21, 22],
    ['J', '100', 'E', 13, 21, 22],
    ['J', '1000', 'B', 3, 44, 45],
  ])('%s at AQL %s (above 10) -> letter %s, n %d, Ac %d Re %d', (letter, aql, used, n, ac, re) => {
    const plan = planFor(letter, aql);
    expect([plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber]).toEqual([used, n, ac, re]);
  });

  // The two cells where the diagonal rule (docs/domain-notes.md, "Sampling and switching (GB/T 2828.1-2012)") gives an arrow off the table: the printed table turns it round.
  it('follows letter A at AQL 10 down to C (n 5, Ac 1 Re 2)', () => {
    const result = samplingPlan({ lotSize: 8, level: 'II', aql: '10', severity: 'NORMAL' });
    expect(result.ok && [result.plan.codeLetter, result.plan.sampleSize, result.plan.acceptanceNumber, result.plan.rejectionNumber]).toEqual(['C', 5, 1, 2]);
  });

  it('follows letter R at AQL 0.015 up to P (n 800, Ac 0 Re 1)', () => {
    const result = samplingPlan({ lotSize: 600000, level: 'III', aql: '0.015', severity: 'NORMAL' });
    expect(result.ok && [result.plan.codeLetter, result.plan.sampleSize, result.plan.acceptanceNumber, result.plan.rejectionNumber]).toEqual(['P', 800, 0, 1]);
  });
});

describe('samplingPlan, tightened inspection (GB/T 2828.1-2012 Table 2-B)', () => {
  it.each<Cell>([
    ['J', '1.0', 'J', 80, 1, 2],
    ['J', '2.5', 'J', 80, 3, 4],
    ['J', '6.5', 'J', 80, 8, 9],
    ['J', '0.25', 'J', 80, 0, 1],
    ['K', '10', 'K', 125, 18, 19],
    ['Q', '0.015', 'Q', 1250, 0, 1],
    ['R', '0.010', 'R', 2000, 0, 1],
  ])('%s at AQL %s -> letter %s, n %d, Ac %d Re %d', (letter, aql, used, n, ac, re) => {
    const plan = planFor(letter, aql, 'TIGHTENED');
    expect([plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber, plan.severity]).toEqual([used, n, ac, re, 'TIGHTENED']);
  });

  it.each<Cell>([
    ['G', '1.0', 'J', 80, 1, 2],
    ['H', '1.0', 'J', 80, 1, 2],
    ['E', '1.0', 'F', 20, 0, 1],
    ['L', '10', 'K', 125, 18, 19],
  ])('%s at AQL %s follows the arrows to letter %s: n %d, Ac %d Re %d', (letter, aql, used, n, ac, re) => {
    const plan = planFor(letter, aql, 'TIGHTENED');
    expect([plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber]).toEqual([used, n, ac, re]);
  });

  it('is stricter than normal for the same lot', () => {
    const normal = planFor('J', '1.0');
    const tightened = planFor('J', '1.0', 'TIGHTENED');
    expect(tightened.sampleSize).toBe(normal.sampleSize);
    expect(tightened.acceptanceNumber).toBeLessThan(normal.acceptanceNumber);
  });

  it('refuses code letter A at AQL 10, where sources disagree', () => {
    expect(errorFor({ lotSize: 8, level: 'II', aql: '10', severity: 'TIGHTENED' })).toContain('sources disagree');
  });

  it('follows letter R at AQL 0.015 up to Q (n 1250, Ac 0 Re 1)', () => {
    const plan = planFor('R', '0.015', 'TIGHTENED');
    expect([plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber]).toEqual(['Q', 1250, 0, 1]);
  });

  it('follows letter Q at AQL 0.025 down past R to row S (n 3150, Ac 1 Re 2), which only Table 2-B has', () => {
    const plan = planFor('Q', '0.025', 'TIGHTENED');
    expect([plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber]).toEqual(['S', 3150, 1, 2]);
    expect(plan.note).toBe('arrow followed from code letter Q to S');
  });

  it('gives plans above AQL 10 too', () => {
    const plan = planFor('J', '15', 'TIGHTENED');
    expect([plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber]).toEqual(['J', 80, 18, 19]);
  });
});

describe('samplingPlan, reduced inspection (GB/T 2828.1-2012 Table 2-C)', () => {
  it.each<Cell>([
    ['J', '1.0', 'J', 32, 1, 2],
    ['J', '2.5', 'J', 32, 3, 4],
    ['J', '6.5', 'J', 32, 6, 7],
    ['K', '10', 'K', 50, 10, 11],
    ['Q', '0.010', 'Q', 500, 0, 1],
    ['R', '0.65', 'R', 800, 10, 11],
    ['J', '15', 'J', 32, 10, 11],
  ])('%s at AQL %s -> letter %s, n %d, Ac %d Re %d', (letter, aql, used, n, ac, re) => {
    const plan = planFor(letter, aql, 'REDUCED');
    expect([plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber, plan.severity]).toEqual([used, n, ac, re, 'REDUCED']);
  });

  it.each<Cell>([
    ['G', '1.0', 'J', 32, 1, 2],
    ['A', '10', 'D', 3, 1, 2],
    ['Q', '0.025', 'N', 200, 0, 1],
    ['R', '0.010', 'Q', 500, 0, 1],
    ['J', '25', 'H', 20, 10, 11],
  ])('%s at AQL %s follows the arrows to letter %s: n %d, Ac %d Re %d', (letter, aql, used, n, ac, re) => {
    const plan = planFor(letter, aql, 'REDUCED');
    expect([plan.codeLetter, plan.sampleSize, plan.acceptanceNumber, plan.rejectionNumber]).toEqual([used, n, ac, re]);
    expect(plan.note).toBe(`arrow followed from code letter ${letter} to ${used}`);
  });

  it('samples fewer units than normal inspection for the same lot', () => {
    const normal = planFor('J', '1.0');
    const reduced = planFor('J', '1.0', 'REDUCED');
    expect([normal.sampleSize, reduced.sampleSize]).toEqual([80, 32]);
  });

  it('inspects 100% when the reduced sample reaches the lot', () => {
    // A lot of 2 is letter A; Table 2-C's n 2 at AQL 6.5 is the whole lot.
    const result = samplingPlan({ lotSize: 2, level: 'II', aql: '6.5', severity: 'REDUCED' });
    expect(result.ok && result.plan).toMatchObject({ codeLetter: 'A', sampleSize: 2, acceptanceNumber: 0, rejectionNumber: 1, hundredPercent: true });
  });
});

describe('samplingPlan input', () => {
  it.each<[Partial<SamplingPlanRequest>, string]>([
    [{ lotSize: 1 }, 'lotSize: must be a whole number of at least 2, got 1'],
    [{ lotSize: 99.5 }, 'lotSize: must be a whole number of at least 2, got 99.5'],
    [{ level: 'IV' as InspectionLevel }, 'level: must be one of S-1, S-2, S-3, S-4, I, II, III, got IV'],
    [{ aql: '1' as Aql }, 'aql: must be one of 0.010, 0.015'],
    [{ severity: 'STRICT' as Severity }, 'severity: must be one of NORMAL, TIGHTENED, REDUCED, got STRICT'],
  ])('returns an error naming the field for %p', (override, message) => {
    const result = samplingPlan({ lotSize: 1000, level: 'II', aql: '1.0', severity: 'NORMAL', ...override });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });
});

describe('samplingPlan across every lot range, level and AQL', () => {
  const lots = [2, 8, 9, 15, 16, 25, 26, 50, 51, 90, 91, 150, 151, 280, 281, 500, 501, 1200, 1201, 3200, 3201, 10000, 10001, 35000, 35001, 150000, 150001, 500000, 500001];
  const levels: InspectionLevel[] = ['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'];

  it.each<Severity>(['NORMAL', 'TIGHTENED', 'REDUCED'])('%s: every answer is a usable plan, or the one refused cell', (severity) => {
    const refused = new Set<string>();
    for (const lotSize of lots) {
      for (const level of levels) {
        for (const aql of AQLS) {
          const result = samplingPlan({ lotSize, level, aql, severity });
          if (!result.ok) {
            refused.add(result.error);
            continue;
          }
          const { plan } = result;
          expect(plan.rejectionNumber).toBe(plan.acceptanceNumber + 1);
          expect(plan.sampleSize).toBeLessThanOrEqual(lotSize);
          expect(plan.hundredPercent).toBe(plan.sampleSize === lotSize);
        }
      }
    }
    expect([...refused]).toEqual(
      severity === 'TIGHTENED' ? ['aql: no plan at AQL 10 for code letter A in GB/T 2828.1-2012 Table 2-B: sources disagree on this cell; read the printed standard'] : [],
    );
  });
});

describe('acceptanceNumberOneStepTighter (for the switching score)', () => {
  it('gives the Ac one AQL column to the left on the same sample', () => {
    expect(acceptanceNumberOneStepTighter('J', '1.0')).toBe(1); // J at 0.65 is Ac 1
    expect(acceptanceNumberOneStepTighter('J', '6.5')).toBe(7); // J at 4.0 is Ac 7
    expect(acceptanceNumberOneStepTighter('K', '10')).toBe(14); // K at 6.5 is Ac 14
    expect(acceptanceNumberOneStepTighter('K', '15')).toBe(21); // K at 10 is Ac 21
  });

  it('gives null where the tighter cell is an arrow or there is no tighter AQL', () => {
    expect(acceptanceNumberOneStepTighter('J', '0.65')).toBeNull(); // J at 0.40 is an arrow
    expect(acceptanceNumberOneStepTighter('Q', '0.010')).toBeNull();
  });
});
