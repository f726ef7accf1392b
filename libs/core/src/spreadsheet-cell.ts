import type { Cell } from 'exceljs';
import { CHINA_UTC_OFFSET_HOURS } from './dates';

/**
 * Text for a cell of a CSV or XLSX file the product writes. A cell that
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a
 * formula by Excel, LibreOffice and Google Sheets (CSV injection, OWASP):
 * such a cell gets a leading single quote, so it shows as the text it is.
 */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field (RFC 4180), formula-neutralised: quoted when it holds a quote, comma or line break. */
export function csvField(value: string | number): string {
  const safe = typeof value === 'number' ? String(value) : spreadsheetText(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Excel's built-in Text number format (numFmtId 49), carried by every text
 * cell of an XLSX file the product writes. Why this and not CSV's quote:
 * - XLSX keeps a formula apart from a value (`<f>`), and a string cell is a
 *   value whatever it starts with (exceljs writes `t="str"` with a `<v>`
 *   and no `<f>`), so opening the file evaluates nothing. A leading quote
 *   would be stored as part of the text: shown, copied and exported.
 * - The danger left is an edit: F2 then Enter makes Excel parse the shown
 *   text again, and `=HYPERLINK(…)` becomes a live formula (`1-2` a date).
 *   Excel, LibreOffice Calc and Google Sheets ("Plain text") keep whatever
 *   is typed into a Text-formatted cell as text, so the cell stays the
 *   exact string after any edit.
 * - Excel's own answer, the `quotePrefix` cell style (ECMA-376 18.8.45),
 *   cannot be used: exceljs 4.4 neither writes nor reads it, and would drop
 *   it from any style it is given.
 */
export const XLSX_TEXT_FORMAT = '@';

/** Number formats of XLSX cells: rates are fractions shown as percentages with one decimal; counts are whole numbers. */
export const XLSX_PERCENT_FORMAT = '0.0%';
export const XLSX_INTEGER_FORMAT = '0';
export const XLSX_DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/** A text cell of an XLSX file: the exact string, as a value (never a formula), in the Text format. */
export function setXlsxText(cell: Pick<Cell, 'value' | 'numFmt'>, text: string): void {
  cell.value = String(text);
  cell.numFmt = XLSX_TEXT_FORMAT;
}

/**
 * An instant as an XLSX date-time cell shows it, in China time. Spreadsheet
 * dates carry no time zone (a serial day number) and exceljs writes a
 * Date's UTC fields, so the instant moves by China's offset (dates.ts) to
 * show the wall-clock time of Shanghai, where the product's days are.
 */
export function xlsxChinaTime(at: Date): Date {
  return new Date(at.getTime() + CHINA_UTC_OFFSET_HOURS * 3_600_000);
}
