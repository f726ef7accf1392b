import { Button, Card, List, Segmented, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { LeaderCommonProblemsQuery } from '../../../gql/graphql';
import { useDefectName } from '../../../ui/defect-name';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { lastDays, lastTwelveMonths } from '../../home-figures';
import { chinaToday } from '../../../format/format';
import { chinaMidnight } from '../../supplier/quality/quality-dates';
import { MonthTrend, monthsBetween } from './month-trend';
import { useScreens } from '../../../ui/use-screens';

const CommonProblemsDocument = graphql(`
  query LeaderCommonProblems($chainId: ID!, $from: DateTime!, $to: DateTime!) {
    commonProblems(chainId: $chainId, from: $from, to: $to) {
      defectCode
      defectName
      suppliers
      issues
      trend {
        month
        issues
      }
    }
  }
`);

export type Period = '90d' | '12m';
const PERIODS: Period[] = ['90d', '12m'];
export const isPeriod = (value: string | null): value is Period => PERIODS.includes(value as Period);
type Problem = LeaderCommonProblemsQuery['commonProblems'][number];

/** [from, to) as instants: the last 90 days up to now, or the last twelve whole China months (this one included), as the dashboard counts them. */
function windowOf(period: Period): { from: string; to: string } {
  if (period === '90d') return lastDays(90);
  const months = lastTwelveMonths();
  return { from: chinaMidnight(months.from), to: chinaMidnight(months.to) };
}

/** The chain's defect codes seen at two or more suppliers in the period, worst first (as the API orders them), each with its month trend. */
export function CommonProblems({ chainId, chainName, period, onPeriod, chosen, onChoose }: { chainId: string; chainName: string; period: Period; onPeriod: (p: Period) => void; chosen: string | null; onChoose: (code: string) => void }) {
  const { t } = useTranslation('leader-problems');
  const format = useFormat();
  const span = useMemo(() => windowOf(period), [period]);
  const [result, reexecute] = useQuery({ query: CommonProblemsDocument, variables: { chainId, ...span } });
  const [first, today] = [chinaToday(new Date(span.from)), chinaToday()];
  return (
    <section aria-labelledby="common-heading" className="problems-section">
      <Typography.Title level={2} id="common-heading" className="section-title">
        {t('common.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('common.intro', { chain: chainName })}</Typography.Paragraph>
      <div className="problems-toolbar">
        <Segmented<Period> aria-label={t('common.period')} value={period} onChange={onPeriod} options={PERIODS.map((p) => ({ value: p, label: t(`common.periods.${p}`) }))} />
        <span className="problems-over">{t('common.over', { from: format.date(first), to: format.date(today) })}</span>
      </div>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.commonProblems.length === 0}
        empty={<PageEmpty title={t('common.empty')} hint={t('common.emptyHint')} />}
      >
        {(data) => <ProblemRows rows={data.commonProblems} months={monthsBetween(first, today)} chosen={chosen} onChoose={onChoose} />}
      </QueryState>
    </section>
  );
}

function ProblemRows({ rows, months, chosen, onChoose }: { rows: Problem[]; months: string[]; chosen: string | null; onChoose: (code: string) => void }) {
  const { t } = useTranslation('leader-problems');
  const defectName = useDefectName();
  const screens = useScreens();
  // One scale for every row, so a taller bar means more issues whichever defect it belongs to.
  const most = Math.max(1, ...rows.flatMap((r) => r.trend.map((m) => m.issues)));
  const name = (r: Problem) => defectName(r.defectCode, r.defectName);
  const defect = (r: Problem) => (
    <span className="problem-defect">
      <span className="problem-code">{r.defectCode}</span> {name(r)}
    </span>
  );
  const trend = (r: Problem) => <MonthTrend months={months} trend={r.trend} most={most} />;
  const open = (r: Problem) => (
    <Button size="small" type={chosen === r.defectCode ? 'primary' : 'default'} aria-pressed={chosen === r.defectCode} aria-label={`${t('common.open')}：${r.defectCode} ${name(r)}`} onClick={(e) => {
        e.stopPropagation(); // the row's own click chooses it too
        onChoose(r.defectCode);
      }}
    >
      {chosen === r.defectCode ? t('common.chosen') : t('common.open')}
    </Button>
  );
  if (!screens.md) {
    return (
      <List
        dataSource={rows}
        renderItem={(r) => (
          <List.Item key={r.defectCode} className="problem-card-item">
            <Card size="small" className={`problem-card${chosen === r.defectCode ? ' problem-chosen' : ''}`} title={defect(r)}>
              <div className="problem-figures">
                {t('common.suppliers')} {t('common.suppliersValue', { count: r.suppliers })} · {t('common.issues')} {t('common.issuesValue', { count: r.issues })}
              </div>
              <div className="problem-trend-line">
                <span className="problems-over">{t('common.trend')}</span>
                {trend(r)}
              </div>
              {open(r)}
            </Card>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<Problem>
      rowKey="defectCode"
      size="small"
      pagination={false}
      dataSource={rows}
      rowClassName={(r) => (chosen === r.defectCode ? 'problem-chosen' : '')}
      onRow={(r) => ({ onClick: () => onChoose(r.defectCode), className: 'problem-row' })}
      columns={[
        { key: 'defect', title: t('common.defect'), render: (_, r) => defect(r) },
        { key: 'suppliers', title: t('common.suppliers'), align: 'right', render: (_, r) => t('common.suppliersValue', { count: r.suppliers }) },
        { key: 'issues', title: t('common.issues'), align: 'right', render: (_, r) => t('common.issuesValue', { count: r.issues }) },
        { key: 'trend', title: t('common.trend'), render: (_, r) => trend(r) },
        { key: 'open', title: '', render: (_, r) => open(r) },
      ]}
    />
  );
}
