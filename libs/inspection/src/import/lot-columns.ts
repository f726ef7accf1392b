import { InspectionStage, LotDecision } from '../inspection-lot.entity';
import { Fail, LotInput, textProblem } from '../lot-rules';
import { FileRefused } from './lot-file';

type Column =
  | 'supplier_uscc'
  | 'part_number'
  | 'lot_number'
  | 'lot_size'
  | 'stage'
  | 'inspected_at'
  | 'submission'
  | 'inspection_level'
  | 'aql'
  | 'plan_severity'
  | 'units_sampled'
  | 'nonconforming_units'
  | 'decision'
  | 'defects';

/** Longest cell read: the longest column (part and lot numbers) holds 80 characters. */
const MAX_CELL = 200;

/** Header names a file may use for each column: the English name or the usual Chinese one. */
export const LOT_COLUMNS: Record<Column, { required: boolean; aliases: string[] }> = {
  supplier_uscc: { required: false, aliases: ['供应商统一社会信用代码', '统一社会信用代码'] },
  part_number: { required: true, aliases: ['零件号', '物料号'] },
  lot_number: { required: true, aliases: ['批次号', '批号'] },
  lot_size: { required: true, aliases: ['批量'] },
  stage: { required: true, aliases: ['检验阶段'] },
  inspected_at: { required: true, aliases: ['检验时间', '检验日期'] },
  submission: { required: false, aliases: ['交验次数'] },
  inspection_level: { required: false, aliases: ['检验水平'] },
  aql: { required: false, aliases: [] },
  plan_severity: { required: false, aliases: ['检验严格度'] },
  units_sampled: { required: true, aliases: ['样本量'] },
  nonconforming_units: { required: true, aliases: ['不合格品数'] },
  decision: { required: false, aliases: ['判定'] },
  defects: { required: false, aliases: ['缺陷'] },
};

const VALUES: { stage: Record<string, InspectionStage>; decision: Record<string, LotDecision>; severity: Record<string, string> } = {
  stage: { 自检: InspectionStage.SELF, 互检: InspectionStage.MUTUAL, 专检: InspectionStage.SPECIAL, 进货检验: InspectionStage.INCOMING, 来料检验: InspectionStage.INCOMING },
  decision: { 合格: LotDecision.ACCEPT, 接收: LotDecision.ACCEPT, 不合格: LotDecision.REJECT, 拒收: LotDecision.REJECT },
  severity: { 正常: 'NORMAL', 加严: 'TIGHTENED', 放宽: 'REDUCED' },
};

