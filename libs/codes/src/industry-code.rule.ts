import { INDUSTRY_SECTIONS_2017, industrySectionOfDivision } from './industry-sections.data';
import { normalizeCodeInput } from './normalize-input.util';
import { ParseResult, parseError, parseOk, valueOrThrow } from './parse-result.type';
import type { SizeCategory } from './size-thresholds.data';

/** A GB/T 4754-2017 code at any depth: section C, division 30, group 301, class 3011. */
export interface IndustryCode {
  readonly section: string;
  readonly division: string | null;
  readonly group: string | null;
  readonly class: string | null;
  /** Section letter then digits, e.g. 'C3011'. */
  readonly normalized: string;
}

/**
 * Accepts 'C', 'C30', 'C301', 'C3011' or plain digits '30', '301', '3011'
 * (the section is inferred from the division, GB/T 4754-2017 section table).
 */
export function parseIndustryCode(input: string): ParseResult<IndustryCode> {
  const code = normalizeCodeInput(input);
  if (code === '') return parseError('is empty; expected a GB/T 4754-2017 industry code such as C3011');
  const match = /^([A-Z]?)(\d*)$/.exec(code);
  if (match === null) {
    return parseError(`must be a section letter A-T and/or 2 to 4 digits (e.g. C, C30, C3011 or 3011), got ${code}`);
  }
  const [, letter, digits] = match;

  if (letter !== '' && !INDUSTRY_SECTIONS_2017.some((s) => s.letter === letter)) {
    return parseError(`section must be a letter A to T (GB/T 4754-2017), got ${letter}`);
  }
  if (digits === '') return parseOk({ section: letter, division: null, group: null, class: null, normalized: letter });
  if (digits.length < 2 || digits.length > 4) {
    const afterLetter = letter === '' ? '' : ` after the section letter ${letter}`;
    const count = `${digits.length} digit${digits.length === 1 ? '' : 's'}`;
    return parseError(`must have 2 to 4 digits (division, group, class)${afterLetter}, got ${digits} (${count})`);
  }

  const division = digits.slice(0, 2);
  const section = industrySectionOfDivision(Number(division));
  if (section === undefined) return parseError(`division ${division} does not exist in GB/T 4754-2017 (divisions run 01 to 97)`);
  if (letter !== '' && letter !== section.letter) {
    return parseError(`division ${division} belongs to section ${section.letter} (${section.nameEn}), not ${letter}`);
  }
  return parseOk({
    section: section.letter,
    division,
    group: digits.length >= 3 ? digits.slice(0, 3) : null,
    class: digits.length === 4 ? digits : null,
    normalized: `${section.letter}${digits}`,
  });
}

export function isValidIndustryCode(input: string): boolean {
  return parseIndustryCode(input).ok;
}

// 工信部联企业〔2011〕300号 names its industries by GB/T 4754-2011 divisions;
// these divisions kept their numbers in the 2017 edition.
const SIZE_CATEGORY_BY_SECTION: Readonly<Record<string, SizeCategory>> = {
  A: 'AGRICULTURE', // 农、林、牧、渔业: divisions 01-05
  B: 'INDUSTRY', // 工业 = mining, manufacturing, utilities (B, C, D)
  C: 'INDUSTRY',
  D: 'INDUSTRY',
  E: 'CONSTRUCTION', // 建筑业: divisions 47-50
};
const SIZE_CATEGORY_BY_DIVISION: Readonly<Record<string, SizeCategory>> = {
  '51': 'WHOLESALE', // 批发业 (F51)
  '52': 'RETAIL', // 零售业 (F52)
  // 软件和信息技术服务业 is I65 only. I63/I64 are 信息传输业, which 300号
  // gives its own thresholds (2000 staff / 100000); they are not among the rows held
  // (docs/domain-notes.md, "Enterprise size classes"), so those divisions get no category
  // rather than a wrong one.
  '65': 'SOFTWARE_IT',
};

/**
 * The size-rule category (工信部联企业〔2011〕300号) for an industry code, or
 * null when the thresholds held here do not cover it (including a bare 'F' or
 * 'I', which spans several categories). Throws CodeRuleError on a malformed code.
 */
export function industrySizeCategory(code: string | IndustryCode): SizeCategory | null {
  const industry = typeof code === 'string' ? valueOrThrow(parseIndustryCode(code), 'INDUSTRY_CODE') : code;
  const bySection = SIZE_CATEGORY_BY_SECTION[industry.section];
  if (bySection !== undefined) return bySection;
  if (industry.division === null) return null;
  return SIZE_CATEGORY_BY_DIVISION[industry.division] ?? null;
}
