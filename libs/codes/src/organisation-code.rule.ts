import { CodeRuleError } from './code-rule.error';

// GB 11714-1997: organisation code = 8 body characters + 1 check character.
const ORGANISATION_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** GB 11714 character value: digits 0-9, A=10 .. Z=35. */
function organisationCharacterValue(ch: string): number {
  if (/^[0-9]$/.test(ch)) return Number(ch);
  if (/^[A-Z]$/.test(ch)) return ch.charCodeAt(0) - 'A'.charCodeAt(0) + 10;
  return -1;
}

/**
 * Check character for the 8-character body of an organisation code
 * (GB 11714: c = 11 - (sum mod 11); 10 -> X, 11 -> 0).
 * Throws CodeRuleError unless given 8 digits or uppercase letters.
 */
export function organisationCodeCheckCharacter(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) {
    throw new CodeRuleError('ORGANISATION_CODE', `organisation code body must be 8 digits or uppercase letters, got ${body8}`);
  }
  const sum = [...body8].reduce((total, ch, i) => total + organisationCharacterValue(ch) * ORGANISATION_CODE_WEIGHTS[i], 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** Whether a 9-character organisation code carries the right check character. */
export function hasValidOrganisationCheck(code9: string): boolean {
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code9)) return false;
  return organisationCodeCheckCharacter(code9.slice(0, 8)) === code9[8];
}
