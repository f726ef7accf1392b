import { validateCccCertificateNumber } from './ccc-certificate-number.rule';

describe('validateCccCertificateNumber', () => {
  it('splits 16 digits into year, body, product category and serial', () => {
    expect(validateCccCertificateNumber('2020010101234567')).toEqual({
      ok: true,
      value: { number: '2020010101234567', year: 2020, bodyCode: '01', productCategory: '0101', serial: '234567' },
    });
  });

  it('trims surrounding spaces and folds full-width digits', () => {
    expect(validateCccCertificateNumber(' ２０２０010101234567 ')).toMatchObject({ ok: true, value: { number: '2020010101234567' } });
  });

  it.each([
    ['', 'is empty; expected a 16-digit CCC certificate number'],
    ['202001010123456', 'must be 16 digits, got 15'],
    ['20200101012345678', 'must be 16 digits, got 17'],
    ['2020 0101 0123 4567', 'must contain digits only, got 2020 0101 0123 4567'],
    ['CQC2020010101234', 'must contain digits only, got CQC2020010101234'],
    ['1999010101234567', 'starts with year 1999, before CCC certificates were issued (2001)'],
  ])('rejects %j: %s', (input, error) => {
    expect(validateCccCertificateNumber(input)).toEqual({ ok: false, error });
  });
});
