import { Readable, Transform } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { ImportFormat } from './inspection-import.entity';

/** The file as a whole cannot be read; the message names the rule. */
export class FileRefused extends Error {}

/** One line of the file: its number as a spreadsheet or editor shows it, and its cells as text. */
export interface FileRow {
  row: number;
  cells: string[];
  /** Cells that hold no value to read (by position), with the reason: a formula whose result the workbook does not store. */
  unreadable?: Map<number, string>;
}

const NO_RESULT = 'is a formula whose result the workbook does not store; open and save it in Excel, or paste the values';

/** The stored upload is gone (deleted, or never reached this store): retrying cannot help. */
const GONE = 'file: can no longer be read from storage';
const isGone = (error: unknown) => ['ENOENT', 'NoSuchKey', 'NotFound'].includes((error as { code?: string; name?: string }).code ?? (error as { name?: string }).name ?? '');

/** Longest line accepted: a lot is a few hundred bytes, so anything this long is not a lot file. */
const MAX_RECORD_BYTES = 64 * 1024;

/**
 * Rows of a CSV (UTF-8, with or without BOM, comma separated, quoted as
 * RFC 4180) or the first sheet of an XLSX workbook, streamed: the file is
 * never whole in memory. The first row is the header.
 */
export async function* readLotFile(source: Readable | Promise<Readable>, format: ImportFormat): AsyncIterable<FileRow> {
  let stream: Readable;
  try {
    stream = await source; // storage refuses to open a file that is gone
  } catch (error) {
    if (isGone(error)) throw new FileRefused(GONE);
    throw error;
  }
  yield* format === ImportFormat.CSV ? readCsv(stream) : readXlsx(stream);
}

async function* readCsv(stream: Readable): AsyncIterable<FileRow> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const utf8 = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(new FileRefused('file: is not UTF-8 text; save it as "CSV UTF-8"'));
      }
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(new FileRefused('file: is not UTF-8 text; save it as "CSV UTF-8"'));
      }
    },
  });
  stream.on('error', (error) => utf8.destroy(error));
  const parser = stream.pipe(utf8).pipe(parse({ bom: true, info: true, relax_column_count: true, skip_empty_lines: true, max_record_size: MAX_RECORD_BYTES }));
  utf8.on('error', (error) => parser.destroy(error));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { row: info.lines, cells: record };
    }
  } catch (error) {
    if (error instanceof CsvError) throw new FileRefused(`file: line ${String(error.lines ?? '?')}: ${error.message}`);
    if (isGone(error)) throw new FileRefused(GONE);
    throw error;
  }
}

async function* readXlsx(stream: Readable): AsyncIterable<FileRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' });
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1]));
        const unreadable = new Map<number, string>();
        cells.forEach((c, i) => c === UNREADABLE && unreadable.set(i, NO_RESULT));
        for (const i of unreadable.keys()) cells[i] = '';
        if (cells.some((c) => c !== '') || unreadable.size) yield { row: row.number, cells, ...(unreadable.size ? { unreadable } : {}) };
      }
      return; // the first sheet only
    }
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    if (isGone(error)) throw new FileRefused(GONE);
    throw new FileRefused(`file: is not a readable XLSX workbook (${(error as Error).message})`);
  }
}

/** Marks a cell with no value to read (never a cell's text: it holds a NUL). */
const UNREADABLE = '\u0000formula';

/**
 * A cell as text. Date cells hold the wall-clock time shown in the sheet
 * (ExcelJS gives it as UTC), written without a zone so it reads as China time.
 */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 19);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: string; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v && v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return String(v.text);
    if (v.error) return v.error;
    if ('formula' in v || 'sharedFormula' in v) return UNREADABLE;
  }
  return String(value).trim();
}
