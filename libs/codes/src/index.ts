export { type CodeRule, CodeRuleError } from './code-rule.error';
export { type ParseResult, parseError, parseOk, valueOrThrow } from './parse-result.type';
export { normalizeCodeInput } from './normalize-input.util';

export {
  USCC_ALPHABET,
  USCC_WEIGHTS,
  type UsccParts,
  type UsccValidation,
  isValidUscc,
  makeUscc,
  usccCheckCharacter,
  validateUscc,
} from './uscc.rule';
export { hasValidOrganisationCheck, organisationCodeCheckCharacter } from './organisation-code.rule';

export {
  DIVISION_LEVELS,
  type DivisionCode,
  type DivisionLevel,
  divisionAncestors,
  divisionPrefix,
  isValidDivisionCode,
  isWithinDivision,
  parseDivisionCode,
} from './division-code.rule';

export { INDUSTRY_SECTIONS_2017, type IndustrySection, industrySectionOfDivision } from './industry-sections.data';
export { type IndustryCode, industrySizeCategory, isValidIndustryCode, parseIndustryCode } from './industry-code.rule';

export {
  SIZE_CATEGORIES,
  SIZE_MEASURES,
  SIZE_THRESHOLDS_2011,
  type SizeBounds,
  type SizeCategory,
  type SizeMeasure,
  type SizeThresholdRow,
  type SizeThresholds,
} from './size-thresholds.data';
export { SIZE_CLASSES, type SizeClass, type SizeClassInput, classifySize } from './size-class.rule';

export {
  STANDARD_KINDS,
  type StandardKind,
  type StandardNumber,
  isValidStandardNumber,
  parseStandardNumber,
} from './standard-number.rule';

export {
  CERTIFICATION_SCHEMES,
  type CertificationScheme,
  type CertificationSchemeName,
  isCertificationSchemeName,
  nationalEquivalentOf,
} from './certification-schemes.data';
export { type CccCertificateNumber, validateCccCertificateNumber } from './ccc-certificate-number.rule';
export { CODE_REASONS, CodeReason, usccReason } from './code-reasons';
