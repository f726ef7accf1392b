import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { Language } from '@chainq/identity';
import { exportFileName, ReaderGone, XlsxColumn, XlsxSheetWriter } from './xlsx-sheet.writer';

interface Item {
  part: string;
  size: number;
  rate: number | null;
  at: Date;
}

const COLUMNS: XlsxColumn<Item>[] = [
  { header: { [Language.ZH_CN]: '零件号', [Language.EN]: 'Part number' }, kind: 'text', width: 12, value: (i) => i.part },
  { header: { [Language.ZH_CN]: '批量', [Language.EN]: 'Lot size' }, kind: 'integer', width: 8, value: (i) => i.size },
  { header: { [Language.ZH_CN]: '批次合格率', [Language.EN]: 'Lot pass rate' }, kind: 'percent', width: 8, value: (i) => i.rate },
  { header: { [Language.ZH_CN]: '检验时间', [Language.EN]: 'Inspected at' }, kind: 'chinaTime', width: 16, value: (i) => i.at },
];

/** A reader that takes nothing until let go, then everything; what it took, as one file. */
class Reader extends Writable {
  private held: (() => void)[] = [];
  private open = false;
  readonly chunks: Buffer[] = [];

  constructor(startOpen: boolean) {
    super({ highWaterMark: 16 * 1024 });
    this.open = startOpen;
  }

  override _write(chunk: Buffer, _: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk);
    if (this.open) done();
    else this.held.push(done);
  }

  letGo(): void {
    this.open = true;
    for (const done of this.held.splice(0)) done();
  }

  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

async function opened(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

/** Writes `batches` batches of 1,000 items as an export does, counting the batches it got to. */
async function exportBatches(sheet: XlsxSheetWriter<Item>, batches: number, progress: { batches: number }): Promise<void> {
  for (let b = 0; b < batches; b++) {
    for (let i = 0; i < 1000; i++) sheet.add({ part: `P-${b}-${i}-${'x'.repeat(40)}`, size: 1000 + i, rate: i / 1000, at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)) });
    progress.batches++;
    await sheet.flushed();
  }
  await sheet.end();
}

describe('streamed XLSX sheets', () => {
  it('writes a frozen, bold header in the reader’s language, then typed cells', async () => {
    const reader = new Reader(true);
    const sheet = new XlsxSheetWriter(reader, '检验批', COLUMNS, Language.ZH_CN);
    sheet.add({ part: '=HYPERLINK("http://x","y")', size: 1200, rate: 0.9876, at: new Date('2026-08-01T06:30:00Z') });
    sheet.add({ part: 'P-2', size: 5, rate: null, at: new Date('2026-08-01T20:00:00Z') });
    await sheet.end();

    const read = await opened(reader.bytes);
    expect(read.name).toBe('检验批');
    expect(read.getRow(1).values).toEqual([undefined, '零件号', '批量', '批次合格率', '检验时间']);
    expect(read.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(read.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const [part, size, rate, at] = [1, 2, 3, 4].map((c) => read.getRow(2).getCell(c));
    expect([part.value, part.type, part.numFmt]).toEqual(['=HYPERLINK("http://x","y")', ExcelJS.ValueType.String, '@']);
    expect([size.value, size.numFmt, rate.value, rate.numFmt]).toEqual([1200, '0', 0.9876, '0.0%']);
    expect([(at.value as Date).toISOString(), at.numFmt]).toEqual(['2026-08-01T14:30:00.000Z', 'yyyy-mm-dd hh:mm']);
    // An empty figure stays an empty cell, not 0; the next day in China shows as such.
    expect(read.getRow(3).getCell(3).value).toBeNull();
    expect((read.getRow(3).getCell(4).value as Date).toISOString()).toBe('2026-08-02T04:00:00.000Z');
    expect(read.rowCount).toBe(3);
  });

  it('stops producing while the reader takes nothing, and sends everything once it reads', async () => {
    const reader = new Reader(false);
    const progress = { batches: 0 };
    const done = exportBatches(new XlsxSheetWriter(reader, 'lots', COLUMNS, Language.EN), 30, progress);
    await new Promise((r) => setTimeout(r, 500));
    // Without waiting for the reader, all 30 batches (30,000 rows) would be in memory by now.
    expect(progress.batches).toBeLessThanOrEqual(3);
    reader.letGo();
    await done;
    expect(progress.batches).toBe(30);
    const read = await opened(reader.bytes);
    expect(read.rowCount).toBe(30_001);
    expect(read.getRow(1).getCell(2).value).toBe('Lot size');
    expect(read.getRow(30_001).getCell(1).value).toBe(`P-29-999-${'x'.repeat(40)}`);
  }, 60_000);

  it('keeps pace with a slow reader instead of running ahead of it', async () => {
    let received = 0;
    const reader = new Writable({ highWaterMark: 16 * 1024, write: (chunk: Buffer, _, done) => ((received += chunk.length), setTimeout(done, 5)) });
    const sheet = new XlsxSheetWriter(reader, 'lots', COLUMNS, Language.EN);
    let receivedWhenAllAdded = 0;
    for (let b = 0; b < 60; b++) {
      for (let i = 0; i < 1000; i++) sheet.add({ part: `P-${b}-${i}-${Math.random()}`, size: i, rate: Math.random(), at: new Date() });
      await sheet.flushed();
      receivedWhenAllAdded = received;
    }
    await sheet.end();
    // What is still on its way after the last batch is a few buffers, not the file (waiting on the socket alone left all of it).
    expect(received - receivedWhenAllAdded).toBeLessThan(received / 4);
  }, 60_000);

  it('gives up when the reader goes away mid-file, reading no further batch', async () => {
    const reader = new Reader(false);
    const progress = { batches: 0 };
    const done = exportBatches(new XlsxSheetWriter(reader, 'lots', COLUMNS, Language.EN), 30, progress);
    await new Promise((r) => setTimeout(r, 300));
    const reached = progress.batches;
    reader.destroy();
    await expect(done).rejects.toBeInstanceOf(ReaderGone);
    expect(progress.batches).toBe(reached);
  });

  it('names the file from its parts without path separators or control characters', () => {
    expect(exportFileName(['检验批', 'Chain A/B\\C', '2026-08-01'], 'lots.xlsx')).toBe('检验批_Chain A-B-C_2026-08-01.xlsx');
    expect(exportFileName(['Lots', 'x\u202Eexe.\u0000pdf'], 'lots.xlsx')).toBe('Lots_xexe.pdf.xlsx');
  });
});
