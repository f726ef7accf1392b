import { Injectable } from '@nestjs/common';
import { chinaDay, chinaMidnight } from '@chainq/core';
import { Actor, Language, UserService } from '@chainq/identity';
import { periodStarts } from '@chainq/inspection';
import { IndustryChainService, MembershipStatus } from '@chainq/registry';
import { PassRatePolicyService } from '../policy/pass-rate-policy.service';
import { ScorecardService, SupplierScorecard } from '../scorecard.service';
import { ScoreComponentName } from '../scoring';
import { exportFileName, XlsxColumn, XlsxExport, XlsxSheetWriter } from './xlsx-sheet.writer';

export interface ScorecardExportRequest {
  chainId: string;
  /** YYYY-MM-DD China day, inclusive; default the first day of the current China month. */
  from?: string;
  /** YYYY-MM-DD China day, exclusive; default the first day of the next China month. */
  to?: string;
}

const { ZH_CN, EN } = Language;
type Words = Record<Language, string>;

const STATUS: Record<MembershipStatus, Words> = {
  [MembershipStatus.INVITED]: { [ZH_CN]: '已邀请', [EN]: 'Invited' },
  [MembershipStatus.ONBOARDING]: { [ZH_CN]: '资质审核中', [EN]: 'In qualification review' },
  [MembershipStatus.ACTIVE]: { [ZH_CN]: '正常合作', [EN]: 'Active' },
  [MembershipStatus.SUSPENDED]: { [ZH_CN]: '已暂停', [EN]: 'Suspended' },
  [MembershipStatus.EXITED]: { [ZH_CN]: '已退出', [EN]: 'Exited' },
};

const COMPONENT: Record<ScoreComponentName, Words> = {
  [ScoreComponentName.PPM]: { [ZH_CN]: '不良率（PPM）', [EN]: 'PPM' },
  [ScoreComponentName.LOT_PASS_RATE]: { [ZH_CN]: '批次合格率', [EN]: 'Lot pass rate' },
  [ScoreComponentName.FIRST_PASS_YIELD]: { [ZH_CN]: '一次交检合格率', [EN]: 'First-pass yield' },
  [ScoreComponentName.CORRECTIVE_ACTIONS]: { [ZH_CN]: '纠正措施', [EN]: 'Corrective actions' },
};

type Column = XlsxColumn<{ card: SupplierScorecard; language: Language }>;
const column = (zh: string, en: string, kind: Column['kind'], width: number, value: (c: SupplierScorecard) => string | number | null | undefined): Column => ({
  header: { [ZH_CN]: zh, [EN]: en },
  kind,
  width,
  value: ({ card }) => value(card),
});
const componentOf = (card: SupplierScorecard, name: ScoreComponentName) => card.components.find((c) => c.name === name && c.included);

/** Points and weight of each score component; blank when it was left out for want of data (its weight went to the others). */
const componentColumns = (name: ScoreComponentName): Column[] => [
  column(`${COMPONENT[name][ZH_CN]}得分`, `${COMPONENT[name][EN]} points`, 'decimal2', 14, (c) => componentOf(c, name)?.points),
  column(`${COMPONENT[name][ZH_CN]}权重`, `${COMPONENT[name][EN]} weight`, 'percent', 14, (c) => componentOf(c, name)?.weightUsed),
];

