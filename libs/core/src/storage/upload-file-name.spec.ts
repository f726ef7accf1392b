import { uploadFileName } from './upload-file-name';

describe('uploadFileName', () => {
  it('strips bidirectional controls, so a name cannot show a false extension', () => {
    // "invoice<RLO>fdp.exe" displays as "invoiceexe.pdf"
    expect(uploadFileName('invoice\u202Efdp.exe', 'document')).toBe('invoicefdp.exe');
    const every = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';
    expect(uploadFileName(`a${every}b.pdf`, 'document')).toBe('ab.pdf');
  });

  it('strips other control characters and keeps Chinese names whole', () => {
    expect(uploadFileName('spec\u0000\u0007\r\n\u0085\u2028\uFEFF.pdf', 'document')).toBe('spec.pdf');
    expect(uploadFileName('热处理规范.pdf', 'document')).toBe('热处理规范.pdf');
  });

  it('keeps only the last path segment and drops trailing dots and spaces', () => {
    expect(uploadFileName('C:\\fakepath\\..\\spec.pdf', 'document')).toBe('spec.pdf');
    expect(uploadFileName('../../etc/passwd', 'document')).toBe('passwd');
    expect(uploadFileName('evil.html. . ', 'document')).toBe('evil.html');
  });

  it('shortens a long name to 200 characters keeping its extension, and falls back when nothing is left', () => {
    const long = uploadFileName(`${'规'.repeat(300)}.xlsx`, 'document');
    expect(Array.from(long)).toHaveLength(200);
    expect(long.endsWith('规.xlsx')).toBe(true);
    expect(uploadFileName('\u202E\u0000 ', 'lots')).toBe('lots');
    expect(uploadFileName('', 'document')).toBe('document');
  });
});
