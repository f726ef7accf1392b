import { isValidStandardNumber, parseStandardNumber } from './standard-number.rule';

describe('parseStandardNumber: published examples of each tier (national, industry, local, group, enterprise)', () => {
  it.each([
    ['GB/T 2828.1-2012', { kind: 'NATIONAL', prefix: 'GB/T', issuer: 'GB', recommended: true, number: '2828.1', year: 2012 }],
    ['JB/T 10560-2006', { kind: 'INDUSTRY', prefix: 'JB/T', issuer: 'JB', recommended: true, number: '10560', year: 2006 }],
    ['QC/T 29106-2014', { kind: 'INDUSTRY', prefix: 'QC/T', issuer: 'QC', recommended: true, number: '29106', year: 2014 }],
    ['DB13/T 5137-2019', { kind: 'LOCAL', prefix: 'DB13/T', issuer: '13', recommended: true, number: '5137', year: 2019 }],
    ['T/CCAA 66-2023', { kind: 'GROUP', prefix: 'T/CCAA', issuer: 'CCAA', recommended: false, number: '66', year: 2023 }],
    ['Q/HB 001-2024', { kind: 'ENTERPRISE', prefix: 'Q/HB', issuer: 'HB', recommended: false, number: '001', year: 2024 }],
  ])('parses %s', (input, value) => {
    expect(parseStandardNumber(input)).toEqual({ ok: true, value: { ...value, normalized: input } });
  });
});

describe('parseStandardNumber: other accepted shapes', () => {
  it('reads plain GB as a mandatory national standard and GB/Z as a guidance document, neither recommended', () => {
    expect(parseStandardNumber('GB 4943.1-2022')).toMatchObject({ ok: true, value: { kind: 'NATIONAL', prefix: 'GB', recommended: false } });
    expect(parseStandardNumber('GB/Z 41275.1-2022')).toMatchObject({ ok: true, value: { kind: 'NATIONAL', prefix: 'GB/Z', recommended: false } });
  });

  it('reads GBZ occupational-health standards as national', () => {
    expect(parseStandardNumber('GBZ 2.1-2019')).toMatchObject({ ok: true, value: { kind: 'NATIONAL', prefix: 'GBZ', number: '2.1' } });
    expect(parseStandardNumber('GBZ/T 229.1-2010')).toMatchObject({ ok: true, value: { prefix: 'GBZ/T', recommended: true } });
  });

  it('reads a mandatory industry standard (no /T) and a three-letter industry code', () => {
    expect(parseStandardNumber('YY 0505-2012')).toMatchObject({ ok: true, value: { kind: 'INDUSTRY', prefix: 'YY', recommended: false } });
    expect(parseStandardNumber('JJF 1059.1-2012')).toMatchObject({ ok: true, value: { kind: 'INDUSTRY', issuer: 'JJF' } });
  });

  it('reads a city-level local standard and a local standard without /T', () => {
    expect(parseStandardNumber('DB3301/T 0277-2018')).toMatchObject({ ok: true, value: { kind: 'LOCAL', issuer: '3301', prefix: 'DB3301/T' } });
    expect(parseStandardNumber('DB13 5137-2019')).toMatchObject({ ok: true, value: { kind: 'LOCAL', prefix: 'DB13', recommended: false } });
  });

  it.each([
    ['GB/T 2828.1—2012', 'em dash'],
    ['GB/T 2828.1–2012', 'en dash'],
    ['GB/T2828.1-2012', 'no space after the prefix'],
    ['gb/t 2828.1-2012', 'lowercase'],
    ['  GB/T   2828.1 - 2012 ', 'extra spaces'],
    ['GB / T 2828.1-2012', 'spaces around the slash'],
    ['ＧＢ／Ｔ　２８２８．１－２０１２', 'full-width characters'],
  ])('normalizes %j (%s) to GB/T 2828.1-2012', (input) => {
    expect(parseStandardNumber(input)).toMatchObject({ ok: true, value: { normalized: 'GB/T 2828.1-2012' } });
  });

  it('separates group and enterprise codes from the number when no space is given', () => {
    expect(parseStandardNumber('T/CCAA66-2023')).toMatchObject({ ok: true, value: { issuer: 'CCAA', number: '66', normalized: 'T/CCAA 66-2023' } });
    expect(parseStandardNumber('Q/HB001–2024')).toMatchObject({ ok: true, value: { issuer: 'HB', number: '001', normalized: 'Q/HB 001-2024' } });
  });

  it('keeps a company code with digits when a space separates it from the number', () => {
    expect(parseStandardNumber('Q/3205ABC 002-2021')).toMatchObject({ ok: true, value: { kind: 'ENTERPRISE', issuer: '3205ABC', number: '002' } });
  });

  it('expands a two-digit year to 19xx', () => {
    expect(parseStandardNumber('GB 12348-90')).toMatchObject({ ok: true, value: { year: 1990, normalized: 'GB 12348-1990' } });
    expect(parseStandardNumber('JB/T 5000.1-98')).toMatchObject({ ok: true, value: { year: 1998, normalized: 'JB/T 5000.1-1998' } });
  });
});

