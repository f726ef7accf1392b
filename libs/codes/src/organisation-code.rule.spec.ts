import { CodeRuleError } from './code-rule.error';
import { hasValidOrganisationCheck, organisationCodeCheckCharacter } from './organisation-code.rule';

describe('organisationCodeCheckCharacter (GB 11714)', () => {
  it.each([
    ['70846113', '6'],
    ['19220382', '1'],
    ['71092546', '2'],
  ])('matches the organisation code inside a published USCC: %s -> %s', (body, check) => {
    expect(organisationCodeCheckCharacter(body)).toBe(check);
  });

  it('values letters A=10 .. Z=35, including letters the USCC alphabet lacks', () => {
    // 3*10 (A) + 7*35 (Z) = 275; 275 mod 11 = 0; c = 11 -> '0'.
    expect(organisationCodeCheckCharacter('AZ000000')).toBe('0');
  });

  it('writes a check value of 10 as X', () => {
    expect(organisationCodeCheckCharacter('MA00000F')).toBe('X');
  });

  it('throws a CodeRuleError unless given 8 digits or uppercase letters', () => {
    expect(() => organisationCodeCheckCharacter('7084611')).toThrow(CodeRuleError);
    expect(() => organisationCodeCheckCharacter('7084611-')).toThrow('organisation code body must be 8 digits or uppercase letters, got 7084611-');
  });
});

describe('hasValidOrganisationCheck', () => {
  it('accepts a 9-character code with the right check character', () => {
    expect(hasValidOrganisationCheck('708461136')).toBe(true);
    expect(hasValidOrganisationCheck('MA00000FX')).toBe(true);
  });

  it('rejects a wrong check character or a wrong length', () => {
    expect(hasValidOrganisationCheck('708461137')).toBe(false);
    expect(hasValidOrganisationCheck('70846113')).toBe(false);
    expect(hasValidOrganisationCheck('70846113A')).toBe(false);
  });
});
