import { CodeRuleError } from './code-rule.error';
import { USCC_ALPHABET, USCC_WEIGHTS, isValidUscc, makeUscc, usccCheckCharacter, validateUscc } from './uscc.rule';

// Published codes that pass (docs/domain-notes.md, "USCC (GB 32100-2015)").
const KNOWN_GOOD = ['91440300708461136T', '914403001922038216', '91110000710925462X'];

describe('validateUscc', () => {
  it.each(KNOWN_GOOD)('accepts the published code %s with no errors or warnings', (code) => {
    expect(validateUscc(code)).toEqual({ valid: true, errors: [], warnings: [], normalized: code });
  });

  it('normalizes by trimming and uppercasing before checking', () => {
    const result = validateUscc('  91440300708461136t \n');
    expect(result.valid).toBe(true);
    expect(result.normalized).toBe('91440300708461136T');
  });

  it('folds full-width characters typed with a Chinese input method', () => {
    const result = validateUscc('９１４４０３００７０８４６１１３６Ｔ');
    expect(result).toMatchObject({ valid: true, normalized: '91440300708461136T' });
  });

  it('reports a missing character with both lengths', () => {
    expect(validateUscc('91440300708461136')).toEqual({
      valid: false,
      errors: ['must be 18 characters, got 17'],
      warnings: [],
      normalized: '91440300708461136',
    });
  });

  it('reports an extra character', () => {
    expect(validateUscc('91440300708461136T1').errors).toEqual(['must be 18 characters, got 19']);
  });

  it('reports an empty code as empty rather than as a length of 0', () => {
    expect(validateUscc('   ').errors).toEqual(['is empty; expected an 18-character unified social credit code']);
  });

  it('names a changed digit through the check character it breaks', () => {
    // Position 11 changed from 0 to 1.
    expect(validateUscc('91440300718461136T').errors).toEqual(['check character should be W, got T']);
  });

  it('catches two adjacent digits swapped', () => {
    expect(validateUscc('91440300704861136T').errors).toEqual(['check character should be C, got T']);
  });

  it('reports a wrong check character on an otherwise good code', () => {
    expect(validateUscc('914403001922038215').errors).toEqual(['check character should be 6, got 5']);
    expect(validateUscc('91110000710925462Y').errors).toEqual(['check character should be X, got Y']);
  });

  it('rejects the letters GB 32100 leaves out, saying where they are', () => {
    const result = validateUscc('91440300708461I36T');
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(['contains I at position 15, which is not allowed (GB 32100 never uses I, O, Z, S or V)']);
  });

  it('groups repeated bad characters into one message', () => {
    const result = validateUscc('9144030070846OO36T');
    expect(result.errors).toEqual(['contains O at positions 14 and 15, which is not allowed (GB 32100 never uses I, O, Z, S or V)']);
  });

  it('names a space inside the code instead of printing it', () => {
    expect(validateUscc('914403007084 61136T').errors).toContain('contains a space at position 13, which is not allowed');
  });

  it('requires positions 3-8 to be a 6-digit division code', () => {
    const result = validateUscc('9144A300708461136T');
    expect(result.valid).toBe(false);
    expect(result.errors).toContain('positions 3-8 must be the 6-digit division code, got 44A300');
  });

  it('only warns when the GB 11714 organisation check fails, since early codes do', () => {
    // Organisation check should be 6; the USCC check character is recomputed so only that part is off.
    const result = validateUscc('91440300708461137X');
    expect(result.valid).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'organisation code check character (position 17) should be 6, got 7 (GB 11714); accepted because some early codes fail this check',
    ]);
    expect(isValidUscc('91440300708461137X')).toBe(true);
  });

  it('warns on a division code no province uses', () => {
    const result = validateUscc('910000007109254623');
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual(['division code (positions 3-8) has province digits 00 in 000000; no province uses 00']);
  });

  it('warns on a category the market regulator does not issue', () => {
    const result = validateUscc('94440300708461136H');
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([
      'category 4 (position 2) is not defined for market-regulator registrations; expected 1 (enterprise), 2 (individual business) or 3 (co-operative)',
    ]);
  });

  it('gives no warnings when the code is already invalid, to keep the message list focused', () => {
    expect(validateUscc('94000000708461137').warnings).toEqual([]);
  });
});

