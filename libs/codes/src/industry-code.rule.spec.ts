import { CodeRuleError } from './code-rule.error';
import { industrySizeCategory, isValidIndustryCode, parseIndustryCode } from './industry-code.rule';
import { INDUSTRY_SECTIONS_2017, industrySectionOfDivision } from './industry-sections.data';

describe('INDUSTRY_SECTIONS_2017', () => {
  it('covers divisions 01 to 97 without gaps or overlaps, sections A to T in order', () => {
    expect(INDUSTRY_SECTIONS_2017.map((s) => s.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    INDUSTRY_SECTIONS_2017.forEach((section, i) => {
      const expectedFirst = i === 0 ? 1 : INDUSTRY_SECTIONS_2017[i - 1].lastDivision + 1;
      expect(section.firstDivision).toBe(expectedFirst);
      expect(section.lastDivision).toBeGreaterThanOrEqual(section.firstDivision);
    });
    expect(INDUSTRY_SECTIONS_2017[INDUSTRY_SECTIONS_2017.length - 1].lastDivision).toBe(97);
  });

  it('puts manufacturing (C) at divisions 13-43 and construction (E) at 47-50', () => {
    expect(industrySectionOfDivision(13)?.letter).toBe('C');
    expect(industrySectionOfDivision(43)?.letter).toBe('C');
    expect(industrySectionOfDivision(44)?.letter).toBe('D');
    expect(industrySectionOfDivision(47)?.nameZh).toBe('建筑业');
    expect(industrySectionOfDivision(98)).toBeUndefined();
  });
});

describe('parseIndustryCode (GB/T 4754-2017)', () => {
  it.each([
    ['C', { section: 'C', division: null, group: null, class: null, normalized: 'C' }],
    ['C30', { section: 'C', division: '30', group: null, class: null, normalized: 'C30' }],
    ['C301', { section: 'C', division: '30', group: '301', class: null, normalized: 'C301' }],
    ['C3011', { section: 'C', division: '30', group: '301', class: '3011', normalized: 'C3011' }],
  ])('reads %s at its depth', (input, value) => {
    expect(parseIndustryCode(input)).toEqual({ ok: true, value });
  });

  it('infers the section from the division when only digits are given', () => {
    expect(parseIndustryCode('3011')).toMatchObject({ ok: true, value: { section: 'C', normalized: 'C3011' } });
    expect(parseIndustryCode('05')).toMatchObject({ ok: true, value: { section: 'A', normalized: 'A05' } });
    expect(parseIndustryCode('70')).toMatchObject({ ok: true, value: { section: 'K', normalized: 'K70' } });
    expect(parseIndustryCode('972')).toMatchObject({ ok: true, value: { section: 'T', group: '972', normalized: 'T972' } });
  });

  it.each([
    ['12', 'B'],
    ['13', 'C'],
    ['46', 'D'],
    ['47', 'E'],
    ['52', 'F'],
    ['53', 'G'],
    ['65', 'I'],
    ['66', 'J'],
  ])('places division %s at a section boundary in section %s', (division, section) => {
    expect(parseIndustryCode(division)).toMatchObject({ ok: true, value: { section } });
  });

  it('accepts lowercase and surrounding spaces', () => {
    expect(parseIndustryCode(' c3011 ')).toMatchObject({ ok: true, value: { normalized: 'C3011' } });
  });

  it.each([
    ['A30', 'division 30 belongs to section C (Manufacturing), not A'],
    ['G51', 'division 51 belongs to section F (Wholesale and retail trade), not G'],
    ['U', 'section must be a letter A to T (GB/T 4754-2017), got U'],
    ['C3', 'must have 2 to 4 digits (division, group, class) after the section letter C, got 3 (1 digit)'],
    ['C30111', 'must have 2 to 4 digits (division, group, class) after the section letter C, got 30111 (5 digits)'],
    ['3', 'must have 2 to 4 digits (division, group, class), got 3 (1 digit)'],
    ['98', 'division 98 does not exist in GB/T 4754-2017 (divisions run 01 to 97)'],
    ['00', 'division 00 does not exist in GB/T 4754-2017 (divisions run 01 to 97)'],
    ['C-30', 'must be a section letter A-T and/or 2 to 4 digits (e.g. C, C30, C3011 or 3011), got C-30'],
    ['CC30', 'must be a section letter A-T and/or 2 to 4 digits (e.g. C, C30, C3011 or 3011), got CC30'],
    ['', 'is empty; expected a GB/T 4754-2017 industry code such as C3011'],
  ])('rejects %j: %s', (input, error) => {
    expect(parseIndustryCode(input)).toEqual({ ok: false, error });
    expect(isValidIndustryCode(input)).toBe(false);
  });
});

describe('industrySizeCategory (工信部联企业〔2011〕300号)', () => {
  it.each([
    ['A', 'AGRICULTURE'],
    ['A0511', 'AGRICULTURE'],
    ['B06', 'INDUSTRY'],
    ['C3011', 'INDUSTRY'],
    ['D4411', 'INDUSTRY'],
    ['E47', 'CONSTRUCTION'],
    ['5011', 'CONSTRUCTION'],
    ['F51', 'WHOLESALE'],
    ['F5121', 'WHOLESALE'],
    ['52', 'RETAIL'],
    ['I65', 'SOFTWARE_IT'],
    ['6513', 'SOFTWARE_IT'],
  ])('maps %s to %s', (code, category) => {
    expect(industrySizeCategory(code)).toBe(category);
  });

  it.each([
    ['F', 'spans wholesale and retail'],
    ['I', 'spans information transmission and software'],
    ['I63', 'information transmission has its own 300号 thresholds, not held here'],
    ['I64', 'internet services fall under information transmission in 300号'],
    ['G54', 'transport thresholds are not held here'],
    ['K70', 'real estate thresholds are not held here'],
  ])('gives no category for %s (%s)', (code) => {
    expect(industrySizeCategory(code)).toBeNull();
  });

  it('accepts an already parsed code', () => {
    const parsed = parseIndustryCode('C3011');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(industrySizeCategory(parsed.value)).toBe('INDUSTRY');
  });

  it('throws a CodeRuleError naming the problem for a malformed code', () => {
    expect(() => industrySizeCategory('A30')).toThrow(CodeRuleError);
    expect(() => industrySizeCategory('A30')).toThrow('division 30 belongs to section C (Manufacturing), not A');
  });
});
