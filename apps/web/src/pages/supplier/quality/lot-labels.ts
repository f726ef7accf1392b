import { makeUscc } from '@chainq/codes';
import type { TFunction } from 'i18next';

/** The stages a supplier records itself (三检); incoming inspection is the leader's. */
export const SUPPLIER_STAGES = ['SELF', 'MUTUAL', 'SPECIAL'] as const;
export const ALL_STAGES = ['SELF', 'MUTUAL', 'SPECIAL', 'INCOMING'] as const;
export const DECISIONS = ['ACCEPT', 'REJECT'] as const;

export const stageOptions = (t: TFunction, stages: readonly string[]) => stages.map((s) => ({ value: s, label: t(`stage.${s}`) }));
export const decisionOptions = (t: TFunction) => DECISIONS.map((d) => ({ value: d, label: t(`decision.${d}`) }));

/**
 * The file columns the importer reads (libs/inspection lot-columns.ts), in
 * template order, with whether each is required. The importer takes either
 * header (the column's name or its usual Chinese one) and either form of a
 * value (专检 or SPECIAL), so each language gets a template in its own words.
 */
export const IMPORT_COLUMNS: { name: string; zh: string; required: boolean; example: string; exampleZh?: string }[] = [
  { name: 'part_number', zh: '零件号', required: true, example: 'HSG-220' },
  { name: 'lot_number', zh: '批次号', required: true, example: 'HSG-220-2612-01' },
  { name: 'lot_size', zh: '批量', required: true, example: '1000' },
  { name: 'stage', zh: '检验阶段', required: true, example: 'SPECIAL', exampleZh: '专检' },
  { name: 'inspected_at', zh: '检验时间', required: true, example: '2026-12-01 14:30' },
  { name: 'submission', zh: '交验次数', required: false, example: '1' },
  { name: 'inspection_level', zh: '检验水平', required: false, example: 'II' },
  { name: 'aql', zh: 'AQL', required: false, example: '1.0' },
  { name: 'plan_severity', zh: '检验严格度', required: false, example: 'NORMAL', exampleZh: '正常' },
  { name: 'units_sampled', zh: '样本量', required: true, example: '80' },
  { name: 'nonconforming_units', zh: '不合格品数', required: true, example: '1' },
  { name: 'decision', zh: '判定', required: false, example: '' },
  { name: 'defects', zh: '缺陷', required: false, example: 'D01:1' },
];

type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** A chain leader's file names each lot's supplier by its USCC (a supplier's own file needs no such column). */
const SUPPLIER_COLUMN: ImportColumn = { name: 'supplier_uscc', zh: '供应商统一社会信用代码', required: true, example: makeUscc({ registration: '91', division: '320382', organisationBase: 'MA1HT002' }) };

/** The columns of an import file: with the supplier's USCC first for a chain leader. */
export const importColumns = (withSupplier = false): ImportColumn[] => (withSupplier ? [SUPPLIER_COLUMN, ...IMPORT_COLUMNS] : IMPORT_COLUMNS);

const chinese = (language: string) => language !== 'en';

/** A column's header as the template in `language` writes it. */
export const columnHeader = (column: ImportColumn, language: string) => (chinese(language) ? column.zh : column.name);

/** The template: a UTF-8 CSV with a BOM (so Excel opens Chinese right), the header row and one example row, in the user's language. */
export function templateCsv(language: string, withSupplier = false): Blob {
  const line = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
  const columns = importColumns(withSupplier);
  const header = columns.map((c) => columnHeader(c, language));
  const example = columns.map((c) => (chinese(language) && c.exampleZh) || c.example);
  return new Blob([`\ufeff${line(header)}\r\n${line(example)}\r\n`], { type: 'text/csv;charset=utf-8' });
}

/** A row error's field (API field or file column) as the key of its explanation. */
export function rowErrorKey(field: string): string {
  const camel = field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  if (camel.startsWith('defects')) return 'defects';
  return camel;
}
