import { PrinterOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../format/format';
import type { ProgramReportPrintQuery } from '../../gql/graphql';
import type { Workspace } from '../../session/viewer';
import { PageEmpty, QueryState } from '../../ui/page-states';
import { RequireWorkspace } from '../workspace-guard';
import { ReportDocument } from './report-documents';
import { INDICATORS, type RankedArea, type ReportContent, useReportName, type YearFigures } from './report-content';
import { YearBars } from './year-bars';
import './report-print.css';

type Report = ProgramReportPrintQuery['programReport'];

/**
 * A finished annual report as a document for A4: cover, headline figures, the year-on-year
 * figure, the ranking, typical cases and what needs attention; for a workspace's users, whose
 * reports list is at `back`.
 */
export function ReportPrint({ workspace, back }: { workspace: Workspace; back: string }) {
  const { t } = useTranslation('reports');
  const { reportId = '' } = useParams();
  const [result, reexecute] = useQuery({ query: ReportDocument, variables: { id: reportId } });
  return (
    <RequireWorkspace workspace={workspace}>
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={14}>
        {(data) => (data.programReport.content ? <PrintedReport report={data.programReport} content={data.programReport.content as ReportContent} back={back} /> : <PageEmpty title={t('print.notReady')} />)}
      </QueryState>
    </RequireWorkspace>
  );
}

function PrintedReport({ report, content, back }: { report: Report; content: ReportContent; back: string }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const nameOf = useReportName();
  const { current, previous } = content.outcomes;
  const value = (key: keyof YearFigures, rate: boolean, y: YearFigures) => (rate ? format.percent(y[key] as number | null) : format.count(y[key] as number));
  const change = (key: keyof YearFigures, rate: boolean) => {
    const [a, b] = [current[key] as number | null, previous[key] as number | null];
    if (a === null || b === null) return '—';
    const d = rate ? Math.round((a - b) * 1000) / 10 : a - b;
    return rate ? t('print.points', { n: d > 0 ? `+${d.toFixed(1)}` : d.toFixed(1) }) : d > 0 ? `+${format.count(d)}` : format.count(d);
  };
  const ranked = content.areas.length ? content.areas : content.clusters;
  const below = [...content.areas, ...content.clusters].filter((a) => a.belowTarget);
  return (
    <article className="program-report" aria-labelledby="program-report-title">
      <div className="program-report-toolbar">
        <Link to={back}>{t('print.back')}</Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('print.print')}
        </Button>
      </div>
      <header className="program-report-cover">
        <Typography.Title level={1} id="program-report-title" className="program-report-title">
          {t('print.title', { scope: nameOf(report), year: report.year })}
        </Typography.Title>
        <p>{t('print.built', { at: format.dateTime(content.builtAt), name: report.requesterName })}</p>
        {content.target && <p>{t('print.programme', { name: content.target.name, lot: format.percent(content.target.lotPassRate), fpy: format.percent(content.target.firstPassYield) })}</p>}
      </header>

      <section aria-labelledby="pr-headline" className="program-report-section">
        <h2 id="pr-headline">{t('print.headline')}</h2>
        <p className="program-report-lead">
          {t('print.lead', {
            covered: format.count(current.enterprisesCovered),
            helped: format.count(current.enterprisesHelped),
            solved: format.count(current.problemsSolved),
            lot: format.percent(current.lotPassRate),
            change: change('lotPassRate', true),
          })}
        </p>
        <table className="program-report-table">
          <thead>
            <tr>
              <th>{t('print.indicator')}</th>
              <th>{t('chart.year', { year: report.year })}</th>
              <th>{t('chart.year', { year: report.year - 1 })}</th>
              <th>{t('print.change')}</th>
            </tr>
          </thead>
          <tbody>
            {INDICATORS.map(({ key, rate }) => (
              <tr key={key}>
                <th>{t(`indicator.${key}`)}</th>
                <td>{value(key, rate, current)}</td>
                <td>{value(key, rate, previous)}</td>
                <td>{change(key, rate)}</td>
              </tr>
            ))}
            <tr>
              <th>{t('indicator.coverage')}</th>
              <td colSpan={3}>{t('print.coverage', { provinces: current.provinces, prefectures: current.prefectures, counties: current.counties })}</td>
            </tr>
          </tbody>
        </table>
      </section>

      {ranked.length > 0 && (
        <section aria-labelledby="pr-ranking" className="program-report-section">
          <h2 id="pr-ranking">{t('print.ranking')}</h2>
          <YearBars bars={ranked.map((a) => ({ name: a.name, current: a.current.lotPassRate, previous: a.previous.lotPassRate }))} year={report.year} target={content.target?.lotPassRate ?? null} label={t('print.rankingChart')} />
          <RankingTable areas={ranked} year={report.year} />
          {content.areas.length > 0 && content.clusters.length > 0 && <RankingTable areas={content.clusters} year={report.year} caption={t('print.clusters')} />}
        </section>
      )}

      <section aria-labelledby="pr-solved" className="program-report-section">
        <h2 id="pr-solved">{t('print.solved')}</h2>
        {content.solved.length ? (
          <ol className="program-report-list">
            {content.solved.map((s) => (
              <li key={`${s.issueTitle}-${s.closedAt}`}>{t('print.solvedCase', { title: s.issueTitle, code: s.defectCode, supplier: s.supplierName, date: format.date(s.closedAt) })}</li>
            ))}
          </ol>
        ) : (
          <p>{t('print.noSolved')}</p>
        )}
      </section>

      <section aria-labelledby="pr-problems" className="program-report-section">
        <h2 id="pr-problems">{t('print.problems')}</h2>
        {content.commonProblems.length ? (
          <table className="program-report-table">
            <thead>
              <tr>
                <th>{t('print.defect')}</th>
                <th>{t('print.enterprises')}</th>
                <th>{t('print.issues')}</th>
                <th>{t('print.shared')}</th>
              </tr>
            </thead>
            <tbody>
              {content.commonProblems.map((p) => (
                <tr key={p.defectCode}>
                  <td>{p.defectName ? `${p.defectCode} ${p.defectName}` : p.defectCode}</td>
                  <td>{format.count(p.suppliers)}</td>
                  <td>{format.count(p.issues)}</td>
                  <td>{p.sharedSolution ? t('print.yes') : t('print.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t('print.noProblems')}</p>
        )}
      </section>

      <section aria-labelledby="pr-attention" className="program-report-section">
        <h2 id="pr-attention">{t('print.attention')}</h2>
        <ul className="program-report-list">
          {content.target?.lotPassRate == null ? (
            <li>{t('print.noTarget')}</li>
          ) : below.length ? (
            <li>{t('print.belowTarget', { names: below.map((a) => a.name).join('、'), target: format.percent(content.target.lotPassRate) })}</li>
          ) : (
            <li>{t('print.noneBelow')}</li>
          )}
          <li>{content.overdueActions ? t('print.overdue', { count: content.overdueActions }) : t('print.noOverdue')}</li>
        </ul>
      </section>
    </article>
  );
}

function RankingTable({ areas, year, caption }: { areas: RankedArea[]; year: number; caption?: string }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  return (
    <table className="program-report-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th>{t('print.rank')}</th>
          <th>{t('print.area')}</th>
          <th>{t('indicator.enterprisesCovered')}</th>
          <th>{t('indicator.problemsSolved')}</th>
          <th>{t('print.lotIn', { year })}</th>
          <th>{t('print.lotIn', { year: year - 1 })}</th>
          <th>{t('print.fpyIn', { year })}</th>
        </tr>
      </thead>
      <tbody>
        {areas.map((a, i) => (
          <tr key={a.id} className={a.belowTarget ? 'program-report-below' : undefined}>
            <td>{i + 1}</td>
            <td>{a.name}</td>
            <td>{format.count(a.current.enterprisesCovered)}</td>
            <td>{format.count(a.current.problemsSolved)}</td>
            <td>{format.percent(a.current.lotPassRate)}</td>
            <td>{format.percent(a.previous.lotPassRate)}</td>
            <td>{format.percent(a.current.firstPassYield)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
