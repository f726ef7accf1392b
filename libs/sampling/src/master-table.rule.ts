import { Aql, LARGEST_RULE_AQL, aqlIndex, isAboveRuleRange } from './aql.table';
import { CodeLetter, codeLetterIndex } from './code-letter.table';

/** One cell of a master table: a plan, an arrow to follow, or a cell this library will not guess. */
export type MasterTableCell =
  | { readonly kind: 'PLAN'; readonly acceptanceNumber: number; readonly rejectionNumber: number }
  | { readonly kind: 'ARROW_DOWN' }
  | { readonly kind: 'ARROW_UP' }
  | { readonly kind: 'NOT_GIVEN'; readonly reason: string };

type AcRe = readonly [acceptanceNumber: number, rejectionNumber: number];

// domain.md rule for GB/T 2828.1-2012 Table 2-A: k = letter + aql - 14; these are k = 3..10.
export const NORMAL_PLANS_FROM_K3: readonly AcRe[] = [
  [1, 2],
  [2, 3],
  [3, 4],
  [5, 6],
  [7, 8],
  [10, 11],
  [14, 15],
  [21, 22],
];
const NORMAL_OFFSET = 14;

// domain.md rule for GB/T 2828.1-2012 Table 2-B: k' = letter + aql - 15; these are k' = 3..9.
export const TIGHTENED_PLANS_FROM_K3: readonly AcRe[] = [
  [1, 2],
  [2, 3],
  [3, 4],
  [5, 6],
  [8, 9],
  [12, 13],
  [18, 19],
];
const TIGHTENED_OFFSET = 15;

const DOWN: MasterTableCell = { kind: 'ARROW_DOWN' };
const UP: MasterTableCell = { kind: 'ARROW_UP' };

function plan([acceptanceNumber, rejectionNumber]: AcRe): MasterTableCell {
  return { kind: 'PLAN', acceptanceNumber, rejectionNumber };
}

function aboveRuleRange(table: string, aql: Aql): MasterTableCell {
  return {
    kind: 'NOT_GIVEN',
    reason: `aql: ${aql} is above ${LARGEST_RULE_AQL}; GB/T 2828.1-2012 ${table} cells above AQL ${LARGEST_RULE_AQL} need the printed table`,
  };
}

/** A cell of GB/T 2828.1-2012 Table 2-A (normal inspection, single sampling), built from domain.md's rule. */
export function normalCell(letter: CodeLetter, aql: Aql): MasterTableCell {
  if (isAboveRuleRange(aql)) return aboveRuleRange('Table 2-A', aql);
  const k = codeLetterIndex(letter) + aqlIndex(aql) - NORMAL_OFFSET;
  if (k < 0) return DOWN;
  if (k === 0) return plan([0, 1]);
  if (k === 1) return UP;
  if (k === 2) return DOWN;
  if (k <= 10) return plan(NORMAL_PLANS_FROM_K3[k - 3]);
  // k >= 11 is not in domain.md's rule. The printed Table 2-A shows an up arrow in every
  // cell past the Ac 21 / Re 22 diagonal (no plan at AQL <= 10 accepts more than 21),
  // so these lead back to the k = 10 row.
  return UP;
}

/** A cell of GB/T 2828.1-2012 Table 2-B (tightened inspection, single sampling), built from domain.md's rule. */
export function tightenedCell(letter: CodeLetter, aql: Aql): MasterTableCell {
  if (isAboveRuleRange(aql)) return aboveRuleRange('Table 2-B', aql);
  const k = codeLetterIndex(letter) + aqlIndex(aql) - TIGHTENED_OFFSET;
  // The cells above the 0/1 diagonal are down arrows in every GB/T 2828.1 master table.
  if (k < 0) return DOWN;
  if (k === 0) {
    // The rule gives 0/1 for A at AQL 10, but a published rendering of the same table
    // (MIL-STD-105E Table II-B) shows an arrow there: refuse rather than pick one.
    if (letter === 'A') {
      return {
        kind: 'NOT_GIVEN',
        reason:
          'aql: no plan at AQL 10 for code letter A under tightened inspection: sources disagree (0/1 by the rule, an arrow in a published table); read the printed GB/T 2828.1-2012 Table 2-B',
      };
    }
    return plan([0, 1]);
  }
  // k' = 1 and 2 are not in domain.md's rule ("read them from the printed table"). Table 2-B
  // shows two down arrows between the 0/1 and 1/2 diagonals (Table 2-A has up, then down).
  if (k === 1 || k === 2) return DOWN;
  if (k <= 9) return plan(TIGHTENED_PLANS_FROM_K3[k - 3]);
  // k' >= 10 is not in domain.md's rule: Table 2-B shows up arrows past the 18/19 diagonal.
  return UP;
}
