import { chinaToday } from '../../../format/format';
import type { CertificationStatus } from '../../../gql/graphql';

/** A certificate due for renewal within this many days shows amber (the recertification audit needs booking). */
export const EXPIRING_WITHIN_DAYS = 60;

export type ShownStatus = 'VALID' | 'EXPIRING' | 'EXPIRED' | 'SUSPENDED' | 'REVOKED';

const DAY_MS = 86_400_000;

/** Whole days from `today` to `day` (negative once past). */
export function daysUntil(day: string, today = chinaToday()): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/**
 * What the owner should read from a certificate: a VALID one past its date
 * reads expired even before the nightly job marks it; one within 60 days of
 * expiry reads "expiring".
 */
export function shownStatus(status: CertificationStatus, expiresOn: string, today = chinaToday()): ShownStatus {
  if (status !== 'VALID') return status;
  const days = daysUntil(expiresOn, today);
  if (days < 0) return 'EXPIRED';
  return days <= EXPIRING_WITHIN_DAYS ? 'EXPIRING' : 'VALID';
}

/** Green valid, amber expiring, red not in force (only VALID counts). */
export function statusClass(shown: ShownStatus): string {
  if (shown === 'VALID') return 'due-ok';
  if (shown === 'EXPIRING') return 'due-soon';
  return 'due-overdue';
}