describe('parseStandardNumber: rejections name what is wrong', () => {
  it.each([
    ['', 'is empty; expected a standard number (e.g. GB/T 2828.1-2012)'],
    ['GB/T 2828.1', 'must end with -, — or – and the year (e.g. GB/T 2828.1-2012), got GB/T 2828.1'],
    ['GB/T 2828.1:2012', 'must end with -, — or – and the year (e.g. GB/T 2828.1-2012), got GB/T 2828.1:2012'],
    ['GB/T 2828.1-', 'is missing the year after the dash (e.g. GB/T 2828.1-2012)'],
    ['GB/T 2828.1-201', 'year must be 4 digits (or 2 for old standards), got 201'],
    ['GB/T 2828.1-20X2', 'year must be 4 digits (or 2 for old standards), got 20X2'],
    ['GB 1234-05', 'year 05 (read as 1905) is before 1950, earlier than any Chinese standard; give the 4-digit year'],
    ['GB 1234-1937', 'year 1937 is before 1950, earlier than any Chinese standard; give the 4-digit year'],
    ['GB/T -2012', 'is missing the number between GB/T and the year (e.g. GB/T 2828.1-2012)'],
    ['GB/T 2828..1-2012', 'number 2828..1 is malformed; expected digits with optional dotted parts, e.g. 2828.1'],
    ['GB/T 2828.1A-2012', 'number 2828.1A is malformed; expected digits with optional dotted parts, e.g. 2828.1'],
    ['2828.1-2012', 'must start with a standard prefix such as GB/T, JB/T, DB13/T, T/ or Q/, got 2828.1'],
    ['GB/X 1-2000', 'GB may only be followed by /T or /Z, got /X'],
    ['JB/Z 1-2000', 'JB may only be followed by /T, got /Z'],
    ['GBT 2828.1-2012', 'GBT is not a standard prefix; write GB/T'],
    ['GBW 1-2000', 'GBW is not a national standard prefix; expected GB, GB/T or GB/Z'],
    ['ISO 9001-2015', 'ISO is an international or foreign prefix, not a Chinese standard number'],
    ['ABCD 1-2020', 'ABCD is not a standard prefix; expected GB, GB/T, GB/Z, 2-3 industry letters (JB/T), DB13/T, T/ or Q/'],
    ['J 1-2020', 'J is not a standard prefix; expected GB, GB/T, GB/Z, 2-3 industry letters (JB/T), DB13/T, T/ or Q/'],
    ['DB/T 5137-2019', 'local standard prefix DB must be followed by a 2-digit province or 4-digit city code, e.g. DB13/T 5137-2019'],
    ['DB1/T 5137-2019', 'DB must be followed by 2 (province) or 4 (city) digits and then /T or a space before the number, got DB1/T 5137'],
    ['DB135137-2019', 'DB must be followed by 2 (province) or 4 (city) digits and then /T or a space before the number, got DB135137'],
    ['DB00/T 1-2019', 'DB00 does not name a province (2 digits) or city (4 digits) division'],
    ['DB1300/T 1-2019', 'DB1300 does not name a province (2 digits) or city (4 digits) division'],
    ['DB13/Z 1-2019', 'DB13 may only be followed by /T, got /Z'],
    ['T 66-2023', 'group standards are written T/ and the association code, e.g. T/CCAA 66-2023'],
    ['T/ 66-2023', 'needs the association code after T/, e.g. T/CCAA 66-2023'],
    ['T/123 66-2023', 'association code must contain a letter, got 123'],
    ['Q/ 001-2024', 'needs the company code after Q/, e.g. Q/HB 001-2024'],
    ['Q/H-B 001-2024', 'company code must be uppercase letters and digits, got H-B'],
  ])('rejects %j: %s', (input, error) => {
    expect(parseStandardNumber(input)).toEqual({ ok: false, error });
    expect(isValidStandardNumber(input)).toBe(false);
  });
});
