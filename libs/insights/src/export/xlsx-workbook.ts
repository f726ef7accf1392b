import ExcelJS from 'exceljs';
import { Language } from '@chainq/identity';
import { addXlsxRow, startSheet, XlsxColumn } from './xlsx-sheet.writer';

/** A sheet of a small workbook written at once, its row type closed over. */
export interface XlsxSheet {
  name: string;
  fill(sheet: ExcelJS.Worksheet, language: Language): void;
}

/** A sheet of `rows` laid out by `columns`. */
export function xlsxSheet<T>(name: string, columns: readonly XlsxColumn<T>[], rows: readonly T[]): XlsxSheet {
  return {
    name,
    fill(sheet, language) {
      startSheet(sheet, columns, language);
      for (const row of rows) addXlsxRow(sheet, columns, row);
    },
  };
}

/**
 * A workbook of a few sheets built in memory (a report's tables, hundreds
 * of rows), each sheet like the streamed exports': frozen, filterable
 * header in `language`, text as text, numbers as numbers; `title` its
 * document title.
 */
export async function xlsxWorkbook(sheets: readonly XlsxSheet[], language: Language, title?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ChainQ';
  // The document's title, which a file renamed after download keeps.
  if (title) workbook.title = title;
  for (const { name, fill } of sheets) fill(workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] }), language);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