describe('isValidUscc', () => {
  it('agrees with validateUscc', () => {
    expect(KNOWN_GOOD.every(isValidUscc)).toBe(true);
    expect(isValidUscc('91440300708461136A')).toBe(false);
    expect(isValidUscc('')).toBe(false);
  });
});

describe('usccCheckCharacter', () => {
  it.each(KNOWN_GOOD)('computes the published check character of %s', (code) => {
    expect(usccCheckCharacter(code.slice(0, 17))).toBe(code[17]);
  });

  it('uses weights 3^(i-1) mod 31 as listed in GB 32100-2015', () => {
    expect(USCC_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it('has the 31-character alphabet without I, O, Z, S, V', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    expect(USCC_ALPHABET).not.toMatch(/[IOZSV]/);
  });

  it('maps c = 31 to 0', () => {
    // The weighted sum of 17 zeros is 0, so c = 31 - 0 = 31, which wraps to 0.
    expect(usccCheckCharacter('00000000000000000')).toBe('0');
  });

  it('throws a CodeRuleError on the wrong number of characters', () => {
    expect(() => usccCheckCharacter('9144030070846113')).toThrow(CodeRuleError);
    expect(() => usccCheckCharacter('9144030070846113')).toThrow('needs 17 characters to compute a check character, got 16');
  });

  it('throws on a character outside the alphabet', () => {
    expect(() => usccCheckCharacter('9144030070846113S')).toThrow('contains S, which is not allowed in a unified social credit code');
  });
});

describe('makeUscc', () => {
  it('appends the check character to 17 given characters', () => {
    expect(makeUscc('91440300708461136')).toBe('91440300708461136T');
  });

  it('builds a code from parts, computing the organisation check too', () => {
    const code = makeUscc({ registration: '91', division: '320300', organisationBase: 'MA1XYW12' });
    expect(code).toBe('91320300MA1XYW124A');
    expect(validateUscc(code)).toEqual({ valid: true, errors: [], warnings: [], normalized: code });
  });

  it('keeps an organisation check of X, which the USCC alphabet allows', () => {
    const code = makeUscc({ registration: '91', division: '130524', organisationBase: 'MA00000F' });
    expect(code.slice(0, 17)).toBe('91130524MA00000FX');
    expect(validateUscc(code).warnings).toEqual([]);
  });

  it('writes an organisation check of 11 as 0', () => {
    const code = makeUscc({ registration: '92', division: '130524', organisationBase: 'MA00000K' });
    expect(code[16]).toBe('0');
    expect(isValidUscc(code)).toBe(true);
  });

  it('refuses an organisation base with a letter the USCC alphabet lacks', () => {
    expect(() => makeUscc({ registration: '91', division: '320300', organisationBase: 'MA1XYZ12' })).toThrow(
      'organisationBase contains Z, which is not allowed in a unified social credit code',
    );
  });

  it('refuses parts of the wrong length or a malformed division', () => {
    expect(() => makeUscc({ registration: '9', division: '320300', organisationBase: 'MA1XYW12' })).toThrow('registration must be 2 characters, got 1');
    expect(() => makeUscc({ registration: '91', division: '3203', organisationBase: 'MA1XYW12' })).toThrow('division must be 6 digits (GB/T 2260), got 3203');
    expect(() => makeUscc({ registration: '91', division: '320300', organisationBase: 'MA1XY' })).toThrow('organisationBase must be 8 characters, got 5');
  });

  it('refuses 17 characters whose division part is not digits, as the result would not validate', () => {
    expect(() => makeUscc('9144A300708461136')).toThrow('positions 3-8 must be the 6-digit division code, got 44A300');
  });
});
