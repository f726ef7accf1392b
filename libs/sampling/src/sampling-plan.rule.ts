import { Aql, aqlIndex, AQLS, isAboveRuleRange, isAql } from './aql.table';
import {
  CODE_LETTERS,
  CodeLetter,
  InspectionLevel,
  REDUCED_SAMPLE_SIZES_UNVERIFIED,
  SAMPLE_SIZES,
  SEVERITIES,
  Severity,
  codeLetter,
  codeLetterIndex,
  codeLetterInputError,
  isSeverity,
} from './code-letter.table';
import { MasterTableCell, normalCell, tightenedCell } from './master-table.rule';

export interface SamplingPlanRequest {
  readonly lotSize: number;
  readonly level: InspectionLevel;
  /** One of AQLS; a plain string is allowed because callers pass user input, and anything else gives ok: false. */
  readonly aql: Aql | string;
  readonly severity: Severity;
}

export interface SamplingPlan {
  /** The letter whose row gave the plan, after following arrows. */
  readonly codeLetter: CodeLetter;
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

type Resolved = { letter: CodeLetter; acceptanceNumber: number; rejectionNumber: number } | { error: string };

// GB/T 2828.1-2012 Tables 2-A/2-B footnotes: follow an arrow to the first plan below
// (or above) it and use that row's sample size as well as its Ac and Re.
function followArrows(start: CodeLetter, aql: Aql, severity: Severity, cellAt: (l: CodeLetter, a: Aql) => MasterTableCell): Resolved {
  let index = codeLetterIndex(start);
  for (;;) {
    const letter = CODE_LETTERS[index];
    const cell = cellAt(letter, aql);
    if (cell.kind === 'PLAN') return { letter, acceptanceNumber: cell.acceptanceNumber, rejectionNumber: cell.rejectionNumber };
    if (cell.kind === 'NOT_GIVEN') return { error: cell.reason };
    const next = cell.kind === 'ARROW_DOWN' ? index + 1 : index - 1;
    if (next < 0 || next >= CODE_LETTERS.length) {
      const direction = cell.kind === 'ARROW_DOWN' ? `down past code letter ${letter}` : `up past code letter ${letter}`;
      const table = severity === 'NORMAL' ? 'Table 2-A' : 'Table 2-B';
      return {
        error: `aql: no plan at AQL ${aql} for code letter ${start} under ${SEVERITY_WORD[severity]} inspection: the arrow leads ${direction}, where the rule gives none; read the printed GB/T 2828.1-2012 ${table}`,
      };
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

  if (severity === 'REDUCED') {
    // Table 2-C is not in domain.md and its sample sizes are marked unverified: refuse rather
    // than risk accepting lots on a wrong plan.
    return refuse(
      `severity: reduced inspection plans are not built by this library; read Ac/Re from the printed GB/T 2828.1-2012 Table 2-C ` +
        `(its sample size for code letter ${originalCodeLetter} is listed, unverified, as ${REDUCED_SAMPLE_SIZES_UNVERIFIED[originalCodeLetter]} before any arrow)`,
    );
  }

  const resolved = followArrows(originalCodeLetter, aql, severity, severity === 'NORMAL' ? normalCell : tightenedCell);
  if ('error' in resolved) return refuse(resolved.error);

  const { letter, acceptanceNumber, rejectionNumber } = resolved;
  const tableSampleSize = SAMPLE_SIZES[letter];
  const arrowNote = letter === originalCodeLetter ? undefined : `arrow followed from code letter ${originalCodeLetter} to ${letter}`;

  if (tableSampleSize >= lotSize) {
    // GB/T 2828.1-2012 Table 2-A/2-B footnote: when the sample size equals or exceeds the lot
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
export function acceptanceNumberOneStepTighter(letter: CodeLetter, aql: Aql): number | null {
  const index = aqlIndex(aql);
  // No plan is given above AQL 10, so there is nothing to compare with either.
  if (index === 0 || isAboveRuleRange(aql)) return null;
  const cell = normalCell(letter, AQLS[index - 1]);
  return cell.kind === 'PLAN' ? cell.acceptanceNumber : null;
}
