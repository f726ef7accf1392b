import { CodeRuleError } from './code-rule.error';
import { divisionAncestors, divisionPrefix, isValidDivisionCode, isWithinDivision, parseDivisionCode } from './division-code.rule';

describe('parseDivisionCode (GB/T 2260)', () => {
  it('reads PP0000 as a province', () => {
    expect(parseDivisionCode('130000')).toEqual({
      ok: true,
      value: { code: '130000', level: 'PROVINCE', provinceCode: '130000', prefectureCode: null },
    });
  });

  it('reads PPCC00 as a prefecture', () => {
    expect(parseDivisionCode('130500')).toEqual({
      ok: true,
      value: { code: '130500', level: 'PREFECTURE', provinceCode: '130000', prefectureCode: '130500' },
    });
  });

  it('reads PPCCDD as a county under its prefecture', () => {
    expect(parseDivisionCode('131125')).toEqual({
      ok: true,
      value: { code: '131125', level: 'COUNTY', provinceCode: '130000', prefectureCode: '131100' },
    });
  });

  it('accepts a municipal district and a province-administered county (prefecture digits 90)', () => {
    expect(parseDivisionCode('110101')).toMatchObject({ ok: true, value: { level: 'COUNTY', prefectureCode: '110100' } });
    expect(parseDivisionCode('429004')).toMatchObject({ ok: true, value: { level: 'COUNTY', prefectureCode: '429000' } });
  });

  it('trims surrounding spaces', () => {
    expect(parseDivisionCode(' 330782 ')).toMatchObject({ ok: true, value: { code: '330782' } });
  });

  it.each([
    ['13052', 'must be 6 digits (GB/T 2260), got 13052'],
    ['1305240', 'must be 6 digits (GB/T 2260), got 1305240'],
    ['13O524', 'must be 6 digits (GB/T 2260), got 13O524'],
    ['', 'is empty; expected a 6-digit GB/T 2260 division code'],
    ['000000', 'has province digits 00 in 000000; no province uses 00'],
    ['001300', 'has province digits 00 in 001300; no province uses 00'],
    ['130024', 'has county digits 24 under prefecture digits 00 in 130024; a county code needs its prefecture digits'],
  ])('rejects %j: %s', (input, error) => {
    expect(parseDivisionCode(input)).toEqual({ ok: false, error });
    expect(isValidDivisionCode(input)).toBe(false);
  });
});

describe('divisionAncestors', () => {
  it('lists the province then the prefecture of a county', () => {
    expect(divisionAncestors('130524')).toEqual(['130000', '130500']);
  });

  it('lists only the province of a prefecture, and nothing for a province', () => {
    expect(divisionAncestors('130500')).toEqual(['130000']);
    expect(divisionAncestors('130000')).toEqual([]);
  });

  it('throws a CodeRuleError naming the problem for a malformed code', () => {
    expect(() => divisionAncestors('1305')).toThrow(CodeRuleError);
    expect(() => divisionAncestors('1305')).toThrow('must be 6 digits (GB/T 2260), got 1305');
  });
});

describe('divisionPrefix', () => {
  it('keeps only the significant digits of each level', () => {
    expect(divisionPrefix('130000')).toBe('13');
    expect(divisionPrefix('130500')).toBe('1305');
    expect(divisionPrefix('130524')).toBe('130524');
  });

  it('throws on a malformed code rather than returning a prefix that matches everything', () => {
    expect(() => divisionPrefix('000000')).toThrow('no province uses 00');
  });
});

describe('isWithinDivision', () => {
  it('places a county inside its province and prefecture, and a division inside itself', () => {
    expect(isWithinDivision('130524', '130000')).toBe(true);
    expect(isWithinDivision('130524', '130500')).toBe(true);
    expect(isWithinDivision('130524', '130524')).toBe(true);
  });

  it('keeps other prefectures and provinces out', () => {
    expect(isWithinDivision('130524', '131100')).toBe(false);
    expect(isWithinDivision('130524', '140000')).toBe(false);
    // A province is not inside one of its own prefectures.
    expect(isWithinDivision('130000', '130500')).toBe(false);
  });
});
