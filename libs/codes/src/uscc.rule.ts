import { CodeRuleError } from './code-rule.error';
import { parseDivisionCode } from './division-code.rule';
import { describeCharacter, listPositions, normalizeCodeInput } from './normalize-input.util';
import { organisationCodeCheckCharacter } from './organisation-code.rule';

// GB 32100-2015 §4 (code structure): 18 characters from this alphabet, valued 0..30 in order
// (I, O, Z, S, V are left out so they cannot be misread as 1, 0, 2, 5, U).
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_LENGTH = 18;
const EXCLUDED_LETTERS = new Set(['I', 'O', 'Z', 'S', 'V']);

// GB 32100-2015 check character: weight of position i is 3^(i-1) mod 31.
export const USCC_WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let weight = 1;
  for (let k = 0; k < i; k++) weight = (weight * 3) % 31;
  return weight;
});

// GB 32100-2015 code tables: categories defined under registering department 9 (market regulator).
const MARKET_REGULATOR_CATEGORIES: Readonly<Record<string, string>> = {
  '1': 'enterprise',
  '2': 'individual business',
  '3': 'farmers’ co-operative',
};

export interface UsccValidation {
  readonly valid: boolean;
  /** Each makes the code unusable. */
  readonly errors: string[];
  /** Suspicious but accepted, e.g. an early code failing the GB 11714 organisation check. */
  readonly warnings: string[];
  /** Trimmed, uppercased (and full-width folded) form to store. */
  readonly normalized: string;
}

function isUsccCharacter(ch: string): boolean {
  return ch.length === 1 && USCC_ALPHABET.includes(ch);
}

