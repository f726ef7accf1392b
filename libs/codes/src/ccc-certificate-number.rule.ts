import { normalizeCodeInput } from './normalize-input.util';
import { ParseResult, parseError, parseOk } from './parse-result.type';

/** China Compulsory Certification (CCC) certificate number, split into its fields. */
export interface CccCertificateNumber {
  readonly number: string;
  readonly year: number;
  /** Certification body code (2 digits). */
  readonly bodyCode: string;
  /** Product category code (4 digits). */
  readonly productCategory: string;
  readonly serial: string;
}

// CCC certification began under the 2001 compulsory product catalogue, so no certificate predates 2001.
const FIRST_CCC_YEAR = 2001;

/** 16 digits: year 4 + body 2 + product category 4 + serial 6 (docs/domain-notes.md, "Certification schemes and CCC numbers"). */
export function validateCccCertificateNumber(input: string): ParseResult<CccCertificateNumber> {
  const number = normalizeCodeInput(input);
  if (number === '') return parseError('is empty; expected a 16-digit CCC certificate number');
  if (!/^\d+$/.test(number)) return parseError(`must contain digits only, got ${number}`);
  if (number.length !== 16) return parseError(`must be 16 digits, got ${number.length}`);
  const year = Number(number.slice(0, 4));
  if (year < FIRST_CCC_YEAR) return parseError(`starts with year ${year}, before CCC certificates were issued (${FIRST_CCC_YEAR})`);
  return parseOk({
    number,
    year,
    bodyCode: number.slice(4, 6),
    productCategory: number.slice(6, 10),
    serial: number.slice(10),
  });
}
