import { SamplingInputError } from './sampling-input.error';
import { REDUCED_SWITCHING_SCORE, SWITCHING_SCORE_RULE_UNVERIFIED, nextSwitchingScore } from './switching-score.rule';

describe('nextSwitchingScore (GB/T 2828.1-2012 9.3.3, unverified)', () => {
  it('keeps the unverified figures as labelled data: +3, +2, reset, and 30 for reduced', () => {
    expect(SWITCHING_SCORE_RULE_UNVERIFIED).toEqual({
      acceptedAtAcTwoOrMorePassingTighterStep: 3,
      acceptedAtAcOneOrLess: 2,
      acceptedAtAcTwoOrMoreFailingTighterStep: 'RESET',
      rejected: 'RESET',
    });
    expect(REDUCED_SWITCHING_SCORE).toBe(30);
  });

  it('adds 3 for an accepted lot on a plan with Ac >= 2 that would also pass one AQL step tighter', () => {
    expect(nextSwitchingScore(6, { accepted: true, acceptanceNumber: 2, wouldPassTighterStep: true })).toBe(9);
    expect(nextSwitchingScore(0, { accepted: true, acceptanceNumber: 21, wouldPassTighterStep: true })).toBe(3);
  });

  it('adds 2 for an accepted lot on a plan with Ac 0 or 1, whatever a tighter plan would say', () => {
    expect(nextSwitchingScore(6, { accepted: true, acceptanceNumber: 0, wouldPassTighterStep: false })).toBe(8);
    expect(nextSwitchingScore(6, { accepted: true, acceptanceNumber: 1, wouldPassTighterStep: true })).toBe(8);
  });

  it('resets to 0 for an accepted lot with Ac >= 2 that would fail one step tighter (the cautious reading)', () => {
    expect(nextSwitchingScore(27, { accepted: true, acceptanceNumber: 3, wouldPassTighterStep: false })).toBe(0);
  });

  it('resets to 0 on any rejected lot', () => {
    expect(nextSwitchingScore(28, { accepted: false, acceptanceNumber: 0, wouldPassTighterStep: false })).toBe(0);
    expect(nextSwitchingScore(28, { accepted: false, acceptanceNumber: 5, wouldPassTighterStep: false })).toBe(0);
  });

  it('refuses a rejected lot said to pass a tighter plan', () => {
    expect(() => nextSwitchingScore(0, { accepted: false, acceptanceNumber: 2, wouldPassTighterStep: true })).toThrow(
      new SamplingInputError('wouldPassTighterStep: a rejected lot cannot pass a tighter plan'),
    );
  });

  it.each([-1, 1.5, Number.NaN])('refuses acceptance number %p', (ac) => {
    expect(() => nextSwitchingScore(0, { accepted: true, acceptanceNumber: ac, wouldPassTighterStep: false })).toThrow(
      /^acceptanceNumber: must be a whole number of at least 0/,
    );
  });
});