/** The columns of the suppliers table: what SupplierScorecard carries, as a quality engineer reads it. */
const COLUMNS: Column[] = [
  column('供应商', 'Supplier', 'text', 32, (c) => c.supplierName),
  column('层级', 'Tier', 'integer', 8, (c) => c.tier),
  { header: { [ZH_CN]: '合作状态', [EN]: 'Status' }, kind: 'text', width: 14, value: ({ card, language }) => STATUS[card.membershipStatus]?.[language] ?? card.membershipStatus },
  column('等级', 'Grade', 'text', 8, (c) => c.grade),
  column('综合得分', 'Score', 'decimal1', 10, (c) => c.score),
  ...Object.values(ScoreComponentName).flatMap(componentColumns),
  column('批次合格率', 'Lot pass rate', 'percent', 12, (c) => c.lotPassRate),
  column('一次交检合格率', 'First-pass yield', 'percent', 14, (c) => c.firstPassYield),
  column('产品合格率', 'Unit pass rate', 'percent', 12, (c) => c.unitPassRate),
  column('不良率（PPM）', 'PPM', 'decimal1', 12, (c) => c.ppm),
  column('检验批数', 'Lots inspected', 'integer', 12, (c) => c.lotsInspected),
  column('合格批数', 'Lots accepted', 'integer', 12, (c) => c.lotsAccepted),
  column('首次交检批数', 'Lots first submitted', 'integer', 14, (c) => c.firstLots),
  column('首次交检合格批数', 'Accepted at first submission', 'integer', 16, (c) => c.firstAccepted),
  column('检验数量', 'Units inspected', 'integer', 12, (c) => c.unitsInspected),
  column('不合格品数', 'Nonconforming units', 'integer', 12, (c) => c.unitsNonconforming),
  column('纠正措施指数', 'Corrective-action index', 'percent', 14, (c) => componentOf(c, ScoreComponentName.CORRECTIVE_ACTIONS)?.value),
  column('8D 发起数', '8Ds requested', 'integer', 10, (c) => c.correctiveActions.opened),
  column('8D 关闭数', '8Ds closed', 'integer', 10, (c) => c.correctiveActions.closed),
  column('按时关闭数', 'Closed on time', 'integer', 12, (c) => c.correctiveActions.closedOnTime),
  column('当前逾期数', 'Overdue now', 'integer', 12, (c) => c.correctiveActions.overdueNow),
  column('8D 有效率', '8D effectiveness rate', 'percent', 12, (c) => c.correctiveActions.effectivenessRate),
  column('平均遏制用时（小时）', 'Mean hours to containment', 'decimal1', 18, (c) => c.correctiveActions.meanHoursToContainment),
  column('平均关闭用时（天）', 'Mean days to closure', 'decimal1', 16, (c) => c.correctiveActions.meanDaysToClosure),
];

const TITLE: Words = { [ZH_CN]: '供应商记分卡', [EN]: 'Supplier scorecards' };

/** The China calendar month `now` falls in: its first day and the first day of the next. */
export function chinaMonthOf(now: Date): { from: string; to: string } {
  const from = periodStarts(chinaDay(now)).MONTH;
  // 32 days after the first of any month is a day of the next month.
  return { from, to: periodStarts(chinaDay(chinaMidnight(from), 32)).MONTH };
}

/**
 * A chain's suppliers table as an XLSX file: the rows the
 * `supplierScorecards` query answers (the chain's policy weights and
 * bands, the caller's scope: a supplier gets its own row), one per
 * supplier, headers in the caller's language.
 */
@Injectable()
export class SupplierScorecardExport {
  constructor(
    private readonly policies: PassRatePolicyService,
    private readonly scorecards: ScorecardService,
    private readonly chains: IndustryChainService,
    private readonly users: UserService,
  ) {}

  async prepare(actor: Actor, request: ScorecardExportRequest, now = new Date()): Promise<XlsxExport> {
    const month = chinaMonthOf(now);
    const from = request.from ?? month.from;
    const to = request.to ?? month.to;
    const { weights, bands } = await this.policies.scoring(request.chainId);
    // Checks the days (BAD_USER_INPUT naming from or to) and the caller's sight of the chain (NOT_FOUND).
    const cards = await this.scorecards.scorecards(actor, request.chainId, from, to, weights, bands);
    const [chain, { language }] = await Promise.all([this.chains.get(actor, request.chainId), this.users.me(actor)]);
    const lastDay = chinaDay(chinaMidnight(to), -1);
    return {
      fileName: exportFileName([TITLE[language], chain.name, `${from}–${lastDay}`], 'suppliers.xlsx'),
      write: async (out) => {
        const sheet = new XlsxSheetWriter(out, TITLE[language], COLUMNS, language);
        for (const card of cards) sheet.add({ card, language });
        await sheet.end();
      },
    };
  }
}
