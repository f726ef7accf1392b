import { SamplingInputError } from './sampling-input.error';

/** What the switching rules need to know about one lot judged on original inspection. */
export interface LotResult {
  readonly accepted: boolean;
  /** Ac of the plan the lot was judged on. */
  readonly acceptanceNumber: number;
  /** Whether the lot would also have been accepted with the AQL one step tighter (see `acceptanceNumberOneStepTighter`). */
  readonly wouldPassTighterStep: boolean;
}

// *UNVERIFIED* (docs/domain-notes.md, "Sampling and switching (GB/T 2828.1-2012)"): switching score under normal inspection,
// GB/T 2828.1-2012 clause 9.3.3 as generally described. Check against the printed standard
// before relying on it.
export const SWITCHING_SCORE_RULE_UNVERIFIED = {
  /** Accepted lot, plan Ac >= 2, and it would also pass one AQL step tighter. */
  acceptedAtAcTwoOrMorePassingTighterStep: 3,
  /** Accepted lot, plan Ac 0 or 1. */
  acceptedAtAcOneOrLess: 2,
  /**
   * Accepted lot, plan Ac >= 2, but it would fail one step tighter. Our notes give no figure; the
   * standard as generally quoted resets the score ("otherwise reset to zero"). Resetting is
   * also the cautious choice: it can only delay reduced inspection.
   */
  acceptedAtAcTwoOrMoreFailingTighterStep: 'RESET',
  /** Any rejected lot. */
  rejected: 'RESET',
} as const;

// GB/T 2828.1-2012 9.3.3: normal -> reduced once the switching score reaches 30 (and the responsible party approves).
export const REDUCED_SWITCHING_SCORE = 30;

/** Throws SamplingInputError when the lot result cannot be right. */
export function assertLotResult(lot: LotResult): void {
  if (typeof lot.accepted !== 'boolean') throw new SamplingInputError(`accepted: must be true or false, got ${String(lot.accepted)}`);
  if (!Number.isSafeInteger(lot.acceptanceNumber) || lot.acceptanceNumber < 0) {
    throw new SamplingInputError(`acceptanceNumber: must be a whole number of at least 0, got ${String(lot.acceptanceNumber)}`);
  }
  if (typeof lot.wouldPassTighterStep !== 'boolean') {
    throw new SamplingInputError(`wouldPassTighterStep: must be true or false, got ${String(lot.wouldPassTighterStep)}`);
  }
  // A lot that fails its own plan fails every tighter one: the caller has mixed up its figures.
  if (!lot.accepted && lot.wouldPassTighterStep) {
    throw new SamplingInputError('wouldPassTighterStep: a rejected lot cannot pass a tighter plan');
  }
}

/** Switching score after one more lot on original normal inspection (rule above, unverified). */
export function nextSwitchingScore(score: number, lot: LotResult): number {
  assertLotResult(lot);
  const rule = SWITCHING_SCORE_RULE_UNVERIFIED;
  if (!lot.accepted) return 0;
  if (lot.acceptanceNumber <= 1) return score + rule.acceptedAtAcOneOrLess;
  return lot.wouldPassTighterStep ? score + rule.acceptedAtAcTwoOrMorePassingTighterStep : 0;
}