function checkCharacterFor(first17: string): string {
  const sum = [...first17].reduce((total, ch, i) => total + USCC_ALPHABET.indexOf(ch) * USCC_WEIGHTS[i], 0);
  // c = 31 - (sum mod 31); 31 becomes 0.
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** Check character (position 18) for 17 USCC characters. Throws CodeRuleError on anything else. */
export function usccCheckCharacter(first17: string): string {
  const chars = normalizeCodeInput(first17);
  if (chars.length !== 17) throw new CodeRuleError('USCC', `needs 17 characters to compute a check character, got ${chars.length}`);
  const bad = [...chars].find((ch) => !isUsccCharacter(ch));
  if (bad !== undefined) {
    throw new CodeRuleError('USCC', `contains ${describeCharacter(bad)}, which is not allowed in a unified social credit code`);
  }
  return checkCharacterFor(chars);
}

function disallowedCharacterErrors(code: string): string[] {
  const positionsByCharacter = new Map<string, number[]>();
  [...code].forEach((ch, i) => {
    if (isUsccCharacter(ch)) return;
    positionsByCharacter.set(ch, [...(positionsByCharacter.get(ch) ?? []), i + 1]);
  });
  return [...positionsByCharacter].map(([ch, positions]) => {
    const where = `${positions.length > 1 ? 'positions' : 'position'} ${listPositions(positions)}`;
    const why = EXCLUDED_LETTERS.has(ch) ? ' (GB 32100 never uses I, O, Z, S or V)' : '';
    return `contains ${describeCharacter(ch)} at ${where}, which is not allowed${why}`;
  });
}

function warningsFor(code: string): string[] {
  const warnings: string[] = [];
  // Early legal codes were issued with organisation codes that fail GB 11714,
  // and they stay legal: warn, never reject (docs/domain-notes.md, "USCC (GB 32100-2015)").
  const expectedOrgCheck = organisationCodeCheckCharacter(code.slice(8, 16));
  if (code[16] !== expectedOrgCheck) {
    warnings.push(
      `organisation code check character (position 17) should be ${expectedOrgCheck}, got ${code[16]} (GB 11714); ` +
        'accepted because some early codes fail this check',
    );
  }
  const division = parseDivisionCode(code.slice(2, 8));
  if (!division.ok) warnings.push(`division code (positions 3-8) ${division.error}`);
  if (code[0] === '9' && MARKET_REGULATOR_CATEGORIES[code[1]] === undefined) {
    warnings.push(
      `category ${code[1]} (position 2) is not defined for market-regulator registrations; ` +
        'expected 1 (enterprise), 2 (individual business) or 3 (co-operative)',
    );
  }
  return warnings;
}

/** GB 32100-2015 unified social credit code. Never throws; errors and warnings are human messages. */
export function validateUscc(code: string): UsccValidation {
  const normalized = normalizeCodeInput(code);
  const report = (errors: string[], warnings: string[] = []): UsccValidation => ({
    valid: errors.length === 0,
    errors,
    warnings,
    normalized,
  });
  if (normalized === '') return report(['is empty; expected an 18-character unified social credit code']);

  const errors: string[] = [];
  if (normalized.length !== USCC_LENGTH) errors.push(`must be ${USCC_LENGTH} characters, got ${normalized.length}`);
  errors.push(...disallowedCharacterErrors(normalized));

  // GB 32100-2015 §4: positions 3-8 are the GB/T 2260 division code.
  const division = normalized.slice(2, 8);
  if (normalized.length >= 8 && !/^\d{6}$/.test(division)) {
    errors.push(`positions 3-8 must be the 6-digit division code, got ${division}`);
  }

  const first17 = normalized.slice(0, 17);
  const first17Usable = normalized.length === USCC_LENGTH && [...first17].every(isUsccCharacter);
  if (!first17Usable) return report(errors);

  const expectedCheck = checkCharacterFor(first17);
  if (normalized[17] !== expectedCheck) {
    errors.push(`check character should be ${expectedCheck}, got ${describeCharacter(normalized[17])}`);
  }
  return report(errors, warningsFor(normalized));
}

export function isValidUscc(code: string): boolean {
  return validateUscc(code).valid;
}

/** Parts of a code to build; the organisation check character is computed. */
export interface UsccParts {
  /** Positions 1-2: registering department and category, e.g. '91' (market regulator, enterprise). */
  readonly registration: string;
  /** Positions 3-8: GB/T 2260 division code, e.g. '320300'. */
  readonly division: string;
  /** Positions 9-16: organisation code body; position 17 gets its GB 11714 check character. */
  readonly organisationBase: string;
}

function first17FromParts(parts: UsccParts): string {
  const registration = normalizeCodeInput(parts.registration);
  const organisationBase = normalizeCodeInput(parts.organisationBase);
  if (registration.length !== 2) throw new CodeRuleError('USCC', `registration must be 2 characters, got ${registration.length}`);
  const division = parseDivisionCode(parts.division);
  if (!division.ok) throw new CodeRuleError('USCC', `division ${division.error}`);
  if (organisationBase.length !== 8) {
    throw new CodeRuleError('USCC', `organisationBase must be 8 characters, got ${organisationBase.length}`);
  }
  // Must be USCC characters too, as they become positions 9-16.
  const bad = [...organisationBase].find((ch) => !isUsccCharacter(ch));
  if (bad !== undefined) {
    throw new CodeRuleError('USCC', `organisationBase contains ${describeCharacter(bad)}, which is not allowed in a unified social credit code`);
  }
  // The GB 11714 check is 0-9 or X, all of which are USCC characters.
  return `${registration}${division.value.code}${organisationBase}${organisationCodeCheckCharacter(organisationBase)}`;
}

/**
 * Builds a valid code (for fictional seed data and tests) from 17 characters
 * or from parts, appending the GB 32100 check character. Throws
 * CodeRuleError if the result would not validate.
 */
export function makeUscc(source: string | UsccParts): string {
  const first17 = typeof source === 'string' ? normalizeCodeInput(source) : first17FromParts(source);
  const code = `${first17}${usccCheckCharacter(first17)}`;
  const { errors } = validateUscc(code);
  if (errors.length > 0) throw new CodeRuleError('USCC', errors.join('; '));
  return code;
}
