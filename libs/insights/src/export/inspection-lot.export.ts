import { Injectable } from '@nestjs/common';
import { badInput, chinaDay, chinaMidnight, CoreReason, DATE_RANGE_TEXT, isInDateRange, isIsoDate, isUuid, notFound } from '@chainq/core';
import { Actor, Language, OrganisationService, UserService } from '@chainq/identity';
import { InspectionLot, InspectionLotService, InspectionStage, LotDecision, LotFilter } from '@chainq/inspection';
import { IndustryChainService } from '@chainq/registry';
import { exportFileName, XlsxColumn, XlsxExport, XlsxSheetWriter } from './xlsx-sheet.writer';

/** Lots read per statement: one keyset range of the lots index, small enough that memory holds only this many. */
export const LOT_EXPORT_BATCH_SIZE = 1000;

export interface LotExportRequest {
  chainId: string;
  supplierEnterpriseId?: string;
  stage?: InspectionStage;
  decision?: LotDecision;
  partNumber?: string;
  /** Inspected at or after: a YYYY-MM-DD China day (from its midnight in China) or an ISO 8601 instant. */
  from?: string;
  /** Inspected before: a YYYY-MM-DD China day (its midnight in China: the day itself is left out) or an ISO 8601 instant. */
  to?: string;
}

const { ZH_CN, EN } = Language;
type Words = Record<Language, string>;

/** The web app's words for stages, decisions and plan severities (the Chinese ones are also what a lot file import reads). */
const STAGE: Record<InspectionStage, Words> = {
  [InspectionStage.SELF]: { [ZH_CN]: '自检', [EN]: 'Self inspection' },
  [InspectionStage.MUTUAL]: { [ZH_CN]: '互检', [EN]: 'Mutual inspection' },
  [InspectionStage.SPECIAL]: { [ZH_CN]: '专检', [EN]: 'Special inspection' },
  [InspectionStage.INCOMING]: { [ZH_CN]: '进货检验', [EN]: 'Incoming inspection' },
};
const DECISION: Record<LotDecision, Words> = {
  [LotDecision.ACCEPT]: { [ZH_CN]: '合格', [EN]: 'Accepted' },
  [LotDecision.REJECT]: { [ZH_CN]: '不合格', [EN]: 'Rejected' },
};
const SEVERITY: Record<string, Words> = {
  NORMAL: { [ZH_CN]: '正常', [EN]: 'Normal' },
  TIGHTENED: { [ZH_CN]: '加严', [EN]: 'Tightened' },
  REDUCED: { [ZH_CN]: '放宽', [EN]: 'Reduced' },
};

interface Supplier {
  name: string;
  uscc: string | null;
}

interface LotRow {
  lot: InspectionLot;
  supplier: Supplier | undefined;
  language: Language;
}

const column = (zh: string, en: string, kind: XlsxColumn<LotRow>['kind'], width: number, value: (row: LotRow) => string | number | Date | null | undefined): XlsxColumn<LotRow> => ({
  header: { [ZH_CN]: zh, [EN]: en },
  kind,
  width,
  value,
});

/** Headers in the words of the lot file import where it has them (零件号, 批次号, …). */
const COLUMNS: XlsxColumn<LotRow>[] = [
  column('供应商', 'Supplier', 'text', 28, (r) => r.supplier?.name),
  column('供应商统一社会信用代码', 'Supplier USCC', 'text', 22, (r) => r.supplier?.uscc),
  column('零件号', 'Part number', 'text', 18, (r) => r.lot.partNumber),
  column('批次号', 'Lot number', 'text', 22, (r) => r.lot.lotNumber),
  column('批量', 'Lot size', 'integer', 10, (r) => r.lot.lotSize),
  column('检验阶段', 'Inspection stage', 'text', 14, (r) => STAGE[r.lot.stage]?.[r.language] ?? r.lot.stage),
  column('检验时间', 'Inspected at', 'chinaTime', 17, (r) => r.lot.inspectedAt),
  column('交验次数', 'Submission', 'integer', 10, (r) => r.lot.submission),
  column('检验水平', 'Inspection level', 'text', 10, (r) => r.lot.inspectionLevel),
  column('AQL', 'AQL', 'text', 8, (r) => r.lot.aql),
  column('检验严格度', 'Plan severity', 'text', 12, (r) => (r.lot.planSeverity ? (SEVERITY[r.lot.planSeverity]?.[r.language] ?? r.lot.planSeverity) : null)),
  column('接收数（Ac）', 'Acceptance number (Ac)', 'integer', 12, (r) => r.lot.acceptanceNumber),
  column('样本量', 'Sample size', 'integer', 10, (r) => r.lot.unitsSampled),
  column('不合格品数', 'Nonconforming units', 'integer', 12, (r) => r.lot.nonconformingUnits),
  column('判定', 'Decision', 'text', 10, (r) => DECISION[r.lot.decision]?.[r.language] ?? r.lot.decision),
  column('缺陷', 'Defects', 'text', 24, (r) => defectsText(r.lot.defects)),
];

