import { DomainError } from '@chainq/core';
import { ImportFormat } from './inspection-import.entity';
import { lotFileContentType, lotFileFormat } from './lot-file-type';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof DomainError ? { field: e.details.field, message: e.message } : e;
  }
  throw new Error('not refused');
};

describe('lot file type', () => {
  it('refuses a name that is not .csv or .xlsx, and a declared type that disagrees with the name', () => {
    expect(refusal(() => lotFileFormat('lots.html', 'text/csv'))).toEqual({ field: 'file', message: 'file: must be a .csv (UTF-8) or .xlsx file' });
    expect(refusal(() => lotFileFormat('lots.csv', 'text/html'))).toEqual({ field: 'file', message: "file: the declared type text/html does not match the name's extension .csv" });
    expect(refusal(() => lotFileFormat('lots.xlsx', 'application/pdf'))).toMatchObject({ field: 'file' });
  });

  it('accepts what browsers declare for CSV and XLSX, or no declared type', () => {
    expect(lotFileFormat('lots.csv', 'text/csv')).toBe(ImportFormat.CSV);
    expect(lotFileFormat('lots.CSV', 'application/vnd.ms-excel')).toBe(ImportFormat.CSV);
    expect(lotFileFormat('lots.csv')).toBe(ImportFormat.CSV);
    expect(lotFileFormat('lots.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(ImportFormat.XLSX);
    expect(lotFileFormat('lots.xlsx', 'application/octet-stream')).toBe(ImportFormat.XLSX);
  });

  it('refuses content that is not what the name says', () => {
    expect(refusal(() => lotFileContentType(ImportFormat.XLSX, Buffer.from('a,b,c\n')))).toMatchObject({ message: 'file: is named .xlsx but is not an Excel workbook' });
    expect(refusal(() => lotFileContentType(ImportFormat.CSV, Buffer.from([0x50, 0x4b, 0x03, 0x04])))).toMatchObject({ message: 'file: is named .csv but is not text' });
    expect(lotFileContentType(ImportFormat.CSV, Buffer.from('part_number,'))).toBe('text/csv');
  });
});
