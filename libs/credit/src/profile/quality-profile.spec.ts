import { lastTwelveMonths, ProfileSection, profileSections, QualityProfile, wholeMonthsBetween } from './quality-profile';

describe('quality profile rules', () => {
  it('counts whole calendar months supplied, never negative', () => {
    expect(wholeMonthsBetween('2025-12-04', '2026-12-04')).toBe(12);
    expect(wholeMonthsBetween('2025-12-05', '2026-12-04')).toBe(11);
    expect(wholeMonthsBetween('2026-11-30', '2026-12-29')).toBe(0);
    expect(wholeMonthsBetween('2026-12-04', '2026-12-01')).toBe(0);
  });

  it('takes the twelve months ending today, a leap day falling back to the 28th', () => {
    expect(lastTwelveMonths('2026-12-04', '2026-12-05')).toEqual({ from: '2025-12-04', to: '2026-12-05' });
    expect(lastTwelveMonths('2028-02-29', '2028-03-01')).toEqual({ from: '2027-02-28', to: '2028-03-01' });
  });

  it('keeps only the chosen sections, and the registration always', () => {
    const full: QualityProfile = {
      computedAt: '2026-12-04T01:00:00.000Z',
      registration: { name: 'A', uscc: null, regionCode: '320382', regionName: '邳州市', sizeClass: 'SMALL', registeredOn: '2025-01-01' },
      certificates: [],
      maturity: null,
      chains: [],
    };
    expect(Object.keys(profileSections(full, [ProfileSection.MATURITY])).sort()).toEqual(['computedAt', 'maturity', 'registration']);
    expect(profileSections(full, [ProfileSection.MATURITY]).maturity).toBeNull(); // shared, and none: null, not left out
    expect(Object.keys(profileSections(full, [])).sort()).toEqual(['computedAt', 'registration']);
  });
});
