import { useTranslation } from 'react-i18next';

/**
 * A built report's content as the API stores it (libs/insights
 * report-content.ts): what the printable page lays out.
 */
export interface YearFigures {
  year: number;
  enterprisesCovered: number;
  enterprisesHelped: number;
  problemsSolved: number;
  certificatesGained: number;
  certifiedEnterprises: number;
  certifiedShare: number | null;
  maturityRose: number;
  lotsInspected: number;
  lotPassRate: number | null;
  firstPassYield: number | null;
  unitPassRate: number | null;
  commonProblems: number;
  commonProblemsAddressed: number;
  provinces: number;
  prefectures: number;
  counties: number;
}

export interface RankedArea {
  kind: 'REGION' | 'CLUSTER';
  id: string;
  name: string;
  current: YearFigures;
  previous: YearFigures;
  belowTarget: boolean | null;
}

export interface ReportContent {
  builtAt: string;
  outcomes: { name: string; current: YearFigures; previous: YearFigures; lotPassRateChange: number | null; firstPassYieldChange: number | null; unitPassRateChange: number | null };
  target: { name: string; lotPassRate: number | null; firstPassYield: number | null } | null;
  areas: RankedArea[];
  clusters: RankedArea[];
  chains: { id: string; name: string; suppliersInScope: number }[];
  commonProblems: { defectCode: string; defectName: string | null; suppliers: number; issues: number; sharedSolution: boolean }[];
  solved: { issueTitle: string; defectCode: string; closedAt: string; supplierName: string }[];
  enterprises: { name: string; uscc: string; regionName: string; sizeClass: string | null; certified: boolean; maturityLevel: string | null; helped: boolean }[];
  overdueActions: number;
}

/** The headline indicators in report order: each a count, or a rate shown as a percentage with its change in points. */
export const INDICATORS: { key: keyof YearFigures; rate: boolean }[] = [
  { key: 'enterprisesCovered', rate: false },
  { key: 'enterprisesHelped', rate: false },
  { key: 'problemsSolved', rate: false },
  { key: 'certificatesGained', rate: false },
  { key: 'certifiedShare', rate: true },
  { key: 'maturityRose', rate: false },
  { key: 'lotsInspected', rate: false },
  { key: 'lotPassRate', rate: true },
  { key: 'firstPassYield', rate: true },
  { key: 'unitPassRate', rate: true },
  { key: 'commonProblems', rate: false },
  { key: 'commonProblemsAddressed', rate: false },
];

/**
 * A report's scope in the reader's words: the whole country by the reader's language (the
 * stored name is in the requester's); any other scope by its stored name (divisions, clusters
 * and programmes keep their own names in either language).
 */
export function useReportName(): (report: { scopeKind: string; scopeName: string }) => string {
  const { t } = useTranslation('reports');
  return (report) => (report.scopeKind === 'COUNTRY' ? t('country') : report.scopeName);
}
