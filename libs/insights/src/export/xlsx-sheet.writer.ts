import { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { setXlsxText, uploadFileName, XLSX_DATE_TIME_FORMAT, XLSX_INTEGER_FORMAT, XLSX_PERCENT_FORMAT, XLSX_TEXT_FORMAT, xlsxChinaTime } from '@chainq/core';
import { Language } from '@chainq/identity';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file whose checks have all passed: nothing is sent until `write`, so a refusal is still a plain HTTP error. */
export interface XlsxExport {
  fileName: string;
  write(out: Writable): Promise<void>;
}

/**
 * What a column holds: text (the Text format, see XLSX_TEXT_FORMAT), whole
 * numbers, numbers with one or two decimals, fractions shown as
 * percentages, or instants shown in China time.
 */
export type XlsxColumnKind = 'text' | 'integer' | 'decimal1' | 'decimal2' | 'percent' | 'chinaTime';

export interface XlsxColumn<T> {
  header: Record<Language, string>;
  kind: XlsxColumnKind;
  width: number;
  value: (row: T) => string | number | Date | null | undefined;
}

const FORMATS: Record<XlsxColumnKind, string> = {
  text: XLSX_TEXT_FORMAT,
  integer: XLSX_INTEGER_FORMAT,
  decimal1: '0.0',
  decimal2: '0.00',
  percent: XLSX_PERCENT_FORMAT,
  chinaTime: XLSX_DATE_TIME_FORMAT,
};

/**
 * A sheet's columns (widths and formats: a column's format also governs
 * what a user later types into its empty cells), its filter, and its bold
 * header row in `language`, which is returned.
 */
export function startSheet<T>(sheet: ExcelJS.Worksheet, columns: readonly XlsxColumn<T>[], language: Language): ExcelJS.Row {
  sheet.columns = columns.map((c) => ({ width: c.width, style: { numFmt: FORMATS[c.kind] } }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    setXlsxText(cell, column.header[language]);
    cell.font = { bold: true };
  });
  return header;
}

/** One item as a row: text never as a formula, instants in China time, numbers as numbers; an empty cell for no value. */
export function addXlsxRow<T>(sheet: ExcelJS.Worksheet, columns: readonly XlsxColumn<T>[], item: T): ExcelJS.Row {
  const row = sheet.addRow([]);
  columns.forEach((column, i) => {
    const value = column.value(item);
    if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return;
    const cell = row.getCell(i + 1);
    if (column.kind === 'text') setXlsxText(cell, String(value));
    else cell.value = value instanceof Date ? xlsxChinaTime(value) : value;
  });
  return row;
}

/** Thrown (and the file left unfinished) when the reader goes away mid-file. */
export class ReaderGone extends Error {
  constructor() {
    super('the reader closed the connection before the file was complete');
  }
}

/**
 * One sheet streamed with exceljs's streaming writer: a bold, frozen,
 * filterable header row in the reader's language, then each row written
 * and committed as it comes, so memory holds a batch, not the file. Text
 * goes through setXlsxText (never a formula), instants through
 * xlsxChinaTime, numbers as numbers in the column's format.
 */
export class XlsxSheetWriter<T> {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;

  constructor(
    private readonly out: Writable,
    sheetName: string,
    private readonly columns: readonly XlsxColumn<T>[],
    language: Language,
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    this.workbook.creator = 'ChainQ';
    this.sheet = this.workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    startSheet(this.sheet, columns, language).commit();
  }

  add(item: T): void {
    addXlsxRow(this.sheet, this.columns, item).commit();
  }

  /**
   * Resolves once what was added so far has moved on towards the reader.
   * exceljs hands a sheet's XML to the zip, and the zip its output to its
   * own buffer, without heeding backpressure (its StreamBuf's `write` never
   * returns false; archiver pushes what it compresses), so a slow reader
   * would otherwise let the whole file pile up in memory. Between batches,
   * wait until the zip's intake and the destination have drained and the
   * zip holds no more than ZIP_BUFFER_BYTES. Rejects with ReaderGone when
   * the reader leaves. (The tests of this file fail if a new exceljs moves
   * these streams.)
   */
  async flushed(): Promise<void> {
    const intake = (this.sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes ?? [];
    const zip = (this.workbook as unknown as { zip?: Readable }).zip;
    for (;;) {
      if (this.out.destroyed) throw new ReaderGone();
      const full = [...intake, this.out].find(needsDrain);
      if (full) await this.untilDrained(full);
      // The zip is piped to the destination: once it can take more, the zip's buffer flows into it within a turn.
      else if (buffered(zip) > ZIP_BUFFER_BYTES) await new Promise((next) => setImmediate(next));
      else return;
    }
  }

  /** Writes the end of the sheet and of the workbook; rejects with ReaderGone if the reader left first. */
  async end(): Promise<void> {
    this.sheet.commit();
    await this.untilSettled(this.workbook.commit());
  }

  private untilDrained(stream: Writable): Promise<void> {
    return this.untilSettled(new Promise<void>((resolve) => stream.once('drain', resolve)));
  }

  /** `work`, or ReaderGone when the destination closes before it is finished. */
  private untilSettled(work: Promise<unknown>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const gone = () => (this.out.writableFinished ? undefined : reject(new ReaderGone()));
      if (this.out.destroyed) return gone();
      this.out.once('close', gone);
      work.then(
        () => {
          this.out.off('close', gone);
          resolve();
        },
        (error: unknown) => {
          this.out.off('close', gone);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }
}

/** What the zip may hold for a slow reader between batches: a few of its output chunks. */
const ZIP_BUFFER_BYTES = 64 * 1024;

/** Whether a writable has more buffered than it wants (Node's streams, and the older readable-stream ones archiver uses). */
function needsDrain(stream: Writable): boolean {
  return stream.writableNeedDrain ?? (stream as unknown as { _writableState?: { needDrain?: boolean } })._writableState?.needDrain ?? false;
}

/** Bytes a readable holds that nobody has read yet. */
function buffered(stream: Readable | undefined): number {
  return stream?.readableLength ?? (stream as unknown as { _readableState?: { length?: number } } | undefined)?._readableState?.length ?? 0;
}

/** A download's name from its parts (a chain's name among them): no path separators or control characters. */
export function exportFileName(parts: readonly string[], fallback: string): string {
  return uploadFileName(`${parts.join('_').replace(/[/\\]/g, '-')}.xlsx`, fallback);
}
