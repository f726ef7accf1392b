import { SamplingInputError } from './sampling-input.error';

export const INSPECTION_LEVELS = ['S-1', 'S-2', 'S-3', 'S-4', 'I', 'II', 'III'] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

export const SEVERITIES = ['NORMAL', 'TIGHTENED', 'REDUCED'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** The same type under the name libs/inspection imports: "severity" alone can be mistaken for a defect class. */
export type PlanSeverity = Severity;

// GB/T 2828.1-2012 Table 1 code letters, smallest sample first; I and O are not used.
export const CODE_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R'] as const;
export type CodeLetter = (typeof CODE_LETTERS)[number];

export interface CodeLetterRow {
  readonly minLot: number;
  /** Inclusive; Infinity for the open last row. */
  readonly maxLot: number;
  /** One letter per level, in INSPECTION_LEVELS order. */
  readonly letters: Readonly<Record<InspectionLevel, CodeLetter>>;
}

function row(minLot: number, maxLot: number, letters: string): CodeLetterRow {
  const [s1, s2, s3, s4, i, ii, iii] = letters.split(' ') as CodeLetter[];
  return { minLot, maxLot, letters: { 'S-1': s1, 'S-2': s2, 'S-3': s3, 'S-4': s4, I: i, II: ii, III: iii } };
}

// GB/T 2828.1-2012 Table 1 (sample size code letters).
// Columns: S-1 S-2 S-3 S-4 I II III.
export const CODE_LETTER_TABLE: readonly CodeLetterRow[] = [
  row(2, 8, 'A A A A A A B'),
  row(9, 15, 'A A A A A B C'),
  row(16, 25, 'A A B B B C D'),
  row(26, 50, 'A B B C C D E'),
  row(51, 90, 'B B C C C E F'),
  row(91, 150, 'B B C D D F G'),
  row(151, 280, 'B C D E E G H'),
  row(281, 500, 'B C D E F H J'),
  row(501, 1200, 'C C E F G J K'),
  row(1201, 3200, 'C D E G H K L'),
  row(3201, 10000, 'C D F G J L M'),
  row(10001, 35000, 'C D F H K M N'),
  row(35001, 150000, 'D E G J L N P'),
  row(150001, 500000, 'D E G J M P Q'),
  row(500001, Infinity, 'D E H K N Q R'),
];

export function isInspectionLevel(value: unknown): value is InspectionLevel {
  return typeof value === 'string' && (INSPECTION_LEVELS as readonly string[]).includes(value);
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

/** Position in CODE_LETTERS (A = 0 ... R = 15), the "letter" term of the master-table rule. */
export function codeLetterIndex(letter: CodeLetter): number {
  return CODE_LETTERS.indexOf(letter);
}

/** The message for a bad lot size or level, or undefined when both are usable. */
export function codeLetterInputError(lotSize: unknown, level: unknown): string | undefined {
  if (typeof lotSize !== 'number' || !Number.isSafeInteger(lotSize) || lotSize < 2) {
    // Table 1 starts at 2: a lot of one item is not sampled.
    return `lotSize: must be a whole number of at least 2, got ${String(lotSize)}`;
  }
  if (!isInspectionLevel(level)) {
    return `level: must be one of ${INSPECTION_LEVELS.join(', ')}, got ${String(level)}`;
  }
  return undefined;
}

/** Sample size code letter for a lot (GB/T 2828.1-2012 Table 1). Throws SamplingInputError on bad input. */
export function codeLetter(lotSize: number, level: InspectionLevel): CodeLetter {
  const error = codeLetterInputError(lotSize, level);
  if (error !== undefined) throw new SamplingInputError(error);
  const found = CODE_LETTER_TABLE.find((r) => lotSize >= r.minLot && lotSize <= r.maxLot);
  // Unreachable for a valid lot size: the rows cover 2..Infinity without gaps (see the spec).
  if (found === undefined) throw new Error(`Table 1 has no row for lot size ${lotSize}`);
  return found.letters[level];
}
