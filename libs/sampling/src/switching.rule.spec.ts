import { SamplingInputError } from './sampling-input.error';
import { LotResult } from './switching-score.rule';
import { SwitchingOptions, SwitchingState, initialSwitchingState, nextSwitchingState, resumeInspection, returnToNormal } from './switching.rule';

// 'A' accepted, 'R' rejected, on a plan with Ac 1 (so each acceptance scores +2).
function lot(code: string): LotResult {
  return { accepted: code === 'A', acceptanceNumber: 1, wouldPassTighterStep: false };
}

/** The state after each lot, so tests can say at which lot a switch happened. */
function run(lots: string, options: SwitchingOptions = {}, from: SwitchingState = initialSwitchingState()): SwitchingState[] {
  const states: SwitchingState[] = [];
  let state = from;
  for (const code of lots.replace(/\s/g, '')) {
    state = nextSwitchingState(state, lot(code), options);
    states.push(state);
  }
  return states;
}

const last = (states: SwitchingState[]): SwitchingState => states[states.length - 1];
const severities = (states: SwitchingState[]): string => states.map((s) => s.severity[0]).join('');

function tightenedState(): SwitchingState {
  const state = last(run('RR'));
  expect(state.severity).toBe('TIGHTENED');
  return state;
}

describe('initialSwitchingState', () => {
  it('starts at normal inspection with nothing counted', () => {
    expect(initialSwitchingState()).toEqual({
      severity: 'NORMAL',
      consecutiveAccepted: 0,
      recentResults: [],
      switchingScore: 0,
      cumulativeRejectedUnderTightened: 0,
      discontinued: false,
      lastEvent: null,
    });
  });
});

describe('normal -> tightened: 2 rejected among 5 or fewer consecutive lots', () => {
  it('A R A R switches at the 4th lot', () => {
    const states = run('ARAR');
    expect(severities(states)).toBe('NNNT');
    expect(states[3].lastEvent).toBe('NORMAL_TO_TIGHTENED');
  });

  it('R R switches at the 2nd lot', () => {
    expect(severities(run('RR'))).toBe('NT');
  });

  it('A A R A A A R switches at the 7th lot: lots 3..7 are 5 consecutive lots', () => {
    expect(severities(run('AARAAAR'))).toBe('NNNNNNT');
  });

  it('A A R A A A A R stays normal: lots 3..8 are 6 lots', () => {
    const states = run('AARAAAAR');
    expect(severities(states)).toBe('NNNNNNNN');
    expect(last(states).recentResults).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'REJECTED']);
  });

  it('switches on any later rejection that again falls within 5 lots of the previous one', () => {
    // Lots 1 and 6 are 6 apart; lots 6 and 9 are within 5.
    expect(severities(run('RAAAARAAR'))).toBe('NNNNNNNNT');
  });

  it('keeps only the last 5 results', () => {
    expect(last(run('RAAAAAA')).recentResults).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
  });
});

describe('tightened inspection', () => {
  it('returns to normal after 5 consecutive accepted lots, with counters reset', () => {
    const states = run('AAAAA', {}, tightenedState());
    expect(severities(states)).toBe('TTTTN');
    expect(last(states)).toEqual({ ...initialSwitchingState(), lastEvent: 'TIGHTENED_TO_NORMAL' });
  });

  it('needs the 5 accepted lots in a row', () => {
    const states = run('AAAARAAAA', {}, tightenedState());
    expect(severities(states)).toBe('TTTTTTTTT');
    expect(last(states).consecutiveAccepted).toBe(4);
    expect(last(run('A', {}, last(states))).severity).toBe('NORMAL');
  });

  it('discontinues inspection at the 5th cumulative rejection, accepted lots in between or not', () => {
    const states = run('RARARARAR', {}, tightenedState());
    expect(states.map((s) => s.cumulativeRejectedUnderTightened)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5]);
    expect(states.slice(0, 8).every((s) => !s.discontinued)).toBe(true);
    expect(last(states)).toMatchObject({ severity: 'TIGHTENED', discontinued: true, lastEvent: 'DISCONTINUED' });
  });

  it('starts the cumulative count afresh for a new tightened period', () => {
    const backToNormal = last(run('RRAAAAA', {}, tightenedState()));
    expect(backToNormal.severity).toBe('NORMAL');
    const tightenedAgain = last(run('RR', {}, backToNormal));
    expect(tightenedAgain).toMatchObject({ severity: 'TIGHTENED', cumulativeRejectedUnderTightened: 0 });
    expect(last(run('RRRR', {}, tightenedAgain)).discontinued).toBe(false);
  });

  it('refuses further lots once discontinued, until inspection is resumed at tightened', () => {
    const stopped = last(run('RRRRR', {}, tightenedState()));
    expect(() => nextSwitchingState(stopped, lot('A'))).toThrow(SamplingInputError);
    expect(() => nextSwitchingState(stopped, lot('A'))).toThrow(/^state: inspection is discontinued/);
    const resumed = resumeInspection(stopped);
    expect(resumed).toEqual({ ...initialSwitchingState(), severity: 'TIGHTENED' });
    expect(nextSwitchingState(resumed, lot('A')).consecutiveAccepted).toBe(1);
  });

  it('has nothing to resume when inspection is running', () => {
    expect(() => resumeInspection(initialSwitchingState())).toThrow('state: inspection is not discontinued');
  });
});

