import { Language } from '@chainq/identity';
import { XlsxColumn } from '../export/xlsx-sheet.writer';
import { XlsxSheet, xlsxSheet } from '../export/xlsx-workbook';
import { LEVEL, SIZE } from '../export/xlsx-words';
import type { YearOutcomes } from '../outcomes/program-outcomes.service';
import type { RankedArea, ReportChain, ReportContent, ReportEnterprise, ReportProblem } from './report-content';

const h = (zh: string, en: string) => ({ [Language.ZH_CN]: zh, [Language.EN]: en });

type Indicator = { label: Record<Language, string>; kind: 'integer' | 'percent'; value: (y: YearOutcomes) => number | null };

/** The headline indicators, in the order the summary sheet and the printed page give them. */
export const INDICATORS: Indicator[] = [
  { label: h('覆盖企业数', 'Enterprises covered'), kind: 'integer', value: (y) => y.enterprisesCovered },
  { label: h('受帮扶企业数', 'Enterprises helped'), kind: 'integer', value: (y) => y.enterprisesHelped },
  { label: h('解决质量问题数（8D 验证有效）', 'Quality problems solved (8D effective)'), kind: 'integer', value: (y) => y.problemsSolved },
  { label: h('新获认证证书数', 'Certificates gained'), kind: 'integer', value: (y) => y.certificatesGained },
  { label: h('获证企业占比', 'Certified share'), kind: 'percent', value: (y) => y.certifiedShare },
  { label: h('成熟度提升企业数', 'Enterprises whose maturity rose'), kind: 'integer', value: (y) => y.maturityRose },
  { label: h('检验批数', 'Lots inspected'), kind: 'integer', value: (y) => y.lotsInspected },
  { label: h('批次合格率', 'Lot pass rate'), kind: 'percent', value: (y) => y.lotPassRate },
  { label: h('一次交检合格率', 'First-pass yield'), kind: 'percent', value: (y) => y.firstPassYield },
  { label: h('产品（单位）合格率', 'Unit pass rate'), kind: 'percent', value: (y) => y.unitPassRate },
  { label: h('共性问题数', 'Common problems'), kind: 'integer', value: (y) => y.commonProblems },
  { label: h('已有共享解决方案的共性问题', 'Common problems with a shared solution'), kind: 'integer', value: (y) => y.commonProblemsAddressed },
];

type YesNo = (v: boolean | null) => string | null;
const yesNoIn =
  (language: Language): YesNo =>
  (v) =>
    v === null ? null : language === Language.ZH_CN ? (v ? '是' : '否') : v ? 'yes' : 'no';

interface SummaryRow {
  indicator: Indicator;
  current: YearOutcomes;
  previous: YearOutcomes;
}

/** An indicator's value for the sheet: rates as percentages. */
const scaled = (indicator: Indicator, year: YearOutcomes): number | null => {
  const v = indicator.value(year);
  return v === null ? null : indicator.kind === 'percent' ? v * 100 : v;
};

/** The summary: each indicator this year and the year before, and the change (percentage points for rates). */
const summaryColumns = (year: number, language: Language): XlsxColumn<SummaryRow>[] => [
  { header: h('指标', 'Indicator'), kind: 'text', width: 40, value: (r) => r.indicator.label[language] + (r.indicator.kind === 'percent' ? (language === Language.ZH_CN ? '（%）' : ' (%)') : '') },
  { header: h(`${year} 年`, `${year}`), kind: 'decimal2', width: 14, value: (r) => scaled(r.indicator, r.current) },
  { header: h(`${year - 1} 年`, `${year - 1}`), kind: 'decimal2', width: 14, value: (r) => scaled(r.indicator, r.previous) },
  {
    header: h('变化', 'Change'),
    kind: 'decimal2',
    width: 14,
    value: (r) => {
      const [now, before] = [scaled(r.indicator, r.current), scaled(r.indicator, r.previous)];
      return now === null || before === null ? null : now - before;
    },
  },
];