const normalise = (name: string) => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Where each column sits in the file, from its header row; refuses unknown, repeated or missing columns. */
export function columnsOf(header: string[]): Map<Column, number> {
  const byName = new Map<string, Column>();
  for (const [column, { aliases }] of Object.entries(LOT_COLUMNS) as [Column, { aliases: string[] }][]) {
    for (const name of [column, ...aliases]) byName.set(normalise(name), column);
  }
  const positions = new Map<Column, number>();
  header.forEach((name, i) => {
    if (!name.trim()) return;
    const column = byName.get(normalise(name));
    if (!column) throw new FileRefused(`header: unknown column "${name}"; the columns are ${Object.keys(LOT_COLUMNS).join(', ')}`);
    if (positions.has(column)) throw new FileRefused(`header: column ${column} appears twice`);
    positions.set(column, i);
  });
  const missing = (Object.keys(LOT_COLUMNS) as Column[]).filter((c) => LOT_COLUMNS[c].required && !positions.has(c));
  if (missing.length) throw new FileRefused(`header: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  return positions;
}

/** The field of a lot as its file column: errors in an import name the column the user sees. */
export const columnOfField = (field: string) =>
  field === 'supplierEnterpriseId' ? 'supplier_uscc' : field.startsWith('defects') ? 'defects' : field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * A file row as a lot of `chainId`. Suppliers are named by USCC (a leader's
 * file of incoming lots); without that column every lot is the uploader's own.
 */
export function lotFromRow(
  cells: string[],
  columns: Map<Column, number>,
  context: { chainId: string; ownEnterpriseId: string; supplierByUscc: (uscc: string) => string | undefined },
  fail: Fail,
  unreadable?: Map<number, string>,
): LotInput | undefined {
  let problems = 0;
  const bad = (column: Column, message: string) => {
    problems++;
    fail(column, message);
  };
  const text = (column: Column) => (columns.has(column) ? (cells[columns.get(column)!] ?? '').trim() : '');
  // Every cell first: a NUL, a control character, a spreadsheet error value (#DIV/0!) or an overlong cell is never a value, whatever the column.
  for (const [column, index] of columns) {
    const problem = unreadable?.get(index) ?? textProblem(text(column), MAX_CELL);
    if (problem) bad(column, problem);
  }
  if (problems) return undefined;
  const whole = (column: Column, fallback?: number): number => {
    const value = text(column);
    if (value === '' && fallback !== undefined) return fallback;
    if (!/^\d+$/.test(value)) bad(column, value === '' ? 'is required' : `"${value}" is not a whole number`);
    return Number(value);
  };
  const oneOf = <T>(column: Column, values: Record<string, T>, canonical: readonly T[]): T | null => {
    const value = text(column);
    if (value === '') return null;
    const found = values[value] ?? canonical.find((c) => String(c) === value.toUpperCase());
    if (found === undefined) bad(column, `"${value}" is not one of ${[...canonical, ...Object.keys(values)].join(', ')}`);
    return found ?? null;
  };

  const uscc = text('supplier_uscc').toUpperCase();
  const supplierEnterpriseId = uscc ? context.supplierByUscc(uscc) : context.ownEnterpriseId;
  if (!supplierEnterpriseId) bad('supplier_uscc', `${uscc.slice(0, 40)} is not a supplier of this chain that you may record for`);
  const stage = oneOf('stage', VALUES.stage, Object.values(InspectionStage));
  if (!stage && text('stage') === '') bad('stage', 'is required');
  const inspectedAt = chinaTime(text('inspected_at'));
  if (!inspectedAt) bad('inspected_at', `"${text('inspected_at')}" is not a date and time (2026-08-01 14:30, China time, or ISO 8601)`);
  const defects = defectCounts(text('defects'));
  if (!defects) bad('defects', 'write defect codes and counts as CODE:count;CODE:count');
  const input: LotInput = {
    chainId: context.chainId,
    supplierEnterpriseId: supplierEnterpriseId ?? '',
    partNumber: text('part_number'),
    lotNumber: text('lot_number'),
    lotSize: whole('lot_size'),
    stage: stage ?? InspectionStage.SELF,
    inspectedAt: inspectedAt ?? new Date(0),
    submission: whole('submission', 1),
    inspectionLevel: text('inspection_level') || null,
    aql: text('aql') || null,
    planSeverity: oneOf('plan_severity', VALUES.severity, ['NORMAL', 'TIGHTENED', 'REDUCED']),
    unitsSampled: whole('units_sampled'),
    nonconformingUnits: whole('nonconforming_units'),
    defects,
    decision: oneOf('decision', VALUES.decision, Object.values(LotDecision)),
  };
  return problems ? undefined : input;
}

/** "2026-08-01", "2026/8/1 14:30", "2026-08-01T14:30:00" (China time) or ISO 8601 with a zone. */
export function chinaTime(value: string): Date | undefined {
  const local = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(value);
  if (local) {
    const [, y, mo, d, h = '0', mi = '0', s = '0'] = local;
    const date = new Date(Date.UTC(+y, +mo - 1, +d, +h - 8, +mi, +s));
    const roundTrip = new Date(date.getTime() + 8 * 3600_000);
    return roundTrip.getUTCDate() === +d && roundTrip.getUTCMonth() === +mo - 1 && +h < 24 ? date : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

/** "D01:2;D07:1" (also with commas or full-width separators) as counts; null when malformed. */
export function defectCounts(value: string): Record<string, number> | null {
  const counts: Record<string, number> = {};
  if (value === '') return counts;
  for (const part of value.split(/[;,；，]/).map((p) => p.trim()).filter(Boolean)) {
    const match = /^([^:：]+)[:：]\s*(\d+)$/.exec(part);
    if (!match) return null;
    counts[match[1].trim()] = (counts[match[1].trim()] ?? 0) + Number(match[2]);
  }
  return counts;
}
