import { parseDivisionCode } from './division-code.rule';
import { normalizeCodeInput } from './normalize-input.util';
import { ParseResult, parseError, parseOk } from './parse-result.type';

export const STANDARD_KINDS = ['NATIONAL', 'INDUSTRY', 'LOCAL', 'GROUP', 'ENTERPRISE'] as const;
export type StandardKind = (typeof STANDARD_KINDS)[number];

export interface StandardNumber {
  readonly kind: StandardKind;
  /** Everything before the sequence number: 'GB/T', 'JB/T', 'DB13/T', 'T/CCAA', 'Q/HB'. */
  readonly prefix: string;
  /** Who issued it: 'GB', the industry letters, the local division digits ('13'), the association or company code. */
  readonly issuer: string;
  /** Carries /T (推荐性). GB/Z guidance documents, T/ and Q/ standards are not "recommended" in this sense. */
  readonly recommended: boolean;
  /** Sequence number with any dotted part, e.g. '2828.1'. */
  readonly number: string;
  /** Four-digit year of issue. */
  readonly year: number;
  /** Canonical form: prefix, space, number, '-', 4-digit year. */
  readonly normalized: string;
}

type Designation = Pick<StandardNumber, 'kind' | 'prefix' | 'issuer' | 'recommended'> & { readonly rest: string };

// '-', em dash and en dash all occur before the year in published numbers; take the last one
// (docs/domain-notes.md, "Standard numbers").
const YEAR_SEPARATOR = /\s?[-—–]\s?([^-—–\s]*)$/;
// Two-digit years belong to standards from before the 2000s (GB 12348-90);
// PRC national standards began in the 1950s, so anything earlier is a typo.
const EARLIEST_STANDARD_YEAR = 1950;
// GB: national; GBZ: national occupational-health standards (GBZ 2.1-2019);
// GBJ: retired national construction standards (GBJ 16-87).
const NATIONAL_DESIGNATIONS = new Set(['GB', 'GBZ', 'GBJ']);
// Look like 2-3 letter industry codes but are not Chinese standards.
const FOREIGN_PREFIXES = new Set(['ISO', 'IEC', 'EN', 'BS', 'DIN', 'JIS', 'UL', 'SAE']);
const EXAMPLE = 'e.g. GB/T 2828.1-2012';

function parseYear(text: string): ParseResult<{ head: string; year: number }> {
  const match = YEAR_SEPARATOR.exec(text);
  if (match === null) return parseError(`must end with -, — or – and the year (${EXAMPLE}), got ${text}`);
  const yearText = match[1];
  if (yearText === '') return parseError(`is missing the year after the dash (${EXAMPLE})`);
  if (!/^(\d{2}|\d{4})$/.test(yearText)) return parseError(`year must be 4 digits (or 2 for old standards), got ${yearText}`);
  const year = yearText.length === 2 ? 1900 + Number(yearText) : Number(yearText);
  if (year < EARLIEST_STANDARD_YEAR) {
    const shown = yearText.length === 2 ? `${yearText} (read as ${year})` : yearText;
    return parseError(`year ${shown} is before ${EARLIEST_STANDARD_YEAR}, earlier than any Chinese standard; give the 4-digit year`);
  }
  return parseOk({ head: text.slice(0, match.index), year });
}

/** T/<association> and Q/<company>: with no space before the number, the code is its leading letters. */
function parseOwnedDesignation(letters: 'T' | 'Q', rest: string): ParseResult<Designation> {
  const kind = letters === 'T' ? 'GROUP' : 'ENTERPRISE';
  const owner = letters === 'T' ? 'association' : 'company';
  const example = letters === 'T' ? 'T/CCAA 66-2023' : 'Q/HB 001-2024';
  if (!rest.startsWith('/')) return parseError(`${kind.toLowerCase()} standards are written ${letters}/ and the ${owner} code, e.g. ${example}`);
  const afterSlash = rest.slice(1);
  const space = afterSlash.indexOf(' ');
  const issuer = space >= 0 ? afterSlash.slice(0, space) : (/^[A-Z]*/.exec(afterSlash)?.[0] ?? '');
  if (issuer === '') return parseError(`needs the ${owner} code after ${letters}/, e.g. ${example}`);
  if (!/^[A-Z0-9]+$/.test(issuer)) return parseError(`${owner} code must be uppercase letters and digits, got ${issuer}`);
  // 团体标准管理规定: an association code is letters, or letters with digits.
  if (kind === 'GROUP' && !/[A-Z]/.test(issuer)) return parseError(`association code must contain a letter, got ${issuer}`);
  return parseOk({ kind, prefix: `${letters}/${issuer}`, issuer, recommended: false, rest: afterSlash.slice(issuer.length) });
}

