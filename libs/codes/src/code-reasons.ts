import { UsccValidation } from './uscc.rule';

/**
 * Why a national code was refused, as `extensions.reason` of the API's BAD_USER_INPUT errors. The meanings
 * are listed here (not in @chainq/core) because this lib runs in the browser too and imports nothing.
 */
export enum CodeReason {
  UsccFormat = 'USCC_FORMAT',
  UsccCheckCharacter = 'USCC_CHECK_CHARACTER',
  DivisionCodeInvalid = 'DIVISION_CODE_INVALID',
  IndustryCodeInvalid = 'INDUSTRY_CODE_INVALID',
  StandardNumberInvalid = 'STANDARD_NUMBER_INVALID',
  CccNumberInvalid = 'CCC_NUMBER_INVALID',
}

const BAD_USER_INPUT = 'BAD_USER_INPUT';

/** The shape of @chainq/core's ReasonCatalogue. */
export const CODE_REASONS: { domain: string; reasons: Record<CodeReason, { code: string; meaning: string }> } = {
  domain: 'codes',
  reasons: {
    [CodeReason.UsccFormat]: { code: BAD_USER_INPUT, meaning: 'The unified social credit code is not 18 characters of digits and capital letters (no I, O, S, V, Z) with a division code in positions 3-8.' },
    [CodeReason.UsccCheckCharacter]: { code: BAD_USER_INPUT, meaning: 'The unified social credit code fails its check character (GB 32100-2015): a character was mistyped.' },
    [CodeReason.DivisionCodeInvalid]: { code: BAD_USER_INPUT, meaning: 'The region code is not a 6-digit GB/T 2260 division code.' },
    [CodeReason.IndustryCodeInvalid]: { code: BAD_USER_INPUT, meaning: 'The industry code is not a GB/T 4754-2017 class.' },
    [CodeReason.StandardNumberInvalid]: { code: BAD_USER_INPUT, meaning: 'The standard number is not written like GB/T 19001-2016 or Q/ABC 001-2024.' },
    [CodeReason.CccNumberInvalid]: { code: BAD_USER_INPUT, meaning: 'The CCC certificate number is not in the form the certification bodies issue.' },
  },
};

/** A refused USCC: the check character when every other rule passed, the format otherwise. */
export const usccReason = (validation: UsccValidation): CodeReason =>
  validation.errors.length === 1 && validation.errors[0].startsWith('check character') ? CodeReason.UsccCheckCharacter : CodeReason.UsccFormat;
