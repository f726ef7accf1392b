import { Severity } from './code-letter.table';
import { SamplingInputError } from './sampling-input.error';
import { LotResult, REDUCED_SWITCHING_SCORE, assertLotResult, nextSwitchingScore } from './switching-score.rule';

export type LotOutcome = 'ACCEPTED' | 'REJECTED';

export type SwitchingEvent = 'NORMAL_TO_TIGHTENED' | 'TIGHTENED_TO_NORMAL' | 'NORMAL_TO_REDUCED' | 'REDUCED_TO_NORMAL' | 'DISCONTINUED';

/** Where a series of lots stands under the switching rules; `severity` applies to the next lot. */
export interface SwitchingState {
  readonly severity: Severity;
  /** Lots accepted in a row under the current severity. */
  readonly consecutiveAccepted: number;
  /** Under normal inspection only: the last few lots, oldest first, for the "2 of 5" rule. */
  readonly recentResults: readonly LotOutcome[];
  /** Under normal inspection only (see switching-score.rule.ts, unverified). */
  readonly switchingScore: number;
  /** Lots rejected since tightened inspection began. */
  readonly cumulativeRejectedUnderTightened: number;
  /** Inspection under the standard has stopped; see `resumeInspection`. */
  readonly discontinued: boolean;
  /** The switch the last lot caused, if any. */
  readonly lastEvent: SwitchingEvent | null;
}

export interface SwitchingOptions {
  /** The responsible party approves reduced inspection (GB/T 2828.1-2012 9.3.3: needed besides a score of 30). */
  readonly reducedApproved?: boolean;
}

// GB/T 2828.1-2012 switching rules (9.3) and discontinuation (9.4).
/** Normal -> tightened when this many lots are rejected ... */
export const TIGHTEN_AFTER_REJECTED = 2;
/** ... within this many consecutive lots ("2 of 5 or fewer consecutive lots"). */
export const TIGHTEN_WINDOW = 5;
/** Tightened -> normal after this many consecutive accepted lots. */
export const RELAX_AFTER_ACCEPTED = 5;
/** Stop inspection when this many lots have been rejected under tightened inspection. */
export const DISCONTINUE_AFTER_REJECTED = 5;

// Every switch starts the new severity afresh: counters, window and switching score all go
// to zero. The standard starts the score at zero at the start of normal inspection, as
// generally described (unverified, like the score itself).
function fresh(severity: Severity, lastEvent: SwitchingEvent | null): SwitchingState {
  return {
    severity,
    consecutiveAccepted: 0,
    recentResults: [],
    switchingScore: 0,
    cumulativeRejectedUnderTightened: 0,
    discontinued: false,
    lastEvent,
  };
}

/** Inspection starts at normal severity (GB/T 2828.1-2012 switching rules). */
export function initialSwitchingState(): SwitchingState {
  return fresh('NORMAL', null);
}

function afterNormal(state: SwitchingState, lot: LotResult, options: SwitchingOptions): SwitchingState {
  const outcome: LotOutcome = lot.accepted ? 'ACCEPTED' : 'REJECTED';
  // Any TIGHTEN_WINDOW consecutive lots ending here: a rejection within the previous four lots
  // makes two within five consecutive lots ("5 or fewer": closer pairs count too).
  const recentResults = [...state.recentResults, outcome].slice(-TIGHTEN_WINDOW);
  const rejectedInWindow = recentResults.filter((r) => r === 'REJECTED').length;
  if (!lot.accepted && rejectedInWindow >= TIGHTEN_AFTER_REJECTED) return fresh('TIGHTENED', 'NORMAL_TO_TIGHTENED');

  const switchingScore = nextSwitchingScore(state.switchingScore, lot);
  if (switchingScore >= REDUCED_SWITCHING_SCORE && options.reducedApproved === true) return fresh('REDUCED', 'NORMAL_TO_REDUCED');

  return {
    ...state,
    consecutiveAccepted: lot.accepted ? state.consecutiveAccepted + 1 : 0,
    recentResults,
    switchingScore,
    lastEvent: null,
  };
}

function afterTightened(state: SwitchingState, lot: LotResult): SwitchingState {
  if (lot.accepted) {
    const consecutiveAccepted = state.consecutiveAccepted + 1;
    if (consecutiveAccepted >= RELAX_AFTER_ACCEPTED) return fresh('NORMAL', 'TIGHTENED_TO_NORMAL');
    return { ...state, consecutiveAccepted, lastEvent: null };
  }
  const cumulativeRejectedUnderTightened = state.cumulativeRejectedUnderTightened + 1;
  const discontinued = cumulativeRejectedUnderTightened >= DISCONTINUE_AFTER_REJECTED;
  return { ...state, consecutiveAccepted: 0, cumulativeRejectedUnderTightened, discontinued, lastEvent: discontinued ? 'DISCONTINUED' : null };
}

function afterReduced(state: SwitchingState, lot: LotResult): SwitchingState {
  if (!lot.accepted) return fresh('NORMAL', 'REDUCED_TO_NORMAL');
  return { ...state, consecutiveAccepted: state.consecutiveAccepted + 1, lastEvent: null };
}

/**
 * The switching state after one more lot on original inspection (resubmitted lots do not
 * count). Pure: returns a new state. Throws SamplingInputError for an impossible lot result
 * or when inspection is discontinued.
 */
export function nextSwitchingState(state: SwitchingState, lotResult: LotResult, options: SwitchingOptions = {}): SwitchingState {
  if (state.discontinued) {
    throw new SamplingInputError('state: inspection is discontinued after 5 lots rejected under tightened inspection; resume it before judging more lots');
  }
  assertLotResult(lotResult);
  switch (state.severity) {
    case 'NORMAL':
      return afterNormal(state, lotResult, options);
    case 'TIGHTENED':
      return afterTightened(state, lotResult);
    case 'REDUCED':
      return afterReduced(state, lotResult);
  }
}

/**
 * Restart after discontinuation (GB/T 2828.1-2012 9.4), once the supplier has acted and
 * the responsible party agrees. ISO 2859-1 as generally quoted resumes at tightened
 * inspection, as if normal -> tightened had just been invoked (unverified; see
 * docs/domain-notes.md, "Sampling and switching (GB/T 2828.1-2012)").
 */
export function resumeInspection(state: SwitchingState): SwitchingState {
  if (!state.discontinued) throw new SamplingInputError('state: inspection is not discontinued, so there is nothing to resume');
  return fresh('TIGHTENED', null);
}

/**
 * Reduced back to normal for a reason other than a rejected lot (GB/T 2828.1-2012 9.3.4:
 * production irregular or delayed, or other conditions that warrant normal inspection),
 * decided by the responsible party. Throws SamplingInputError when reduced inspection is not
 * in force.
 */
export function returnToNormal(state: SwitchingState): SwitchingState {
  if (state.severity !== 'REDUCED' || state.discontinued) throw new SamplingInputError('state: reduced inspection is not in force, so there is nothing to end');
  return fresh('NORMAL', 'REDUCED_TO_NORMAL');
}