const areaColumns = (year: number, yesNo: YesNo): XlsxColumn<RankedArea>[] => [
  { header: h('名称', 'Name'), kind: 'text', width: 30, value: (a) => a.name },
  { header: h('覆盖企业数', 'Enterprises covered'), kind: 'integer', width: 12, value: (a) => a.current.enterprisesCovered },
  { header: h('受帮扶企业数', 'Enterprises helped'), kind: 'integer', width: 12, value: (a) => a.current.enterprisesHelped },
  { header: h('解决质量问题数', 'Problems solved'), kind: 'integer', width: 12, value: (a) => a.current.problemsSolved },
  { header: h(`批次合格率 ${year}`, `Lot pass rate ${year}`), kind: 'percent', width: 14, value: (a) => a.current.lotPassRate },
  { header: h(`批次合格率 ${year - 1}`, `Lot pass rate ${year - 1}`), kind: 'percent', width: 14, value: (a) => a.previous.lotPassRate },
  { header: h(`一次交检合格率 ${year}`, `First-pass yield ${year}`), kind: 'percent', width: 16, value: (a) => a.current.firstPassYield },
  { header: h(`一次交检合格率 ${year - 1}`, `First-pass yield ${year - 1}`), kind: 'percent', width: 16, value: (a) => a.previous.firstPassYield },
  { header: h('低于目标', 'Below target'), kind: 'text', width: 10, value: (a) => yesNo(a.belowTarget) },
];

const chainColumns: XlsxColumn<ReportChain>[] = [
  { header: h('产业链', 'Industry chain'), kind: 'text', width: 40, value: (c) => c.name },
  { header: h('范围内供应商数', 'Suppliers in scope'), kind: 'integer', width: 16, value: (c) => c.suppliersInScope },
];

const problemColumns = (yesNo: YesNo): XlsxColumn<ReportProblem>[] => [
  { header: h('缺陷代码', 'Defect code'), kind: 'text', width: 14, value: (p) => p.defectCode },
  { header: h('缺陷名称', 'Defect'), kind: 'text', width: 30, value: (p) => p.defectName },
  { header: h('涉及企业数', 'Enterprises'), kind: 'integer', width: 12, value: (p) => p.suppliers },
  { header: h('质量问题数', 'Issues'), kind: 'integer', width: 12, value: (p) => p.issues },
  { header: h('有共享解决方案', 'Shared solution'), kind: 'text', width: 14, value: (p) => yesNo(p.sharedSolution) },
];

const enterpriseColumns = (yesNo: YesNo, language: Language): XlsxColumn<ReportEnterprise>[] => [
  { header: h('企业名称', 'Enterprise'), kind: 'text', width: 40, value: (e) => e.name },
  { header: h('统一社会信用代码', 'USCC'), kind: 'text', width: 22, value: (e) => e.uscc },
  { header: h('所在地区', 'Region'), kind: 'text', width: 16, value: (e) => e.regionName },
  { header: h('企业规模', 'Size class'), kind: 'text', width: 10, value: (e) => (e.sizeClass ? (SIZE[e.sizeClass as keyof typeof SIZE]?.[language] ?? e.sizeClass) : null) },
  { header: h('持有有效证书', 'Certified'), kind: 'text', width: 12, value: (e) => yesNo(e.certified) },
  { header: h('质量成熟度', 'Maturity level'), kind: 'text', width: 22, value: (e) => (e.maturityLevel ? (LEVEL[e.maturityLevel as keyof typeof LEVEL]?.[language] ?? e.maturityLevel) : null) },
  { header: h('本年受帮扶', 'Helped this year'), kind: 'text', width: 12, value: (e) => yesNo(e.helped) },
];


/** The report's spreadsheet sheets: summary, regions, clusters, chains, common problems, enterprises. */
export function reportSheets(content: ReportContent, language: Language): XlsxSheet[] {
  const yesNo = yesNoIn(language);
  const year = content.outcomes.current.year;
  const names = language === Language.ZH_CN ? ['汇总', '地区', '产业集群', '产业链', '共性问题', '企业'] : ['Summary', 'Regions', 'Clusters', 'Chains', 'Common problems', 'Enterprises'];
  const rows: SummaryRow[] = INDICATORS.map((indicator) => ({ indicator, current: content.outcomes.current, previous: content.outcomes.previous }));
  return [
    xlsxSheet(names[0], summaryColumns(year, language), rows),
    xlsxSheet(names[1], areaColumns(year, yesNo), content.areas),
    xlsxSheet(names[2], areaColumns(year, yesNo), content.clusters),
    xlsxSheet(names[3], chainColumns, content.chains),
    xlsxSheet(names[4], problemColumns(yesNo), content.commonProblems),
    xlsxSheet(names[5], enterpriseColumns(yesNo, language), content.enterprises),
  ];
}
