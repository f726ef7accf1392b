import { normalizeCodeInput } from './normalize-input.util';
import { ParseResult, parseError, parseOk, valueOrThrow } from './parse-result.type';

// GB/T 2260: six digits PPCCDD. Only the shape is checked here: which codes
// exist changes yearly, so that belongs to a dated division data set.
export const DIVISION_LEVELS = ['PROVINCE', 'PREFECTURE', 'COUNTY'] as const;
export type DivisionLevel = (typeof DIVISION_LEVELS)[number];

export interface DivisionCode {
  readonly code: string;
  readonly level: DivisionLevel;
  /** PP0000, the code itself for a province. */
  readonly provinceCode: string;
  /** PPCC00 for a prefecture or county; null for a province. */
  readonly prefectureCode: string | null;
}

export function parseDivisionCode(input: string): ParseResult<DivisionCode> {
  const code = normalizeCodeInput(input);
  if (code === '') return parseError('is empty; expected a 6-digit GB/T 2260 division code');
  if (!/^\d{6}$/.test(code)) return parseError(`must be 6 digits (GB/T 2260), got ${code}`);

  const pp = code.slice(0, 2);
  const cc = code.slice(2, 4);
  const dd = code.slice(4, 6);
  if (pp === '00') return parseError(`has province digits 00 in ${code}; no province uses 00`);
  // A county always sits under prefecture digits (province-administered
  // counties use 90, e.g. 429004), so PP00DD cannot be a real code.
  if (cc === '00' && dd !== '00') {
    return parseError(`has county digits ${dd} under prefecture digits 00 in ${code}; a county code needs its prefecture digits`);
  }

  const provinceCode = `${pp}0000`;
  if (cc === '00') return parseOk({ code, level: 'PROVINCE', provinceCode, prefectureCode: null });
  const prefectureCode = `${pp}${cc}00`;
  if (dd === '00') return parseOk({ code, level: 'PREFECTURE', provinceCode, prefectureCode });
  return parseOk({ code, level: 'COUNTY', provinceCode, prefectureCode });
}

export function isValidDivisionCode(input: string): boolean {
  return parseDivisionCode(input).ok;
}

/** Enclosing divisions, widest first: 130524 -> ['130000', '130500']. Throws CodeRuleError on a malformed code. */
export function divisionAncestors(code: string): string[] {
  const division = valueOrThrow(parseDivisionCode(code), 'DIVISION_CODE');
  return [division.provinceCode, division.prefectureCode].filter(
    (ancestor): ancestor is string => ancestor !== null && ancestor !== division.code,
  );
}

/**
 * The digits that every code inside this division starts with, for "region
 * prefix" filters: '13' for 130000, '1305' for 130500, '130524' for a county.
 * Throws CodeRuleError on a malformed code.
 */
export function divisionPrefix(code: string): string {
  const division = valueOrThrow(parseDivisionCode(code), 'DIVISION_CODE');
  const significantDigits = { PROVINCE: 2, PREFECTURE: 4, COUNTY: 6 }[division.level];
  return division.code.slice(0, significantDigits);
}

/** Whether `code` is `region` itself or lies inside it. Throws CodeRuleError if either is malformed. */
export function isWithinDivision(code: string, region: string): boolean {
  const inner = valueOrThrow(parseDivisionCode(code), 'DIVISION_CODE');
  return inner.code.startsWith(divisionPrefix(region));
}
