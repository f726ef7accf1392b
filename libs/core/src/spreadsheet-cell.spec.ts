import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { csvField, setXlsxText, spreadsheetText, XLSX_DATE_TIME_FORMAT, xlsxChinaTime } from './spreadsheet-cell';

/** What a spreadsheet would run as a formula, were the text typed into a cell. */
const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', '-1+2', '+1', '@SUM(A1)', '\t=1+1', '=1+1'];

/** An XLSX file written as the product writes them (exceljs's streaming writer), with one text cell per value. */
async function workbookOf(values: string[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('cells');
  for (const value of values) {
    const row = sheet.addRow([]);
    setXlsxText(row.getCell(1), value);
    row.getCell(2).value = xlsxChinaTime(new Date('2026-08-01T06:30:00Z'));
    row.getCell(2).numFmt = XLSX_DATE_TIME_FORMAT;
    row.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** The file read back as a spreadsheet would open it (exceljs types its input as an ArrayBuffer; a Buffer is what it reads). */
async function opened(file: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

describe('cells of the CSV and XLSX files the product writes', () => {
  it('puts a single quote before text a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(spreadsheetText(`${start}HYPERLINK("http://x","y")`)).toBe(`'${start}HYPERLINK("http://x","y")`);
    expect(spreadsheetText('=1+1')).toBe("'=1+1");
  });

  it('leaves other text alone, including those characters after the first', () => {
    for (const text of ['P-1', 'lot 5 = rejected', '', "'quoted", ' =1', '批次号']) expect(spreadsheetText(text)).toBe(text);
  });

  it('quotes CSV fields after neutralising them, and writes numbers as they are', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('-5')).toBe("'-5");
    expect(csvField(-5)).toBe('-5');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('plain')).toBe('plain');
  });

  it('writes XLSX text as the exact string, never a formula, in the Text format that keeps an edited cell text', async () => {
    const file = await workbookOf(FORMULA_LIKE);
    const sheet = await opened(file);
    const cells = FORMULA_LIKE.map((_, i) => sheet.getRow(i + 1).getCell(1));
    expect(cells.map((c) => [c.value, c.type, c.numFmt])).toEqual(FORMULA_LIKE.map((v) => [v, ExcelJS.ValueType.String, '@']));

    const sheetXml = await (await JSZip.loadAsync(file)).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    expect(sheetXml).toContain('<v>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</v>');
    // 49 is Excel's built-in Text format, which Excel, LibreOffice and Sheets all know.
    const stylesXml = await (await JSZip.loadAsync(file)).file('xl/styles.xml')!.async('string');
    expect(stylesXml).toMatch(/<xf numFmtId="49"[^>]*applyNumberFormat="1"/);
  });

  it('keeps a leading carriage return text too, though XML reads it back as a line feed', async () => {
    const cell = (await opened(await workbookOf(['\r=1+1']))).getRow(1).getCell(1);
    expect([cell.value, cell.type, cell.numFmt]).toEqual(['\n=1+1', ExcelJS.ValueType.String, '@']);
  });

  it('shows an instant at its China wall-clock time in an XLSX date cell', async () => {
    expect(xlsxChinaTime(new Date('2026-08-01T20:15:00Z')).toISOString()).toBe('2026-08-02T04:15:00.000Z');
    const cell = (await opened(await workbookOf(['x']))).getRow(1).getCell(2);
    expect([(cell.value as Date).toISOString(), cell.numFmt]).toEqual(['2026-08-01T14:30:00.000Z', 'yyyy-mm-dd hh:mm']);
  });
});