describe('normal -> reduced: switching score reaches 30 and the responsible party approves', () => {
  const fifteenAccepted = 'A'.repeat(15); // 15 x 2 = 30 at Ac 1

  it('stays normal at a score of 30 without approval, and the score keeps counting', () => {
    const states = run(fifteenAccepted + 'A');
    expect(states.every((s) => s.severity === 'NORMAL')).toBe(true);
    expect(states[14].switchingScore).toBe(30);
    expect(last(states).switchingScore).toBe(32);
  });

  it('switches to reduced at the lot that brings the score to 30 when approved', () => {
    const states = run(fifteenAccepted, { reducedApproved: true });
    expect(states[13]).toMatchObject({ severity: 'NORMAL', switchingScore: 28 });
    expect(last(states)).toEqual({ ...initialSwitchingState(), severity: 'REDUCED', lastEvent: 'NORMAL_TO_REDUCED' });
  });

  it('switches on the first approved lot once the score is already 30 or more', () => {
    const waiting = last(run(fifteenAccepted));
    expect(nextSwitchingState(waiting, lot('A'), { reducedApproved: true }).severity).toBe('REDUCED');
  });

  it('holds at a score of 29 even when approved, and switches at the lot that takes it past 30', () => {
    const plusThree: LotResult = { accepted: true, acceptanceNumber: 2, wouldPassTighterStep: true };
    let state = initialSwitchingState();
    for (let i = 0; i < 9; i++) state = nextSwitchingState(state, plusThree, { reducedApproved: true });
    state = nextSwitchingState(state, lot('A'), { reducedApproved: true });
    expect(state).toMatchObject({ severity: 'NORMAL', switchingScore: 29, lastEvent: null });
    expect(nextSwitchingState(state, lot('A'), { reducedApproved: true })).toMatchObject({ severity: 'REDUCED', lastEvent: 'NORMAL_TO_REDUCED' });
  });

  it('counts +3 per lot on plans with Ac >= 2 that pass one step tighter: 10 lots reach 30', () => {
    let state = initialSwitchingState();
    for (let i = 0; i < 10; i++) state = nextSwitchingState(state, { accepted: true, acceptanceNumber: 2, wouldPassTighterStep: true }, { reducedApproved: true });
    expect(state.severity).toBe('REDUCED');
  });

  it('loses the score on a rejected lot, so 14 accepted, 1 rejected, 1 accepted stays normal', () => {
    const states = run('A'.repeat(14) + 'RA', { reducedApproved: true });
    expect(states.map((s) => s.switchingScore).slice(13)).toEqual([28, 0, 2]);
    expect(last(states).severity).toBe('NORMAL');
  });

  it('starts the score at 0 after returning to normal from tightened', () => {
    const states = run('A'.repeat(10) + 'RR' + 'AAAAA' + 'A');
    expect(states[9].switchingScore).toBe(20);
    expect(states[16]).toMatchObject({ severity: 'NORMAL', switchingScore: 0 });
    expect(last(states).switchingScore).toBe(2);
  });
});

describe('reduced inspection', () => {
  const reduced = (): SwitchingState => last(run('A'.repeat(15), { reducedApproved: true }));

  it('stays reduced while lots are accepted', () => {
    const states = run('AAAAAAAAAA', { reducedApproved: true }, reduced());
    expect(states.every((s) => s.severity === 'REDUCED')).toBe(true);
    expect(last(states).consecutiveAccepted).toBe(10);
  });

  it('returns to normal on one rejected lot, with a fresh window and score', () => {
    const states = run('AAR', {}, reduced());
    expect(severities(states)).toBe('RRN');
    expect(last(states)).toEqual({ ...initialSwitchingState(), lastEvent: 'REDUCED_TO_NORMAL' });
  });

  it('does not count the rejection that ended reduced inspection toward tightening (the window starts afresh at each switch)', () => {
    expect(severities(run('RAAAR', {}, reduced()))).toBe('NNNNN');
  });

  it('returns to normal when the responsible party ends it (production irregular or other conditions, 9.3.4), and only from reduced', () => {
    expect(returnToNormal(reduced())).toEqual({ ...initialSwitchingState(), lastEvent: 'REDUCED_TO_NORMAL' });
    expect(() => returnToNormal(initialSwitchingState())).toThrow(SamplingInputError);
    expect(() => returnToNormal(last(run('RR')))).toThrow('state: reduced inspection is not in force, so there is nothing to end');
  });
});

describe('nextSwitchingState is pure', () => {
  it('leaves the given state untouched', () => {
    const state = Object.freeze(last(run('AR')));
    const copy = structuredClone(state);
    const next = nextSwitchingState(state, lot('R'));
    expect(state).toEqual(copy);
    expect(next).not.toBe(state);
    expect(next.severity).toBe('TIGHTENED');
  });

  it('rejects an impossible lot result without a new state', () => {
    expect(() => nextSwitchingState(initialSwitchingState(), { accepted: false, acceptanceNumber: 2, wouldPassTighterStep: true })).toThrow(
      'wouldPassTighterStep: a rejected lot cannot pass a tighter plan',
    );
  });
});
