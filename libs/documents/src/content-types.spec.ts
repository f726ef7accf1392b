import { recogniseType } from './content-types';

const pdf = Buffer.from('%PDF-1.7\n');
const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
const exe = Buffer.from('MZ\x90\x00');

describe('recogniseType', () => {
  it('accepts a PDF by declared type or by extension, when its bytes are a PDF', () => {
    expect(recogniseType('application/pdf', 'Q-HX 001.pdf', pdf)).toBe('application/pdf');
    expect(recogniseType('application/octet-stream', 'spec.PDF', pdf)).toBe('application/pdf');
  });

  it('tells Word from Excel by name, both being zip containers', () => {
    expect(recogniseType('application/octet-stream', 'plan.xlsx', zip)).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(recogniseType('application/octet-stream', 'plan.docx', zip)).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses an executable renamed to .pdf, and types outside the list', () => {
    expect(recogniseType('application/pdf', 'spec.pdf', exe)).toBeUndefined();
    expect(recogniseType('text/html', 'page.html', Buffer.from('<html>'))).toBeUndefined();
  });
});
