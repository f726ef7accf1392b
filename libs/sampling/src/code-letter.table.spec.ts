import {
  CODE_LETTERS,
  CODE_LETTER_TABLE,
  CodeLetter,
  INSPECTION_LEVELS,
  InspectionLevel,
  codeLetter,
} from './code-letter.table';
import { SamplingInputError } from './sampling-input.error';

// GB/T 2828.1-2012 Table 1, transcribed here as text apart from code-letter.table.ts, so the
// test checks the code against a second transcription rather than against itself.
const DOMAIN_TABLE_1 = `
| lot size | S-1 | S-2 | S-3 | S-4 | I | II | III |
|---|---|---|---|---|---|---|---|
| 2-8 | A | A | A | A | A | A | B |
| 9-15 | A | A | A | A | A | B | C |
| 16-25 | A | A | B | B | B | C | D |
| 26-50 | A | B | B | C | C | D | E |
| 51-90 | B | B | C | C | C | E | F |
| 91-150 | B | B | C | D | D | F | G |
| 151-280 | B | C | D | E | E | G | H |
| 281-500 | B | C | D | E | F | H | J |
| 501-1200 | C | C | E | F | G | J | K |
| 1201-3200 | C | D | E | G | H | K | L |
| 3201-10000 | C | D | F | G | J | L | M |
| 10001-35000 | C | D | F | H | K | M | N |
| 35001-150000 | D | E | G | J | L | N | P |
| 150001-500000 | D | E | G | J | M | P | Q |
| 500001+ | D | E | H | K | N | Q | R |
`;

interface DocRow {
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly letters: readonly CodeLetter[];
}

function parseDocTable(text: string): DocRow[] {
  const lines = text.trim().split('\n').slice(2);
  return lines.map((line) => {
    const cells = line
      .split('|')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    const [label, ...letters] = cells;
    const open = label.endsWith('+');
    const [min, max] = open ? [Number(label.slice(0, -1)), Infinity] : label.split('-').map(Number);
    return { label, min, max, letters: letters as CodeLetter[] };
  });
}

const docRows = parseDocTable(DOMAIN_TABLE_1);

describe('codeLetter (GB/T 2828.1-2012 Table 1)', () => {
  it('reads all 15 rows and 7 levels from the domain text', () => {
    expect(docRows).toHaveLength(15);
    for (const r of docRows) expect(r.letters).toHaveLength(INSPECTION_LEVELS.length);
  });

  // Every cell, at both ends of its lot-size range.
  for (const docRow of docRows) {
    INSPECTION_LEVELS.forEach((level, column) => {
      const expected = docRow.letters[column];
      const lots = docRow.max === Infinity ? [docRow.min, docRow.min * 10, 2 ** 40] : [docRow.min, docRow.max];
      it(`lot ${docRow.label} at level ${level} -> ${expected}`, () => {
        for (const lot of lots) expect(codeLetter(lot, level)).toBe(expected);
      });
    });
  }

  it('keeps the library table identical to the domain table, row for row', () => {
    expect(CODE_LETTER_TABLE.map((r) => [r.minLot, r.maxLot, INSPECTION_LEVELS.map((l) => r.letters[l])])).toEqual(
      docRows.map((r) => [r.min, r.max, r.letters]),
    );
  });

  it('covers every lot size from 2 upwards without gaps or overlaps', () => {
    expect(CODE_LETTER_TABLE[0].minLot).toBe(2);
    for (let i = 1; i < CODE_LETTER_TABLE.length; i++) {
      expect(CODE_LETTER_TABLE[i].minLot).toBe(CODE_LETTER_TABLE[i - 1].maxLot + 1);
    }
    expect(CODE_LETTER_TABLE[CODE_LETTER_TABLE.length - 1].maxLot).toBe(Infinity);
  });

  it('never lowers the letter as the lot grows or the level rises', () => {
    const index = (l: CodeLetter): number => CODE_LETTERS.indexOf(l);
    for (let i = 0; i < CODE_LETTER_TABLE.length; i++) {
      const letters = INSPECTION_LEVELS.map((l) => index(CODE_LETTER_TABLE[i].letters[l]));
      for (let c = 1; c < letters.length; c++) expect(letters[c]).toBeGreaterThanOrEqual(letters[c - 1]);
      if (i > 0) {
        for (const level of INSPECTION_LEVELS) {
          expect(index(CODE_LETTER_TABLE[i].letters[level])).toBeGreaterThanOrEqual(index(CODE_LETTER_TABLE[i - 1].letters[level]));
        }
      }
    }
  });

  it.each([
    [1, 'at least 2, got 1'],
    [0, 'at least 2, got 0'],
    [-5, 'at least 2, got -5'],
    [10.5, 'got 10.5'],
    [Number.NaN, 'got NaN'],
    [Infinity, 'got Infinity'],
  ])('rejects lot size %p with a message naming lotSize', (lot, fragment) => {
    expect(() => codeLetter(lot, 'II')).toThrow(SamplingInputError);
    expect(() => codeLetter(lot, 'II')).toThrow(/^lotSize: must be a whole number of at least 2/);
    expect(() => codeLetter(lot, 'II')).toThrow(fragment);
  });

  it('rejects an unknown inspection level from an untyped caller', () => {
    expect(() => codeLetter(100, 'IV' as InspectionLevel)).toThrow('level: must be one of S-1, S-2, S-3, S-4, I, II, III, got IV');
  });
});

describe('code letters', () => {
  it('uses the letters A..R without I and O', () => {
    expect(CODE_LETTERS.join('')).toBe('ABCDEFGHJKLMNPQR');
  });
});