/** DB + 2-digit province or 4-digit city code, optional /T; a space must separate a bare DB13 from the number. */
function parseLocalDesignation(rest: string): ParseResult<Designation> {
  const digits = /^\d*/.exec(rest)?.[0] ?? '';
  const after = rest.slice(digits.length);
  if (digits === '') return parseError('local standard prefix DB must be followed by a 2-digit province or 4-digit city code, e.g. DB13/T 5137-2019');
  if ((digits.length !== 2 && digits.length !== 4) || !(after.startsWith('/') || after.startsWith(' '))) {
    return parseError(`DB must be followed by 2 (province) or 4 (city) digits and then /T or a space before the number, got DB${digits}${after}`);
  }
  const division = parseDivisionCode(digits.padEnd(6, '0'));
  if (!division.ok || (digits.length === 4 && digits.endsWith('00'))) {
    return parseError(`DB${digits} does not name a province (2 digits) or city (4 digits) division`);
  }
  if (after.startsWith('/') && !after.startsWith('/T')) return parseError(`DB${digits} may only be followed by /T, got ${after.split(' ')[0]}`);
  const recommended = after.startsWith('/T');
  return parseOk({
    kind: 'LOCAL',
    prefix: `DB${digits}${recommended ? '/T' : ''}`,
    issuer: digits,
    recommended,
    rest: recommended ? after.slice(2) : after,
  });
}

function parseDesignation(head: string): ParseResult<Designation> {
  const letters = /^[A-Z]*/.exec(head)?.[0] ?? '';
  const rest = head.slice(letters.length);
  if (letters === '') return parseError(`must start with a standard prefix such as GB/T, JB/T, DB13/T, T/ or Q/, got ${head}`);
  if (letters === 'T' || letters === 'Q') return parseOwnedDesignation(letters, rest);
  if (letters === 'DB') return parseLocalDesignation(rest);
  if (FOREIGN_PREFIXES.has(letters)) return parseError(`${letters} is an international or foreign prefix, not a Chinese standard number`);
  if (letters === 'GBT') return parseError('GBT is not a standard prefix; write GB/T');

  const isNational = letters.startsWith('GB');
  if (isNational && !NATIONAL_DESIGNATIONS.has(letters)) return parseError(`${letters} is not a national standard prefix; expected GB, GB/T or GB/Z`);
  if (!isNational && (letters.length < 2 || letters.length > 3)) {
    return parseError(`${letters} is not a standard prefix; expected GB, GB/T, GB/Z, 2-3 industry letters (JB/T), DB13/T, T/ or Q/`);
  }

  let suffix = '';
  if (rest.startsWith('/')) {
    suffix = rest[1] ?? '';
    const allowed = letters === 'GB' ? ['T', 'Z'] : ['T'];
    if (!allowed.includes(suffix)) return parseError(`${letters} may only be followed by ${allowed.map((s) => `/${s}`).join(' or ')}, got /${suffix}`);
  }
  return parseOk({
    kind: isNational ? 'NATIONAL' : 'INDUSTRY',
    prefix: suffix === '' ? letters : `${letters}/${suffix}`,
    issuer: letters,
    recommended: suffix === 'T',
    rest: suffix === '' ? rest : rest.slice(2),
  });
}

/**
 * Chinese standard numbers (GB/T 1.1 numbering; docs/domain-notes.md, "Standard numbers"): national
 * GB, GB/T, GB/Z; industry JB/T, QC/T ...; local DB13/T; group T/CCAA;
 * enterprise Q/HB. Accepts -, — or – before the year, 2-digit years (19xx),
 * and a space or none between prefix and number.
 */
export function parseStandardNumber(input: string): ParseResult<StandardNumber> {
  const text = normalizeCodeInput(input).replace(/\s+/g, ' ').replace(/ ?\/ ?/g, '/');
  if (text === '') return parseError(`is empty; expected a standard number (${EXAMPLE})`);

  const dated = parseYear(text);
  if (!dated.ok) return dated;
  const designation = parseDesignation(dated.value.head);
  if (!designation.ok) return designation;

  const { rest, ...identity } = designation.value;
  const number = rest.trim();
  if (number === '') return parseError(`is missing the number between ${identity.prefix} and the year (${EXAMPLE})`);
  if (!/^\d+(\.\d+)*$/.test(number)) {
    return parseError(`number ${number} is malformed; expected digits with optional dotted parts, e.g. 2828.1`);
  }
  const { year } = dated.value;
  return parseOk({ ...identity, number, year, normalized: `${identity.prefix} ${number}-${year}` });
}

export function isValidStandardNumber(input: string): boolean {
  return parseStandardNumber(input).ok;
}
