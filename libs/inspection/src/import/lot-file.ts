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
}

/** Longest line accepted: a lot is a few hundred bytes, so anything this long is not a lot file. */
const MAX_RECORD_BYTES = 64 * 1024;

/**
 * Rows of a CSV (UTF-8, with or without BOM, comma separated, quoted as
 * RFC 4180) or the first sheet of an XLSX workbook, streamed: the file is
 * never whole in memory. The first row is the header.
 */
export function readLotFile(stream: Readable, format: ImportFormat): AsyncIterable<FileRow> {
  return format === ImportFormat.CSV ? readCsv(stream) : readXlsx(stream);
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
        if (cells.some((c) => c !== '')) yield { row: row.number, cells };
      }
      return; // the first sheet only
    }
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    throw new FileRefused(`file: is not a readable XLSX workbook (${(error as Error).message})`);
  }
}

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
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return String(v.text);
    if (v.error) return v.error;
  }
  return String(value).trim();
}
