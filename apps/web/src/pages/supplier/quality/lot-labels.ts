import type { TFunction } from 'i18next';

/** The stages a supplier records itself (三检); incoming inspection is the leader's. */
export const SUPPLIER_STAGES = ['SELF', 'MUTUAL', 'SPECIAL'] as const;
export const ALL_STAGES = ['SELF', 'MUTUAL', 'SPECIAL', 'INCOMING'] as const;
export const DECISIONS = ['ACCEPT', 'REJECT'] as const;

export const stageOptions = (t: TFunction, stages: readonly string[]) => stages.map((s) => ({ value: s, label: t(`stage.${s}`) }));
export const decisionOptions = (t: TFunction) => DECISIONS.map((d) => ({ value: d, label: t(`decision.${d}`) }));

/** The file columns the importer reads (libs/inspection lot-columns.ts), in template order, with whether each is required. */
export const IMPORT_COLUMNS: { name: string; header: string; required: boolean; example: string }[] = [
  { name: 'part_number', header: '零件号', required: true, example: 'HSG-220' },
  { name: 'lot_number', header: '批次号', required: true, example: 'HSG-220-2612-01' },
  { name: 'lot_size', header: '批量', required: true, example: '1000' },
  { name: 'stage', header: '检验阶段', required: true, example: '专检' },
  { name: 'inspected_at', header: '检验时间', required: true, example: '2026-12-01 14:30' },
  { name: 'submission', header: '交验次数', required: false, example: '1' },
  { name: 'inspection_level', header: '检验水平', required: false, example: 'II' },
  { name: 'aql', header: 'AQL', required: false, example: '1.0' },
  { name: 'plan_severity', header: '检验严格度', required: false, example: '正常' },
  { name: 'units_sampled', header: '样本量', required: true, example: '80' },
  { name: 'nonconforming_units', header: '不合格品数', required: true, example: '1' },
  { name: 'decision', header: '判定', required: false, example: '' },
  { name: 'defects', header: '缺陷', required: false, example: 'D01:1' },
];

/** The template: a UTF-8 CSV with a BOM (so Excel opens the Chinese headers right), the header row and one example row. */
export function templateCsv(): Blob {
  const line = (cells: string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
  const text = `\ufeff${line(IMPORT_COLUMNS.map((c) => c.header))}\r\n${line(IMPORT_COLUMNS.map((c) => c.example))}\r\n`;
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

/** A row error's field (API field or file column) as the key of its explanation. */
export function rowErrorKey(field: string): string {
  const camel = field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  if (camel.startsWith('defects')) return 'defects';
  return camel;
}
