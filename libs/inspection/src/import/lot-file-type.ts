import { badInput, CoreReason, fileExtension, UNDECLARED_TYPES } from '@chainq/core';
import { ImportFormat } from './inspection-import.entity';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Windows with Excel installed declares a .csv as application/vnd.ms-excel. */
const DECLARED: Record<ImportFormat, string[]> = {
  [ImportFormat.CSV]: ['text/csv', 'application/csv', 'text/x-csv', 'text/comma-separated-values', 'application/vnd.ms-excel'],
  [ImportFormat.XLSX]: [XLSX_TYPE],
};

/** The format a lot file's name and declared type agree on; refused (naming `file`) otherwise. */
export function lotFileFormat(fileName: string, declaredType = ''): ImportFormat {
  const extension = fileExtension(fileName);
  const format = extension === 'csv' ? ImportFormat.CSV : extension === 'xlsx' ? ImportFormat.XLSX : undefined;
  if (!format) throw badInput('file', 'must be a .csv (UTF-8) or .xlsx file', { reason: CoreReason.FileTypeNotAllowed });
  const declared = declaredType.trim().toLowerCase();
  if (!UNDECLARED_TYPES.includes(declared) && !DECLARED[format].includes(declared)) {
    throw badInput('file', `the declared type ${declared} does not match the name's extension .${extension}`, { reason: CoreReason.FileContentMismatch });
  }
  return format;
}

/** The stored content type, once the first bytes agree with the format. */
export function lotFileContentType(format: ImportFormat, head: Buffer): string {
  const zip = head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (format === ImportFormat.XLSX && !zip) throw badInput('file', 'is named .xlsx but is not an Excel workbook', { reason: CoreReason.FileContentMismatch });
  if (format === ImportFormat.CSV && (zip || head.subarray(0, 4).includes(0))) throw badInput('file', 'is named .csv but is not text', { reason: CoreReason.FileContentMismatch });
  return format === ImportFormat.CSV ? 'text/csv' : XLSX_TYPE;
}
