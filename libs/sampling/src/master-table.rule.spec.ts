import { AQLS, Aql } from './aql.table';
import { CODE_LETTERS, CodeLetter } from './code-letter.table';
import { MasterTableCell, normalCell, tightenedCell } from './master-table.rule';

// Cells in the printed tables' notation: "Ac/Re", ↓, ↑, or ? for a cell the library refuses.
function show(cell: MasterTableCell): string {
  switch (cell.kind) {
    case 'PLAN':
      return `${cell.acceptanceNumber}/${cell.rejectionNumber}`;
    case 'ARROW_DOWN':
      return '↓';
    case 'ARROW_UP':
      return '↑';
    case 'NOT_GIVEN':
      return '?';
  }
}

function rowOf(cellAt: (l: CodeLetter, a: Aql) => MasterTableCell, letter: CodeLetter, aqls: readonly Aql[]): string {
  return aqls.map((a) => show(cellAt(letter, a))).join(' ');
}

const COMMON_AQLS: readonly Aql[] = ['0.65', '1.0', '1.5', '2.5', '4.0', '6.5', '10'];

describe('normalCell (GB/T 2828.1-2012 Table 2-A)', () => {
  // The widely printed AQL 0.65..10 columns of Table 2-A, row by row.
  const published: Record<CodeLetter, string> = {
    A: '↓ ↓ ↓ ↓ ↓ 0/1 ↑',
    B: '↓ ↓ ↓ ↓ 0/1 ↑ ↓',
    C: '↓ ↓ ↓ 0/1 ↑ ↓ 1/2',
    D: '↓ ↓ 0/1 ↑ ↓ 1/2 2/3',
    E: '↓ 0/1 ↑ ↓ 1/2 2/3 3/4',
    F: '0/1 ↑ ↓ 1/2 2/3 3/4 5/6',
    G: '↑ ↓ 1/2 2/3 3/4 5/6 7/8',
    H: '↓ 1/2 2/3 3/4 5/6 7/8 10/11',
    J: '1/2 2/3 3/4 5/6 7/8 10/11 14/15',
    K: '2/3 3/4 5/6 7/8 10/11 14/15 21/22',
    L: '3/4 5/6 7/8 10/11 14/15 21/22 ↑',
    M: '5/6 7/8 10/11 14/15 21/22 ↑ ↑',
    N: '7/8 10/11 14/15 21/22 ↑ ↑ ↑',
    P: '10/11 14/15 21/22 ↑ ↑ ↑ ↑',
    Q: '14/15 21/22 ↑ ↑ ↑ ↑ ↑',
    R: '21/22 ↑ ↑ ↑ ↑ ↑ ↑',
  };
  it.each(CODE_LETTERS.map((l) => [l]))('row %s matches the printed table at AQL 0.65..10', (letter) => {
    expect(rowOf(normalCell, letter, COMMON_AQLS)).toBe(published[letter]);
  });

  it('puts the first plan of the tightest columns at the bottom of the table', () => {
    const column = (aql: Aql): string => CODE_LETTERS.map((l) => show(normalCell(l, aql))).join(' ');
    expect(column('0.010')).toBe('↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑');
    expect(column('0.015')).toBe('↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓');
    expect(column('0.025')).toBe('↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ ↓ 0/1 ↑ ↓ 1/2');
  });

  it('follows domain.md rule k = letter + aql - 14 on the J row (n 80)', () => {
    expect(normalCell('J', '0.15')).toEqual({ kind: 'PLAN', acceptanceNumber: 0, rejectionNumber: 1 }); // k = 0
    expect(normalCell('J', '0.25')).toEqual({ kind: 'ARROW_UP' }); // k = 1
    expect(normalCell('J', '0.40')).toEqual({ kind: 'ARROW_DOWN' }); // k = 2
    expect(normalCell('J', '0.10')).toEqual({ kind: 'ARROW_DOWN' }); // k < 0
  });

  it('never gives a rejection number other than Ac + 1 (single sampling)', () => {
    for (const l of CODE_LETTERS) {
      for (const a of AQLS.slice(0, 16)) {
        const cell = normalCell(l, a);
        if (cell.kind === 'PLAN') expect(cell.rejectionNumber).toBe(cell.acceptanceNumber + 1);
      }
    }
  });

  it('refuses every cell above AQL 10 and names the printed table', () => {
    for (const a of AQLS.slice(16)) {
      const cell = normalCell('J', a);
      expect(cell.kind).toBe('NOT_GIVEN');
      if (cell.kind === 'NOT_GIVEN') expect(cell.reason).toBe(`aql: ${a} is above 10; GB/T 2828.1-2012 Table 2-A cells above AQL 10 need the printed table`);
    }
  });
});

