import { chinaTime, columnsOf, defectCounts, lotFromRow } from './lot-columns';
import { FileRefused } from './lot-file';

describe('lot file columns', () => {
  it('maps English and Chinese headers, in any order and letter case', () => {
    const columns = columnsOf(['Lot Number', '零件号', 'lot-size', '检验阶段', 'INSPECTED_AT', '样本量', '不合格品数', '']);
    expect([...columns.entries()]).toEqual([
      ['lot_number', 0],
      ['part_number', 1],
      ['lot_size', 2],
      ['stage', 3],
      ['inspected_at', 4],
      ['units_sampled', 5],
      ['nonconforming_units', 6],
    ]);
  });

  it('refuses unknown, repeated and missing columns, naming them', () => {
    expect(() => columnsOf(['part_number', 'colour'])).toThrow(FileRefused);
    expect(() => columnsOf(['part_number', 'colour'])).toThrow(/unknown column "colour"; the columns are supplier_uscc, part_number/);
    expect(() => columnsOf(['part_number', '零件号'])).toThrow(/column part_number appears twice/);
    expect(() => columnsOf(['part_number', 'lot_number', 'lot_size', 'stage', 'inspected_at', 'units_sampled'])).toThrow(/missing column nonconforming_units$/);
  });
});

describe('chinaTime', () => {
  it('reads dates and times without a zone as China time (UTC+8)', () => {
    expect(chinaTime('2026-08-01')?.toISOString()).toBe('2026-07-31T16:00:00.000Z');
    expect(chinaTime('2026/8/1 14:30')?.toISOString()).toBe('2026-08-01T06:30:00.000Z');
    expect(chinaTime('2026-08-01T23:59:59')?.toISOString()).toBe('2026-08-01T15:59:59.000Z');
  });

  it('keeps an explicit zone', () => {
    expect(chinaTime('2026-08-01T14:30:00Z')?.toISOString()).toBe('2026-08-01T14:30:00.000Z');
    expect(chinaTime('2026-08-01T14:30:00+09:00')?.toISOString()).toBe('2026-08-01T05:30:00.000Z');
  });

  it('refuses impossible and unreadable dates', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-08-01 24:10', 'yesterday', '01/08/2026', '']) expect(chinaTime(bad)).toBeUndefined();
  });
});

describe('defectCounts', () => {
  it('reads codes and counts with ASCII or full-width separators, adding repeats', () => {
    expect(defectCounts('D01:2;D07:1')).toEqual({ D01: 2, D07: 1 });
    expect(defectCounts('D01：2；D01:3，毛刺:1')).toEqual({ D01: 5, 毛刺: 1 });
    expect(defectCounts('')).toEqual({});
  });

  it('refuses a code without a count', () => {
    expect(defectCounts('D01')).toBeNull();
    expect(defectCounts('D01:x')).toBeNull();
  });
});

describe('cells no column can hold', () => {
  const columns = columnsOf(['part_number', 'lot_number', 'lot_size', 'stage', 'inspected_at', 'units_sampled', 'nonconforming_units', 'decision']);
  const context = { chainId: 'c', ownEnterpriseId: 'e', supplierByUscc: () => undefined };
  const problems = (cells: string[], unreadable?: Map<number, string>) => {
    const found: string[] = [];
    const lot = lotFromRow(cells, columns, context, (field, message) => found.push(`${field}: ${message}`), unreadable);
    return { lot, found };
  };

  it('reads a plain row', () => {
    expect(problems(['P-1', 'L-1', '100', 'SELF', '2026-05-01', '10', '0', 'ACCEPT'])).toMatchObject({ found: [], lot: { lotNumber: 'L-1', lotSize: 100 } });
  });

  it('refuses a NUL byte, another control character and a spreadsheet error value in any column, naming each', () => {
    expect(problems(['P\u00001', 'L-1', '#DIV/0!', 'SELF', '2026-05-01', '10', '0', 'ACC\u001bEPT'])).toEqual({
      lot: undefined,
      found: [
        'part_number: contains a control character (such as NUL or a line break)',
        'lot_size: is the spreadsheet error #DIV/0!, not a value; correct the formula or the cell',
        'decision: contains a control character (such as NUL or a line break)',
      ],
    });
    expect(problems(['P-1', '#n/a', '100', 'SELF', '2026-05-01', '10', '0', 'ACCEPT']).found).toEqual(['lot_number: is the spreadsheet error #n/a, not a value; correct the formula or the cell']);
  });

  it('refuses a cell the reader could not read, and an overlong cell', () => {
    expect(problems(['P-1', '', '100', 'SELF', '2026-05-01', '10', '0', 'ACCEPT'], new Map([[1, 'is a formula']])).found).toEqual(['lot_number: is a formula']);
    expect(problems(['P-1', 'L-1', '100', 'x'.repeat(201), '2026-05-01', '10', '0', 'ACCEPT']).found).toEqual(['stage: is longer than 200 characters']);
  });
});
