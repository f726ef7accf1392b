import { badInput, chinaMidnight, CoreReason, isIsoDate } from '@chainq/core';

/**
 * A period of China calendar days [from, to): the days rollups bucket by,
 * and the instants (midnight UTC+8) that timestamps such as an 8D's request
 * time are compared with.
 */
export interface ReportingPeriod {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, exclusive. */
  to: string;
  fromInstant: Date;
  toInstant: Date;
}

export function reportingPeriod(from: string, to: string): ReportingPeriod {
  if (!isIsoDate(from)) throw badInput('from', 'must be a date written YYYY-MM-DD', { reason: CoreReason.DateOutOfRange });
  if (!isIsoDate(to)) throw badInput('to', 'must be a date written YYYY-MM-DD', { reason: CoreReason.DateOutOfRange });
  if (!(from < to)) throw badInput('to', 'must be after from', { reason: CoreReason.DateRangeReversed });
  return { from, to, fromInstant: chinaMidnight(from), toInstant: chinaMidnight(to) };
}

/** The calendar day a GraphQL `Date` names (the scalar parses YYYY-MM-DD to midnight UTC). */
export const dayOf = (date: Date | string): string => (typeof date === 'string' ? date : date.toISOString().slice(0, 10));
