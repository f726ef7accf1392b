import { documentTypeOf } from './content-types';

const pdf = Buffer.from('%PDF-1.7\n');
const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
const exe = Buffer.from('MZ\x90\x00');
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('documentTypeOf', () => {
  it('refuses a name whose extension is not allowed, whatever the bytes and declared type say', () => {
    expect(documentTypeOf('application/pdf', 'evil.html', pdf)).toEqual({ refused: 'the name\'s extension ".html" is not one of .pdf, .docx, .xlsx, .png, .jpg, .jpeg (the content is a PDF)', reason: 'FILE_TYPE_NOT_ALLOWED' });
    expect(documentTypeOf('application/pdf', 'invoice.exe', pdf)).toEqual({ refused: expect.stringMatching(/^the name's extension "\.exe" is not one of/), reason: 'FILE_TYPE_NOT_ALLOWED' });
    expect(documentTypeOf('application/pdf', 'README', pdf)).toEqual({ refused: expect.stringMatching(/^the name has no extension; use one of \.pdf/), reason: 'FILE_TYPE_NOT_ALLOWED' });
  });

  it('refuses content that is not what the extension says, naming both', () => {
    expect(documentTypeOf('application/pdf', 'spec.pdf', exe)).toEqual({ refused: 'the name says .pdf but the content is not a PDF', reason: 'FILE_CONTENT_MISMATCH' });
    expect(documentTypeOf('application/pdf', 'spec.pdf', png)).toEqual({ refused: 'the name says .pdf but the content is a PNG image', reason: 'FILE_CONTENT_MISMATCH' });
    expect(documentTypeOf('image/png', 'photo.png', pdf)).toEqual({ refused: 'the name says .png but the content is a PDF', reason: 'FILE_CONTENT_MISMATCH' });
    expect(documentTypeOf(XLSX, 'plan.xlsx', pdf)).toEqual({ refused: 'the name says .xlsx but the content is a PDF', reason: 'FILE_CONTENT_MISMATCH' });
  });

  it('refuses a declared type that disagrees with the name and content', () => {
    expect(documentTypeOf('text/html', 'spec.pdf', pdf)).toEqual({ refused: 'the declared type text/html does not match the name\'s extension .pdf (application/pdf)', reason: 'FILE_CONTENT_MISMATCH' });
    expect(documentTypeOf('image/png', 'spec.pdf', pdf)).toEqual({ refused: expect.stringMatching(/^the declared type image\/png does not match/), reason: 'FILE_CONTENT_MISMATCH' });
    expect(documentTypeOf(DOCX, 'plan.xlsx', zip)).toEqual({ refused: expect.stringMatching(/^the declared type .*wordprocessingml.* does not match the name's extension \.xlsx/), reason: 'FILE_CONTENT_MISMATCH' });
  });

  it('accepts each allowed type when type, name and content agree', () => {
    expect(documentTypeOf('application/pdf', 'Q-HX 001.PDF', pdf)).toEqual({ contentType: 'application/pdf' });
    expect(documentTypeOf(DOCX, 'plan.docx', zip)).toEqual({ contentType: DOCX });
    expect(documentTypeOf(XLSX, 'plan.xlsx', zip)).toEqual({ contentType: XLSX });
    expect(documentTypeOf('image/png', 'photo.png', png)).toEqual({ contentType: 'image/png' });
    expect(documentTypeOf('image/jpeg', 'photo.jpg', jpeg)).toEqual({ contentType: 'image/jpeg' });
    expect(documentTypeOf('image/jpeg', 'photo.jpeg', jpeg)).toEqual({ contentType: 'image/jpeg' });
  });

  it('treats application/octet-stream and a missing type (busboy reports text/plain) as not declared', () => {
    expect(documentTypeOf('application/octet-stream', 'plan.xlsx', zip)).toEqual({ contentType: XLSX });
    expect(documentTypeOf('application/octet-stream', 'plan.docx', zip)).toEqual({ contentType: DOCX });
    expect(documentTypeOf('text/plain', 'spec.pdf', pdf)).toEqual({ contentType: 'application/pdf' });
    expect(documentTypeOf('', 'spec.pdf', pdf)).toEqual({ contentType: 'application/pdf' });
  });
});
