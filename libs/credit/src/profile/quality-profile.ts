/**
 * What ChainQ vouches for about a supplier enterprise (docs/domain-notes.md,
 * "Quality credit profile"): plain data, so that a snapshot of it can be
 * signed, stored as JSON and checked offline.
 */

/** The parts of a profile a share may include; the registration details are always in. */
export enum ProfileSection {
  CERTIFICATES = 'CERTIFICATES',
  MATURITY = 'MATURITY',
  CHAIN_PERFORMANCE = 'CHAIN_PERFORMANCE',
}

export const PROFILE_SECTIONS = Object.values(ProfileSection);

export interface ProfileRegistration {
  name: string;
  uscc: string | null;
  regionCode: string;
  regionName: string;
  /** MICRO, SMALL, MEDIUM or LARGE (the declared class when there is one); null when unknown. */
  sizeClass: string | null;
  registeredOn: string;
}

export interface ProfileCertificate {
  scheme: string;
  schemeName: string | null;
  issuer: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
  /** VALID, SUSPENDED, REVOKED or EXPIRED as recorded; a VALID one past its expiry day counts as EXPIRED. */
  status: string;
}

export interface ProfileMaturity {
  level: string;
  score: number;
  modelVersion: string;
  assessedAt: string;
}

/** China calendar days [from, to). */
export interface ProfilePeriod {
  from: string;
  to: string;
}

export interface ProfileChain {
  /** The chain's name when its leader allows naming it; null otherwise. */
  name: string | null;
  /** The province of the chain leader's registered address (its name), always given. */
  leaderProvince: string;
  /** ACTIVE or SUSPENDED. */
  status: string;
  suppliedSince: string;
  monthsSupplied: number;
  period: ProfilePeriod;
  lotsInspected: number;
  lotPassRate: number | null;
  firstPassYield: number | null;
  ppm: number | null;
  correctiveActions: { requested: number; answered: number; medianResponseHours: number | null };
}

export interface QualityProfile {
  /** When the figures were computed (ISO 8601). */
  computedAt: string;
  registration: ProfileRegistration;
  certificates?: ProfileCertificate[];
  maturity?: ProfileMaturity | null;
  chains?: ProfileChain[];
}

/** The profile with only the chosen sections (registration is always kept). */
export function profileSections(profile: QualityProfile, sections: readonly ProfileSection[]): QualityProfile {
  return {
    computedAt: profile.computedAt,
    registration: profile.registration,
    ...(sections.includes(ProfileSection.CERTIFICATES) ? { certificates: profile.certificates ?? [] } : {}),
    ...(sections.includes(ProfileSection.MATURITY) ? { maturity: profile.maturity ?? null } : {}),
    ...(sections.includes(ProfileSection.CHAIN_PERFORMANCE) ? { chains: profile.chains ?? [] } : {}),
  };
}

/** Whole calendar months from `since` to `until` (YYYY-MM-DD), never negative. */
export function wholeMonthsBetween(since: string, until: string): number {
  const [y1, m1, d1] = since.split('-').map(Number);
  const [y2, m2, d2] = until.split('-').map(Number);
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
}

/** The twelve months ending today (China days): from the same day a year ago to tomorrow, exclusive. */
export function lastTwelveMonths(today: string, tomorrow: string): ProfilePeriod {
  const [y, m, d] = today.split('-').map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return { from: `${y - 1}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`, to: tomorrow };
}
