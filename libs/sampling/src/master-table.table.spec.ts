import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AQLS, Aql, aqlIndex } from './aql.table';
import { CODE_LETTERS, Severity } from './code-letter.table';
import { MASTER_TABLES, MasterTableCell, TableLetter, masterTableRow } from './master-table.table';

/** The three master tables as transcribed, with how each was checked (see its `provenance`). */
interface TranscribedTables {
  sample_size: Record<'normal' | 'tightened' | 'reduced', Record<string, number>>;
  normal: Record<string, Record<string, TranscribedCell>>;
  tightened: Record<string, Record<string, TranscribedCell>>;
  reduced: Record<string, Record<string, TranscribedCell>>;
}
type TranscribedCell = [number, number] | 'down' | 'up' | null;

const FILE: TranscribedTables = JSON.parse(readFileSync(path.join(__dirname, '../test-data/gbt2828-1-master-tables.json'), 'utf8'));
const KEY: Record<Severity, 'normal' | 'tightened' | 'reduced'> = { NORMAL: 'normal', TIGHTENED: 'tightened', REDUCED: 'reduced' };

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

function transcribed(cell: TranscribedCell): string {
  if (cell === null) return '?';
  if (cell === 'down') return '↓';
  if (cell === 'up') return '↑';
  return `${cell[0]}/${cell[1]}`;
}

const cellAt = (severity: Severity, letter: TableLetter, aql: Aql): MasterTableCell => masterTableRow(severity, letter)!.row.cells[aqlIndex(aql)];

describe.each<Severity>(['NORMAL', 'TIGHTENED', 'REDUCED'])('master table for %s inspection against the transcribed tables', (severity) => {
  const file = FILE[KEY[severity]];
  const table = MASTER_TABLES[severity];

  it('has the transcription\'s rows, in order, with its sample sizes', () => {
    expect(table.rows.map((r) => r.letter)).toEqual(Object.keys(file));
    expect(Object.fromEntries(table.rows.map((r) => [r.letter, r.sampleSize]))).toEqual(FILE.sample_size[KEY[severity]]);
  });

  // Every cell but one: letter A at AQL 10 under tightened inspection, which sources disagree on.
  it.each(Object.keys(file))('row %s matches the transcription cell by cell', (letter) => {
    const expected = AQLS.map((aql) => (severity === 'TIGHTENED' && letter === 'A' && aql === '10' ? '?' : transcribed(file[letter][aql])));
    expect(AQLS.map((aql) => show(cellAt(severity, letter as TableLetter, aql)))).toEqual(expected);
  });

  it('rejects at Ac + 1 in every plan (single sampling; since ISO 2859-1:1999 also under reduced inspection)', () => {
    for (const row of table.rows) for (const cell of row.cells) if (cell.kind === 'PLAN') expect(cell.rejectionNumber).toBe(cell.acceptanceNumber + 1);
  });

  it('leads every arrow of rows A..R to a plan inside the table', () => {
    for (const start of CODE_LETTERS) {
      for (const aql of AQLS) {
        let index = masterTableRow(severity, start)!.index;
        let cell = table.rows[index].cells[aqlIndex(aql)];
        while (cell.kind === 'ARROW_DOWN' || cell.kind === 'ARROW_UP') {
          index += cell.kind === 'ARROW_DOWN' ? 1 : -1;
          expect(index >= 0 && index < table.rows.length).toBe(true);
          cell = table.rows[index].cells[aqlIndex(aql)];
        }
        if (!(severity === 'TIGHTENED' && aql === '10' && index === 0)) expect(`${start} ${aql} ${cell.kind}`).toBe(`${start} ${aql} PLAN`);
      }
    }
  });
});

