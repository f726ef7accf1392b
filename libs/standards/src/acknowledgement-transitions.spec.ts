import { DomainError } from '@chainq/core';
import { AcknowledgementAction, nextAcknowledgementStatus, OPEN_STATUSES } from './acknowledgement-transitions';
import { AcknowledgementStatus } from './distribution.entity';

const { PENDING, ACKNOWLEDGED, ADOPTED, DEVIATION_REQUESTED, DEVIATION_ACCEPTED, DEVIATION_REJECTED, SUPERSEDED } = AcknowledgementStatus;
const { ACKNOWLEDGE, ADOPT, REQUEST_DEVIATION, ACCEPT_DEVIATION, REJECT_DEVIATION, SUPERSEDE } = AcknowledgementAction;
const NO = 'REFUSED' as const;

/**
 * Written out by hand from the distribution rules, not read from
 * ACKNOWLEDGEMENT_TRANSITIONS: a recipient acknowledges once, adopts, or asks
 * for one deviation, which the owner accepts or rejects (after a rejection
 * it adopts); adopted, accepted deviations and superseded ones are final,
 * and a newer revision supersedes only the open ones.
 */
// prettier-ignore
const EXPECTED: Record<AcknowledgementStatus, Record<AcknowledgementAction, AcknowledgementStatus | typeof NO>> = {
  [PENDING]:             { [ACKNOWLEDGE]: ACKNOWLEDGED, [ADOPT]: ADOPTED, [REQUEST_DEVIATION]: DEVIATION_REQUESTED, [ACCEPT_DEVIATION]: NO,                 [REJECT_DEVIATION]: NO,                 [SUPERSEDE]: SUPERSEDED },
  [ACKNOWLEDGED]:        { [ACKNOWLEDGE]: NO,           [ADOPT]: ADOPTED, [REQUEST_DEVIATION]: DEVIATION_REQUESTED, [ACCEPT_DEVIATION]: NO,                 [REJECT_DEVIATION]: NO,                 [SUPERSEDE]: SUPERSEDED },
  [ADOPTED]:             { [ACKNOWLEDGE]: NO,           [ADOPT]: NO,      [REQUEST_DEVIATION]: NO,                  [ACCEPT_DEVIATION]: NO,                 [REJECT_DEVIATION]: NO,                 [SUPERSEDE]: NO },
  [DEVIATION_REQUESTED]: { [ACKNOWLEDGE]: NO,           [ADOPT]: NO,      [REQUEST_DEVIATION]: NO,                  [ACCEPT_DEVIATION]: DEVIATION_ACCEPTED, [REJECT_DEVIATION]: DEVIATION_REJECTED, [SUPERSEDE]: SUPERSEDED },
  [DEVIATION_ACCEPTED]:  { [ACKNOWLEDGE]: NO,           [ADOPT]: NO,      [REQUEST_DEVIATION]: NO,                  [ACCEPT_DEVIATION]: NO,                 [REJECT_DEVIATION]: NO,                 [SUPERSEDE]: NO },
  [DEVIATION_REJECTED]:  { [ACKNOWLEDGE]: NO,           [ADOPT]: ADOPTED, [REQUEST_DEVIATION]: NO,                  [ACCEPT_DEVIATION]: NO,                 [REJECT_DEVIATION]: NO,                 [SUPERSEDE]: SUPERSEDED },
  [SUPERSEDED]:          { [ACKNOWLEDGE]: NO,           [ADOPT]: NO,      [REQUEST_DEVIATION]: NO,                  [ACCEPT_DEVIATION]: NO,                 [REJECT_DEVIATION]: NO,                 [SUPERSEDE]: NO },
};

describe('acknowledgement life cycle', () => {
  // Every status x action the enums know, so a new one fails here until it is written above.
  const cells = Object.values(AcknowledgementStatus).flatMap((s) => Object.values(AcknowledgementAction).map((a) => [s, a, EXPECTED[s]?.[a]] as const));

  it.each(cells)('from %s, %s: %s', (status, action, expected) => {
    expect(expected).toBeDefined();
    if (expected === NO) {
      expect(() => nextAcknowledgementStatus(status, action)).toThrow(DomainError);
      expect(() => nextAcknowledgementStatus(status, action)).toThrow(`the acknowledgement is ${status}`);
    } else {
      expect(nextAcknowledgementStatus(status, action)).toBe(expected);
    }
  });

  it('refuses acknowledging twice and adopting an adopted revision', () => {
    expect(() => nextAcknowledgementStatus(ACKNOWLEDGED, ACKNOWLEDGE)).toThrow('Cannot acknowledge: the acknowledgement is ACKNOWLEDGED; it must be PENDING');
    expect(() => nextAcknowledgementStatus(ADOPTED, ADOPT)).toThrow('Cannot adopt: the acknowledgement is ADOPTED');
  });

  it('refuses deciding a deviation twice, naming the decided status', () => {
    const accepted = nextAcknowledgementStatus(AcknowledgementStatus.DEVIATION_REQUESTED, AcknowledgementAction.ACCEPT_DEVIATION);
    expect(() => nextAcknowledgementStatus(accepted, AcknowledgementAction.REJECT_DEVIATION)).toThrow('the acknowledgement is DEVIATION_ACCEPTED');
  });

  it('lets a newer revision supersede exactly the open ones', () => {
    const closed = Object.values(AcknowledgementStatus).filter((s) => !OPEN_STATUSES.includes(s));
    expect(closed.sort()).toEqual(['ADOPTED', 'DEVIATION_ACCEPTED', 'SUPERSEDED']);
    for (const s of closed) expect(() => nextAcknowledgementStatus(s, AcknowledgementAction.SUPERSEDE)).toThrow(DomainError);
  });
});
