import type { SupplierTodoQuery } from '../../../gql/graphql';

export type TodoKind = 'step' | 'standard' | 'qualificationReturned' | 'qualificationDue' | 'certificate' | 'invitation';
/** Status colours (web.md): overdue red, due within 24 h amber, on time green; no clock: neutral. */
export type DueState = 'overdue' | 'soon' | 'ok' | 'none';

export interface TodoItem {
  key: string;
  kind: TodoKind;
  /** When it is due; null when nothing sets a date (sorted last). */
  dueAt: Date | null;
  state: DueState;
  /** Kind-specific words for the card, filled into the `todo` namespace's texts. */
  values: Record<string, string | number>;
  /** The chain leader (or cluster office) the answer goes to. */
  forWhom: string | null;
  link: string | null;
  /** Extra lines shown under the title (e.g. a returned qualification's reasons). */
  notes: string[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const CERTIFICATE_HORIZON_DAYS = 60;
const WEEK_DAYS = 7;
/** Steps the supplier still has to write: submitted and approved ones wait on the leader or are done. */
const OPEN_STEPS = new Set(['NOT_STARTED', 'DRAFT', 'REJECTED']);

/** A China calendar day's last instant: something due "on" a day is on time until that day ends in Shanghai. */
export const endOfChinaDay = (day: string): Date => new Date(`${day}T23:59:59.999+08:00`);

export function dueState(dueAt: Date | null, now: number): DueState {
  if (!dueAt) return 'none';
  const left = dueAt.getTime() - now;
  if (left < 0) return 'overdue';
  return left <= DAY ? 'soon' : 'ok';
}

/** Everything the supplier has to do, soonest first; items without a date last. */
export function todoItems(data: SupplierTodoQuery, now = Date.now()): TodoItem[] {
  const chains = new Map(data.myMemberships.map((m) => [m.chain.id, m.chain]));
  const leaderOf = (chainId: string) => chains.get(chainId)?.leader.name ?? null;
  const item = (partial: Omit<TodoItem, 'state' | 'notes'> & { notes?: string[] }): TodoItem => ({ notes: [], ...partial, state: dueState(partial.dueAt, now) });
  const items: TodoItem[] = [];

  for (const { node: action } of data.correctiveActions.edges) {
    // The step to work on next: the open one due soonest. The others are counted on the same card.
    const open = action.steps.filter((s) => OPEN_STEPS.has(s.status) && s.dueAt).sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
    if (!open.length) continue;
    const [next] = open;
    const overdueOthers = open.slice(1).filter((s) => Date.parse(s.dueAt!) < now).length;
    items.push(
      item({
        key: `step-${action.id}`,
        kind: 'step',
        dueAt: new Date(next.dueAt!),
        values: { step: next.step, issue: action.issue.title, rejected: next.status === 'REJECTED' ? 1 : 0, overdueOthers },
        forWhom: leaderOf(action.chainId),
        link: `/actions/${action.id}`,
        notes: next.status === 'REJECTED' && next.reviewComment ? [next.reviewComment] : [],
      }),
    );
  }

  for (const ack of data.myStandardAcknowledgements) {
    items.push(
      item({
        key: `standard-${ack.id}`,
        kind: 'standard',
        dueAt: endOfChinaDay(ack.dueOn),
        values: { number: ack.standard.number, title: ack.standard.title, version: ack.revision.version, dueDay: ack.dueOn },
        forWhom: ack.standard.owner.name,
        link: '/standards',
      }),
    );
  }

  for (const m of data.myMemberships) {
    const q = m.latestQualification;
    if (m.status === 'ONBOARDING' && q?.decision === 'RETURNED') {
      items.push(item({ key: `returned-${m.id}`, kind: 'qualificationReturned', dueAt: null, values: { chain: m.chain.name }, forWhom: m.chain.leader.name, link: '/qualification', notes: q.decisionReasons }));
    } else if (m.status === 'ONBOARDING' && !q) {
      items.push(item({ key: `qualify-${m.id}`, kind: 'qualificationDue', dueAt: null, values: { chain: m.chain.name }, forWhom: m.chain.leader.name, link: '/qualification' }));
    } else if (m.status === 'INVITED' && m.invitation && !m.invitation.acceptedAt) {
      // The link with its token is in the e-mail only; the card says where to find it.
      items.push(
        item({ key: `invited-${m.id}`, kind: 'invitation', dueAt: new Date(m.invitation.expiresAt), values: { chain: m.chain.name, email: m.invitation.email }, forWhom: m.chain.leader.name, link: null }),
      );
    }
  }

  const horizon = now + CERTIFICATE_HORIZON_DAYS * DAY;
  for (const c of data.myEnterprise?.certifications ?? []) {
    const expires = endOfChinaDay(c.expiresOn);
    if (c.status !== 'VALID' || expires.getTime() > horizon) continue;
    items.push(item({ key: `certificate-${c.id}`, kind: 'certificate', dueAt: expires, values: { scheme: c.scheme, schemeName: c.schemeName ?? '', number: c.number, dueDay: c.expiresOn }, forWhom: c.certificationBody, link: '/certificates' }));
  }

  return items.sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.key.localeCompare(b.key));
}

export interface TodoCounts {
  overdue: number;
  /** Not overdue, due within the next seven days. */
  thisWeek: number;
  total: number;
}

export function countsOf(items: TodoItem[], now = Date.now()): TodoCounts {
  const week = now + WEEK_DAYS * DAY;
  return {
    overdue: items.filter((i) => i.state === 'overdue').length,
    thisWeek: items.filter((i) => i.state !== 'overdue' && i.dueAt && i.dueAt.getTime() <= week).length,
    total: items.length,
  };
}

/** "3 天" or "5 小时": how far a clock is from now, in the largest whole unit. */
export function distanceOf(dueAt: Date, now = Date.now()): { unit: 'days' | 'hours' | 'minutes'; count: number } {
  const ms = Math.abs(dueAt.getTime() - now);
  if (ms >= DAY) return { unit: 'days', count: Math.floor(ms / DAY) };
  if (ms >= HOUR) return { unit: 'hours', count: Math.floor(ms / HOUR) };
  return { unit: 'minutes', count: Math.max(1, Math.floor(ms / 60_000)) };
}
