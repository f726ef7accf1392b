import { Aql, aqlIndex, AQLS, isAql } from './aql.table';
import { CodeLetter, InspectionLevel, SEVERITIES, Severity, codeLetter, codeLetterInputError, isSeverity } from './code-letter.table';
import { MASTER_TABLES, TableLetter, masterTableRow } from './master-table.table';

export interface SamplingPlanRequest {
  readonly lotSize: number;
  readonly level: InspectionLevel;
  /** One of AQLS; a plain string is allowed because callers pass user input, and anything else gives ok: false. */
  readonly aql: Aql | string;
  readonly severity: Severity;
}

export interface SamplingPlan {
  /** The letter whose row gave the plan, after following arrows (S only under tightened inspection). */
  readonly codeLetter: TableLetter;
  /** The letter Table 1 gives for the lot size and level. */
  readonly originalCodeLetter: CodeLetter;
  /** Units to inspect; the whole lot when hundredPercent. */
  readonly sampleSize: number;
  readonly acceptanceNumber: number;
  readonly rejectionNumber: number;
  readonly hundredPercent: boolean;
  readonly severity: Severity;
  readonly aql: Aql;
  readonly note?: string;
}

export type SamplingPlanResult = { readonly ok: true; readonly plan: SamplingPlan } | { readonly ok: false; readonly error: string };

const SEVERITY_WORD: Readonly<Record<Severity, string>> = { NORMAL: 'normal', TIGHTENED: 'tightened', REDUCED: 'reduced' };

function refuse(error: string): SamplingPlanResult {
  return { ok: false, error };
}

function requestError(request: SamplingPlanRequest): string | undefined {
  const inputError = codeLetterInputError(request.lotSize, request.level);
  if (inputError !== undefined) return inputError;
  if (!isAql(request.aql)) return `aql: must be one of ${AQLS.join(', ')}, got ${String(request.aql)}`;
  if (!isSeverity(request.severity)) return `severity: must be one of ${SEVERITIES.join(', ')}, got ${String(request.severity)}`;
  return undefined;
}

type Resolved = { letter: TableLetter; sampleSize: number; acceptanceNumber: number; rejectionNumber: number } | { error: string };

// GB/T 2828.1-2012 Tables 2-A, 2-B and 2-C, notes to the arrows: follow an arrow to the first
// plan below (or above) it in the same column and use that row's sample size with its Ac and Re.
function followArrows(start: CodeLetter, aql: Aql, severity: Severity): Resolved {
  const table = MASTER_TABLES[severity];
  const column = aqlIndex(aql);
  let index = masterTableRow(severity, start)!.index; // every table has the rows A..R
  for (;;) {
    const row = table.rows[index];
    const cell = row.cells[column];
    if (cell.kind === 'PLAN') return { letter: row.letter, sampleSize: row.sampleSize, acceptanceNumber: cell.acceptanceNumber, rejectionNumber: cell.rejectionNumber };
    if (cell.kind === 'NOT_GIVEN') return { error: cell.reason };
    const next = cell.kind === 'ARROW_DOWN' ? index + 1 : index - 1;
    if (next < 0 || next >= table.rows.length) {
      // Not reached with the tables as printed (master-table.table.spec.ts follows every arrow).
      const direction = cell.kind === 'ARROW_DOWN' ? 'down' : 'up';
      return { error: `aql: no plan at AQL ${aql} for code letter ${start} under ${SEVERITY_WORD[severity]} inspection: the arrow leads ${direction} off GB/T 2828.1-2012 ${table.name}` };
    }
    index = next;
  }
}

/**
 * Single sampling plan under GB/T 2828.1-2012 (= ISO 2859-1) for one lot.
 * Never throws: bad input and cells this library will not guess come back as `ok: false`.
 */
export function samplingPlan(request: SamplingPlanRequest): SamplingPlanResult {
  const inputError = requestError(request);
  if (inputError !== undefined) return refuse(inputError);
  const { lotSize, level, severity } = request;
  const aql = request.aql as Aql; // checked by requestError
  const originalCodeLetter = codeLetter(lotSize, level);

  const resolved = followArrows(originalCodeLetter, aql, severity);
  if ('error' in resolved) return refuse(resolved.error);

  const { letter, acceptanceNumber, rejectionNumber } = resolved;
  const tableSampleSize = resolved.sampleSize;
  const arrowNote = letter === originalCodeLetter ? undefined : `arrow followed from code letter ${originalCodeLetter} to ${letter}`;

  if (tableSampleSize >= lotSize) {
    // GB/T 2828.1-2012 Tables 2-A/2-B/2-C note: when the sample size equals or exceeds the lot
    // size, inspect 100%. The standard gives no Ac/Re for that case; Ac 0 Re 1 (every
    // nonconforming unit found rejects the lot) is the usual convention, and ours.
    const tablePlan = `table plan n ${tableSampleSize}, Ac ${acceptanceNumber} Re ${rejectionNumber}`;
    return {
      ok: true,
      plan: {
        codeLetter: letter,
        originalCodeLetter,
        sampleSize: lotSize,
        acceptanceNumber: 0,
        rejectionNumber: 1,
        hundredPercent: true,
        severity,
        aql,
        note: [arrowNote, `sample size ${tableSampleSize} is not smaller than the lot of ${lotSize}: inspect 100% (${tablePlan}; Ac 0 Re 1 by convention)`]
          .filter((part) => part !== undefined)
          .join('; '),
      },
    };
  }

  return {
    ok: true,
    plan: {
      codeLetter: letter,
      originalCodeLetter,
      sampleSize: tableSampleSize,
      acceptanceNumber,
      rejectionNumber,
      hundredPercent: false,
      severity,
      aql,
      ...(arrowNote === undefined ? {} : { note: arrowNote }),
    },
  };
}

/**
 * Ac of the normal plan one AQL step tighter on the same sample (the code letter the plan
 * used, after arrows), or null when that cell is not a plan. Lets a caller work out
 * `wouldPassTighterStep` for the switching score: a lot passes when its nonconforming count
 * is at most this number. For Ac >= 2 the tighter cell is always a plan in the same row.
 */
export function acceptanceNumberOneStepTighter(letter: TableLetter, aql: Aql): number | null {
  const index = aqlIndex(aql);
  const found = masterTableRow('NORMAL', letter);
  if (index === 0 || !found) return null;
  const cell = found.row.cells[index - 1];
  return cell.kind === 'PLAN' ? cell.acceptanceNumber : null;
}