describe('tightenedCell (GB/T 2828.1-2012 Table 2-B)', () => {
  it('gives domain.md cells for J (n 80): AQL 1.0 -> 1/2, 2.5 -> 3/4, 6.5 -> 8/9', () => {
    expect(show(tightenedCell('J', '1.0'))).toBe('1/2');
    expect(show(tightenedCell('J', '2.5'))).toBe('3/4');
    expect(show(tightenedCell('J', '6.5'))).toBe('8/9');
  });

  it("follows domain.md k' = letter + aql - 15 (0/1 at k' = 0, 1/2 .. 18/19 at k' = 3..9) with down arrows at k' = 1, 2", () => {
    expect(['0.15', '0.25', '0.40', '0.65', '1.0', '1.5', '2.5', '4.0', '6.5', '10'].map((a) => show(tightenedCell('J', a as Aql)))).toEqual([
      '↓',
      '0/1',
      '↓',
      '↓',
      '1/2',
      '2/3',
      '3/4',
      '5/6',
      '8/9',
      '12/13',
    ]);
    expect(show(tightenedCell('K', '10'))).toBe('18/19');
  });

  // Rows A..L at AQL 0.65..10 as laid out in MIL-STD-105E Table II-B (single, tightened),
  // Table 2-B's ancestor. The arrows at k' = 1, 2 and k' >= 10 are not in domain.md.
  const published: Partial<Record<CodeLetter, string>> = {
    A: '↓ ↓ ↓ ↓ ↓ ↓ ?',
    B: '↓ ↓ ↓ ↓ ↓ 0/1 ↓',
    C: '↓ ↓ ↓ ↓ 0/1 ↓ ↓',
    D: '↓ ↓ ↓ 0/1 ↓ ↓ 1/2',
    E: '↓ ↓ 0/1 ↓ ↓ 1/2 2/3',
    F: '↓ 0/1 ↓ ↓ 1/2 2/3 3/4',
    G: '0/1 ↓ ↓ 1/2 2/3 3/4 5/6',
    H: '↓ ↓ 1/2 2/3 3/4 5/6 8/9',
    J: '↓ 1/2 2/3 3/4 5/6 8/9 12/13',
    K: '1/2 2/3 3/4 5/6 8/9 12/13 18/19',
    L: '2/3 3/4 5/6 8/9 12/13 18/19 ↑',
  };
  it.each(Object.keys(published).map((l) => [l as CodeLetter]))('row %s matches the published layout at AQL 0.65..10', (letter) => {
    expect(rowOf(tightenedCell, letter, COMMON_AQLS)).toBe(published[letter]);
  });

  it('refuses code letter A at AQL 10, where the rule and the published table disagree', () => {
    const cell = tightenedCell('A', '10');
    expect(cell.kind).toBe('NOT_GIVEN');
    if (cell.kind === 'NOT_GIVEN') expect(cell.reason).toContain('read the printed GB/T 2828.1-2012 Table 2-B');
  });

  it('refuses every cell above AQL 10', () => {
    for (const a of AQLS.slice(16)) expect(tightenedCell('R', a).kind).toBe('NOT_GIVEN');
  });

  it('is never looser than normal inspection on the same sample size', () => {
    for (const l of CODE_LETTERS) {
      for (const a of AQLS.slice(0, 16)) {
        const normal = normalCell(l, a);
        const tightened = tightenedCell(l, a);
        if (normal.kind === 'PLAN' && tightened.kind === 'PLAN') {
          expect(tightened.acceptanceNumber).toBeLessThanOrEqual(normal.acceptanceNumber);
        }
      }
    }
  });
});
