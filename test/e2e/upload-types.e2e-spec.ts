import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, onboardSupplier } from '../support/registry-fixtures';
import { pdf, upload } from '../support/standards-fixtures';
import { TestApp } from '../support/test-app';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.from('word/document.xml')]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF'), Buffer.alloc(64, 1)]);
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const CSV = 'part_number,lot_number,lot_size,stage,inspected_at,aql,units_sampled,nonconforming_units,defects\n';

describe('upload types: declared type, name and content must agree', () => {
  let t: TestApp;
  let token: string;
  let chainId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    const L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    const S = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    chainId = (await chainLedBy(t, L)).id;
    token = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, token, S);
  });
  afterAll(() => t.close());

  const count = async (table: string) => (await t.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  describe('documents (POST /files)', () => {
    it.each([
      ['PDF bytes named evil.html', pdf('x'), 'evil.html', 'text/html', 'the name\'s extension ".html" is not one of .pdf, .docx, .xlsx, .png, .jpg, .jpeg (the content is a PDF)'],
      ['PDF bytes named evil.html, declared a PDF', pdf('x'), 'evil.html', 'application/pdf', 'the name\'s extension ".html" is not one of .pdf, .docx, .xlsx, .png, .jpg, .jpeg (the content is a PDF)'],
      ['PDF bytes named invoice.exe', pdf('x'), 'invoice.exe', 'application/pdf', 'the name\'s extension ".exe" is not one of .pdf, .docx, .xlsx, .png, .jpg, .jpeg (the content is a PDF)'],
      ['an .exe shown as .pdf by a right-to-left override', pdf('x'), 'invoice\u202Efdp.exe', 'application/pdf', 'the name\'s extension ".exe" is not one of .pdf, .docx, .xlsx, .png, .jpg, .jpeg (the content is a PDF)'],
      ['a PDF declared as HTML', pdf('x'), 'spec.pdf', 'text/html', "the declared type text/html does not match the name's extension .pdf (application/pdf)"],
      ['PNG bytes named .pdf', png, 'spec.pdf', 'application/pdf', 'the name says .pdf but the content is a PNG image'],
      ['HTML bytes named .pdf', Buffer.from('<html><script>alert(1)</script></html>'), 'spec.pdf', 'application/pdf', 'the name says .pdf but the content is not a PDF'],
      ['a PDF named .png and declared a PNG', pdf('x'), 'photo.png', 'image/png', 'the name says .png but the content is a PDF'],
    ])('refuses %s, naming what disagrees and storing nothing', async (_, body, fileName, contentType, message) => {
      const before = await count('documents');
      const res = await upload(t, token, body, fileName, contentType);
      expect(res.status).toBe(400);
      // The extension decides whether the kind of file is accepted at all; past that, a disagreement is a mismatch.
      const reason = message.startsWith("the name's extension") ? 'FILE_TYPE_NOT_ALLOWED' : 'FILE_CONTENT_MISMATCH';
      expect(res.body).toEqual({ code: 'BAD_USER_INPUT', reason, field: 'file', message: `file: ${message}` });
      expect(await count('documents')).toBe(before);
    });

    it.each([
      ['a PDF', pdf('ok'), 'Q-HX 105 B.pdf', 'application/pdf', 'application/pdf'],
      ['a DOCX', zip, '8D 报告.docx', DOCX, DOCX],
      ['a DOCX sent as application/octet-stream (as curl does)', zip, 'report.docx', 'application/octet-stream', DOCX],
      ['a PNG', png, 'defect.png', 'image/png', 'image/png'],
      ['a JPEG (.jpg)', jpeg, 'defect.jpg', 'image/jpeg', 'image/jpeg'],
      ['a JPEG (.jpeg)', jpeg, 'defect.jpeg', 'image/jpeg', 'image/jpeg'],
    ])('accepts %s whose type, name and content agree', async (_, body, fileName, declared, stored) => {
      const res = await upload(t, token, body, fileName, declared);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ fileName, contentType: stored, sizeBytes: body.length });
    });

    it('accepts an XLSX workbook', async () => {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Plan').addRow(['part', 'aql']);
      const body = Buffer.from(await workbook.xlsx.writeBuffer());
      const res = await upload(t, token, body, 'control plan.xlsx', XLSX);
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ fileName: 'control plan.xlsx', contentType: XLSX });
    });

    it('stores and serves a name without bidirectional or control characters', async () => {
      const res = await upload(t, token, pdf('bidi'), 'report\u202Egnp\u2066\u200F.pdf', 'application/pdf');
      expect(res.status).toBe(201);
      expect(res.body.fileName).toBe('reportgnp.pdf');
      const [row] = await t.get(DataSource).query('SELECT file_name FROM documents WHERE id = $1', [res.body.id]);
      expect(row.file_name).toBe('reportgnp.pdf');
      const served = await t.http.get(`/files/${res.body.id}`).set('authorization', `Bearer ${token}`);
      expect(served.status).toBe(200);
      const disposition = decodeURIComponent(served.headers['content-disposition']);
      expect(disposition).toBe("attachment; filename*=UTF-8''reportgnp.pdf");
      expect(disposition).not.toMatch(BIDI);
    });
  });

  describe('inspection lot files (POST /inspection-imports)', () => {
    const importFile = (body: Buffer | string, filename: string, contentType: string) =>
      t.http.post(`/inspection-imports?chainId=${chainId}`).set('authorization', `Bearer ${token}`).attach('file', Buffer.from(body), { filename, contentType });

    it('refuses a declared type that disagrees with the name, and a name that is not .csv or .xlsx, storing nothing', async () => {
      const before = await count('inspection_imports');
      const html = await importFile(CSV, 'lots.csv', 'text/html');
      expect(html.status).toBe(400);
      expect(html.body).toEqual({ code: 'BAD_USER_INPUT', reason: 'FILE_CONTENT_MISMATCH', field: 'file', message: "file: the declared type text/html does not match the name's extension .csv" });
      const exe = await importFile(CSV, 'lots\u202Evsc.exe', 'text/csv');
      expect(exe.status).toBe(400);
      expect(exe.body).toMatchObject({ reason: 'FILE_TYPE_NOT_ALLOWED', field: 'file', message: 'file: must be a .csv (UTF-8) or .xlsx file' });
      expect(await count('inspection_imports')).toBe(before);
    });

    it('accepts a CSV declared as Excel does on Windows, stored under a name without bidirectional characters', async () => {
      const res = await importFile(CSV, 'lots\u202Etxt.csv', 'application/vnd.ms-excel');
      expect(res.status).toBe(202);
      expect(res.body.fileName).toBe('lotstxt.csv');
      const [row] = await t.get(DataSource).query('SELECT file_name FROM inspection_imports WHERE id = $1', [res.body.id]);
      expect(row.file_name).toBe('lotstxt.csv');
    });
  });
});