const TITLE: Words = { [ZH_CN]: '检验批', [EN]: 'Inspection lots' };

/** Defect counts as the lot file import writes them: `D01:2;D07:1`. */
const defectsText = (defects: Record<string, number>): string =>
  Object.entries(defects ?? {})
    .map(([code, count]) => `${code}:${count}`)
    .join(';');

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A from/to bound: a China day means its midnight in China; an instant is taken as given (the `inspectionLots` filter's DateTime). */
export function lotTimeBound(value: string | undefined, field: 'from' | 'to'): Date | undefined {
  if (value === undefined) return undefined;
  if (isIsoDate(value)) return chinaMidnight(value);
  if (INSTANT.test(value) && isIsoDate(value.slice(0, 10)) && isInDateRange(new Date(value))) return new Date(value);
  throw badInput(field, `must be a day written YYYY-MM-DD (China time) or an instant such as 2026-03-01T08:00:00Z, ${DATE_RANGE_TEXT}`, { reason: CoreReason.DateOutOfRange });
}

/**
 * Inspection lots as an XLSX file, streamed: the lots the `inspectionLots`
 * query would list for the same filter and caller (a supplier its own,
 * a leader its chain's; no one else any), newest first, read
 * LOT_EXPORT_BATCH_SIZE at a time and written as they come, waiting for
 * the reader between batches, so memory does not grow with the lots.
 */
@Injectable()
export class InspectionLotExport {
  constructor(
    private readonly lots: InspectionLotService,
    private readonly chains: IndustryChainService,
    private readonly organisations: OrganisationService,
    private readonly users: UserService,
  ) {}

  async prepare(actor: Actor, request: LotExportRequest, now = new Date()): Promise<XlsxExport> {
    const filter: LotFilter = {
      chainId: request.chainId,
      supplierEnterpriseId: request.supplierEnterpriseId,
      stage: request.stage,
      decision: request.decision,
      partNumber: request.partNumber,
      from: lotTimeBound(request.from, 'from'),
      to: lotTimeBound(request.to, 'to'),
    };
    // Outside the caller's sight the chain does not exist (NOT_FOUND), before a byte is sent.
    if (!isUuid(request.chainId)) throw notFound('Industry chain');
    const [chain, { language }] = await Promise.all([this.chains.get(actor, request.chainId), this.users.me(actor)]);
    const batches = this.lots.batches(actor, filter, LOT_EXPORT_BATCH_SIZE);
    // The first read happens here too, so a failing one is still a plain HTTP error.
    const first = await batches.next();
    return {
      fileName: exportFileName([TITLE[language], chain.name, chinaDay(now)], 'lots.xlsx'),
      write: async (out) => {
        const sheet = new XlsxSheetWriter(out, TITLE[language], COLUMNS, language);
        const suppliers = new Map<string, Supplier | undefined>();
        for (let batch = first; !batch.done; batch = await batches.next()) {
          await this.learnSuppliers(batch.value, suppliers);
          for (const lot of batch.value) sheet.add({ lot, supplier: suppliers.get(lot.supplierEnterpriseId), language });
          await sheet.flushed();
        }
        await sheet.end();
      },
    };
  }

  /**
   * Names and codes of the batch's suppliers not met yet (a chain has tens
   * to hundreds, so the map stays small). Who a lot's supplier is shows
   * with the lot, as a relation's enterprise card shows it after the
   * supplier has left the chain; its record (size, certificates) does not.
   */
  private async learnSuppliers(lots: InspectionLot[], known: Map<string, Supplier | undefined>): Promise<void> {
    const missing = [...new Set(lots.map((l) => l.supplierEnterpriseId))].filter((id) => !known.has(id));
    if (missing.length === 0) return;
    const found = await this.organisations.findByIds(missing);
    missing.forEach((id, i) => known.set(id, found[i] && { name: found[i].name, uscc: found[i].uscc }));
  }
}
