// Management-system certification schemes and the national standard each is
// identical to (docs/domain-notes.md, "Certification schemes and CCC numbers").
// null: no national equivalent of that edition is recorded, so none is claimed.
export interface CertificationScheme {
  /** Edition-qualified scheme name as printed on certificates. */
  readonly scheme: string;
  readonly subject: string;
  /** Identical Chinese national standard, in parseStandardNumber's normalized form. */
  readonly nationalEquivalent: string | null;
}

export const CERTIFICATION_SCHEMES = {
  'ISO 9001:2015': { scheme: 'ISO 9001:2015', subject: 'quality management', nationalEquivalent: 'GB/T 19001-2016' },
  'ISO 14001:2015': { scheme: 'ISO 14001:2015', subject: 'environmental management', nationalEquivalent: 'GB/T 24001-2016' },
  'ISO 45001:2018': { scheme: 'ISO 45001:2018', subject: 'occupational health and safety management', nationalEquivalent: 'GB/T 45001-2020' },
  'IATF 16949:2016': { scheme: 'IATF 16949:2016', subject: 'automotive quality management', nationalEquivalent: null },
  'ISO 22000:2018': { scheme: 'ISO 22000:2018', subject: 'food safety management', nationalEquivalent: null },
} as const satisfies Readonly<Record<string, CertificationScheme>>;

export type CertificationSchemeName = keyof typeof CERTIFICATION_SCHEMES;

export function isCertificationSchemeName(value: string): value is CertificationSchemeName {
  return Object.hasOwn(CERTIFICATION_SCHEMES, value);
}

/** The identical national standard for a scheme, or null if there is none or the scheme is unknown. */
export function nationalEquivalentOf(scheme: string): string | null {
  return isCertificationSchemeName(scheme) ? CERTIFICATION_SCHEMES[scheme].nationalEquivalent : null;
}
