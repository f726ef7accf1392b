import type { AcknowledgementStatus } from '../../../gql/graphql';
import type { Tone } from '../../../ui/tone-tag';

/** Still waiting for an answer from us or the standard's owner (mirrors the API's open statuses). */
export const OPEN_STATUSES: AcknowledgementStatus[] = ['PENDING', 'ACKNOWLEDGED', 'DEVIATION_REQUESTED', 'DEVIATION_REJECTED'];

export const ALL_STATUSES: AcknowledgementStatus[] = ['PENDING', 'ACKNOWLEDGED', 'ADOPTED', 'DEVIATION_REQUESTED', 'DEVIATION_ACCEPTED', 'DEVIATION_REJECTED', 'SUPERSEDED'];

/** antd Tag colours per status: waiting amber, in hand blue, done green, contested orange/red, gone grey. */
export const STATUS_COLOUR: Record<AcknowledgementStatus, Tone> = {
  PENDING: 'gold',
  ACKNOWLEDGED: 'blue',
  ADOPTED: 'green',
  DEVIATION_REQUESTED: 'orange',
  DEVIATION_ACCEPTED: 'cyan',
  DEVIATION_REJECTED: 'red',
  SUPERSEDED: 'default',
};

/** What the recipient may still do, by the API's transition rules (acknowledgement-transitions.ts). */
export const canAcknowledge = (s: AcknowledgementStatus) => s === 'PENDING';
export const canAdopt = (s: AcknowledgementStatus) => s === 'PENDING' || s === 'ACKNOWLEDGED' || s === 'DEVIATION_REJECTED';
export const canRequestDeviation = (s: AcknowledgementStatus) => s === 'PENDING' || s === 'ACKNOWLEDGED';

export type DueState = 'ok' | 'soon' | 'overdue' | 'closed';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The colour of a due date (web.md): closed grey, overdue red, due within
 * 24 h amber, else green. A due day ends at midnight China time.
 */
export function dueStateOf(status: AcknowledgementStatus, dueOn: string, overdue: boolean, now = Date.now()): DueState {
  if (!OPEN_STATUSES.includes(status)) return 'closed';
  if (overdue) return 'overdue';
  const end = Date.parse(`${dueOn}T00:00:00+08:00`) + DAY_MS;
  return end - now <= DAY_MS ? 'soon' : 'ok';
}
