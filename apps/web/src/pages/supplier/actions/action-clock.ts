import type { CorrectiveActionStatus, EightDStep, StepStatus } from '../../../gql/graphql';

export const STEPS: EightDStep[] = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'];
const HOUR = 3600_000;

export interface StepLike {
  step: EightDStep;
  status: StepStatus;
  dueAt?: string | null;
}

/** Done from the supplier's side: handed in or approved. */
export const isHandedIn = (status: StepStatus): boolean => status === 'SUBMITTED' || status === 'APPROVED';

/**
 * The step the supplier has to work on next: the first one not yet handed in
 * (8D steps are submitted in order); when all are in, the first awaiting review.
 */
export function currentStep<T extends StepLike>(steps: readonly T[]): T | undefined {
  const ordered = [...steps].sort((a, b) => a.step.localeCompare(b.step));
  return ordered.find((s) => !isHandedIn(s.status)) ?? ordered.find((s) => s.status === 'SUBMITTED');
}

export type Clock = 'ok' | 'soon' | 'overdue' | 'closed';

/** web.md status colours: overdue red, due within 24 h amber, on time green, closed (or nothing due) grey. */
export function clockOf(actionStatus: CorrectiveActionStatus, step: StepLike | undefined, now = Date.now()): Clock {
  if (actionStatus !== 'OPEN' || !step?.dueAt || isHandedIn(step.status)) return 'closed';
  const left = new Date(step.dueAt).getTime() - now;
  if (left < 0) return 'overdue';
  return left <= 24 * HOUR ? 'soon' : 'ok';
}

/** Whole hours or days to (positive) or past (negative) the due time, for "due in 5 h" / "3 days overdue". */
export function distanceOf(dueAt: string, now = Date.now()): { unit: 'hours' | 'days'; count: number; late: boolean } {
  const diff = new Date(dueAt).getTime() - now;
  const late = diff < 0;
  const hours = Math.abs(diff) / HOUR;
  return hours < 48 ? { unit: 'hours', count: Math.max(1, Math.floor(hours)), late } : { unit: 'days', count: Math.floor(hours / 24), late };
}
