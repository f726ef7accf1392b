import { CERTIFICATION_SCHEMES, isCertificationSchemeName, nationalEquivalentOf } from './certification-schemes.data';
import { parseStandardNumber } from './standard-number.rule';

describe('CERTIFICATION_SCHEMES', () => {
  it('maps each ISO management-system edition to its identical national standard (GB/T 19001-2016, GB/T 24001-2016, GB/T 45001-2020)', () => {
    expect(nationalEquivalentOf('ISO 9001:2015')).toBe('GB/T 19001-2016');
    expect(nationalEquivalentOf('ISO 14001:2015')).toBe('GB/T 24001-2016');
    expect(nationalEquivalentOf('ISO 45001:2018')).toBe('GB/T 45001-2020');
  });

  it('claims no national equivalent for IATF 16949:2016 or ISO 22000:2018', () => {
    expect(nationalEquivalentOf('IATF 16949:2016')).toBeNull();
    expect(nationalEquivalentOf('ISO 22000:2018')).toBeNull();
  });

  it('knows nothing of other editions or schemes', () => {
    expect(nationalEquivalentOf('ISO 9001:2008')).toBeNull();
    expect(isCertificationSchemeName('ISO 9001:2008')).toBe(false);
    expect(isCertificationSchemeName('toString')).toBe(false);
    expect(isCertificationSchemeName('ISO 9001:2015')).toBe(true);
  });

  it.each(Object.values(CERTIFICATION_SCHEMES).filter((s) => s.nationalEquivalent !== null))(
    'stores the equivalent of $scheme as a normalized, recommended national standard number',
    ({ nationalEquivalent }) => {
      const parsed = parseStandardNumber(nationalEquivalent as string);
      expect(parsed).toMatchObject({ ok: true, value: { kind: 'NATIONAL', recommended: true, normalized: nationalEquivalent } });
    },
  );

  it('keys each scheme by its own name', () => {
    for (const [name, scheme] of Object.entries(CERTIFICATION_SCHEMES)) expect(scheme.scheme).toBe(name);
  });
});