describe('the transcribed tables themselves', () => {
  it('flag letter A at AQL 10 under tightened inspection, which the library refuses with the reason', () => {
    expect(FILE.tightened.A['10']).toEqual([0, 1]);
    const cell = cellAt('TIGHTENED', 'A', '10');
    expect(cell.kind === 'NOT_GIVEN' && cell.reason).toBe(
      'aql: no plan at AQL 10 for code letter A in GB/T 2828.1-2012 Table 2-B: sources disagree on this cell; read the printed standard',
    );
  });

  it('give the reduced sample sizes of Table 2-C, A 2 .. R 800', () => {
    expect(CODE_LETTERS.map((l) => masterTableRow('REDUCED', l)!.row.sampleSize)).toEqual([2, 2, 2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800]);
  });

  it('give normal and tightened inspection the sample sizes of Tables 2-A and 2-B, A 2 .. R 2000, and tightened a row S of 3150', () => {
    const sizes = [2, 3, 5, 8, 13, 20, 32, 50, 80, 125, 200, 315, 500, 800, 1250, 2000];
    expect(CODE_LETTERS.map((l) => masterTableRow('NORMAL', l)!.row.sampleSize)).toEqual(sizes);
    expect(CODE_LETTERS.map((l) => masterTableRow('TIGHTENED', l)!.row.sampleSize)).toEqual(sizes);
    expect(masterTableRow('TIGHTENED', 'S')!.row.sampleSize).toBe(3150);
    expect(masterTableRow('NORMAL', 'S')).toBeUndefined();
  });
});

/*
 * The diagonal rule for Tables 2-A and 2-B up to AQL 10
 * (docs/domain-notes.md, "Sampling and switching (GB/T 2828.1-2012)"), an independent check
 * on the cells typed into the code: k = letter + aql - 14 (normal) and k' = letter + aql - 15
 * (tightened).
 * The rule does not reach the table's edges: where it gives an arrow that leads off the table
 * (normal A at AQL 10: up from the first row; R at AQL 0.015: down from the last) the printed
 * table turns the arrow round, and the three such cells are listed here.
 */
describe('the diagonal rule for GB/T 2828.1-2012 Tables 2-A and 2-B', () => {
  const NORMAL_FROM_K3 = ['1/2', '2/3', '3/4', '5/6', '7/8', '10/11', '14/15', '21/22'];
  const TIGHTENED_FROM_K3 = ['1/2', '2/3', '3/4', '5/6', '8/9', '12/13', '18/19'];
  function byRule(severity: 'NORMAL' | 'TIGHTENED', letterIndex: number, aql: Aql): string {
    const k = letterIndex + aqlIndex(aql) - (severity === 'NORMAL' ? 14 : 15);
    const plans = severity === 'NORMAL' ? NORMAL_FROM_K3 : TIGHTENED_FROM_K3;
    if (k < 0) return '↓';
    if (k === 0) return '0/1';
    if (k === 1) return severity === 'NORMAL' ? '↑' : '↓';
    if (k === 2) return '↓';
    return plans[k - 3] ?? '↑';
  }
  const EDGES: Record<string, string> = { 'NORMAL A 10': '↓', 'NORMAL R 0.015': '↑', 'TIGHTENED R 0.015': '↑', 'TIGHTENED A 10': '?' };

  it.each<'NORMAL' | 'TIGHTENED'>(['NORMAL', 'TIGHTENED'])('gives every %s cell up to AQL 10 but the table edges', (severity) => {
    const differences: string[] = [];
    CODE_LETTERS.forEach((letter, index) => {
      for (const aql of AQLS.slice(0, aqlIndex('10') + 1)) {
        const cell = show(cellAt(severity, letter, aql));
        if (cell !== byRule(severity, index, aql)) differences.push(`${severity} ${letter} ${aql}`);
        if (EDGES[`${severity} ${letter} ${aql}`]) expect(cell).toBe(EDGES[`${severity} ${letter} ${aql}`]);
      }
    });
    expect(differences.sort()).toEqual(Object.keys(EDGES).filter((key) => key.startsWith(`${severity} `)).sort());
  });

  it('gives the Table 2-B cells for J (n 80) under tightened inspection: AQL 1.0 -> 1/2, 2.5 -> 3/4, 6.5 -> 8/9', () => {
    expect(['1.0', '2.5', '6.5'].map((aql) => show(cellAt('TIGHTENED', 'J', aql as Aql)))).toEqual(['1/2', '3/4', '8/9']);
  });

  it('is never looser under tightened inspection than under normal on the same row', () => {
    for (const letter of CODE_LETTERS) {
      for (const aql of AQLS) {
        const normal = cellAt('NORMAL', letter, aql);
        const tightened = cellAt('TIGHTENED', letter, aql);
        if (normal.kind === 'PLAN' && tightened.kind === 'PLAN') expect(tightened.acceptanceNumber).toBeLessThanOrEqual(normal.acceptanceNumber);
      }
    }
  });
});
