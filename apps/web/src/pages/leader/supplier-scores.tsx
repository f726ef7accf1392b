import { Input, Segmented, Table, Typography, type TableColumnsType } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../format/format';
import { graphql } from '../../gql';
import type { LeaderScorecardsQuery } from '../../gql/graphql';
import { ExportButton } from '../../ui/export-button';
import { PageEmpty, QueryState } from '../../ui/page-states';
import { ToneTag } from '../../ui/tone-tag';
import { lastDayOf } from '../../format/format';
import { componentFigure, GRADE_TONE, GRADES, spanDays, SPANS, type Span } from './scorecard';

const ScorecardsDocument = graphql(`
  query LeaderScorecards($chainId: ID!, $from: Date!, $to: Date!) {
    supplierScorecards(chainId: $chainId, from: $from, to: $to) {
      supplierEnterpriseId
      supplierName
      tier
      membershipStatus
      grade
      score
      lotsInspected
      lotPassRate
      firstPassYield
      ppm
      components {
        name
        value
        included
        weightUsed
        points
      }
      correctiveActions {
        supplierEnterpriseId
        opened
        overdueNow
      }
    }
  }
`);

type Row = LeaderScorecardsQuery['supplierScorecards'][number];

/** Nulls (no data) sort last whichever way the column is sorted (antd reverses the comparison for descending). */
const byNumber =
  (pick: (r: Row) => number | null | undefined) =>
  (a: Row, b: Row, order?: SortOrder): number => {
    const [x, y] = [pick(a), pick(b)];
    if (x == null || y == null) return x == null && y == null ? 0 : (x == null ? 1 : -1) * (order === 'descend' ? -1 : 1);
    return x - y;
  };

/** Every supplier of the chain with its grade, score and the figures behind it, sortable and filterable, and the same table as an Excel file. */
export function SupplierScores({ chainId, chainName }: { chainId: string; chainName: string }) {
  const { t } = useTranslation('leader');
  const format = useFormat();
  const [span, setSpan] = useState<Span>('month');
  const [search, setSearch] = useState('');
  const days = useMemo(() => spanDays(span), [span]);
  const [result, reexecute] = useQuery({ query: ScorecardsDocument, variables: { chainId, ...days } });
  const over = t('scores.over', { from: format.date(days.from), to: format.date(lastDayOf(days)) });

  const columns: TableColumnsType<Row> = [
    {
      key: 'supplier',
      title: t('scores.supplier'),
      // The supplier's page opens on the same period, so its figures match this row.
      render: (_, r) => <Link to={`/leader/suppliers/${r.supplierEnterpriseId}${span === 'month' ? '' : `?span=${span}`}`}>{r.supplierName}</Link>,
      sorter: (a, b) => a.supplierName.localeCompare(b.supplierName, 'zh-CN'),
    },
    { key: 'tier', title: t('scores.tier'), render: (_, r) => r.tier, filters: [1, 2, 3].map((n) => ({ text: n, value: n })), onFilter: (v, r) => r.tier === v, sorter: (a, b) => a.tier - b.tier },
    {
      key: 'grade',
      title: t('scores.grade'),
      render: (_, r) => (r.grade ? <ToneTag tone={GRADE_TONE[r.grade]}>{r.grade}</ToneTag> : <span className="stat-scope">{t('scores.noGrade')}</span>),
      filters: GRADES.map((g) => ({ text: g, value: g })),
      onFilter: (v, r) => r.grade === v,
      sorter: byNumber((r) => r.score),
    },
    { key: 'score', title: t('scores.score'), align: 'right', render: (_, r) => (r.score === null || r.score === undefined ? '—' : r.score.toFixed(1)), sorter: byNumber((r) => r.score), defaultSortOrder: 'ascend' },
    { key: 'lotPassRate', title: t('scores.lotPassRate'), align: 'right', render: (_, r) => format.percent(r.lotPassRate), sorter: byNumber((r) => r.lotPassRate) },
    { key: 'fpy', title: t('scores.firstPassYield'), align: 'right', render: (_, r) => format.percent(r.firstPassYield), sorter: byNumber((r) => r.firstPassYield) },
    { key: 'ppm', title: t('scores.ppm'), align: 'right', render: (_, r) => format.ppm(r.ppm), sorter: byNumber((r) => r.ppm) },
    { key: 'lots', title: t('scores.lots'), align: 'right', render: (_, r) => format.count(r.lotsInspected), sorter: (a, b) => a.lotsInspected - b.lotsInspected },
    {
      key: 'actions',
      title: t('scores.actions'),
      align: 'right',
      render: (_, r) => (
        <span className={r.correctiveActions.overdueNow ? 'due-overdue' : undefined}>{t('scores.actionsValue', { opened: r.correctiveActions.opened, overdue: r.correctiveActions.overdueNow })}</span>
      ),
      sorter: (a, b) => a.correctiveActions.overdueNow - b.correctiveActions.overdueNow,
    },
  ];

  return (
    <section className="home-section" aria-labelledby={`scores-${chainId}`}>
      <div className="page-header">
        <Typography.Title level={3} id={`scores-${chainId}`} className="home-section-title">
          {t('scores.title')}
        </Typography.Title>
        <ExportButton path="/exports/suppliers.xlsx" params={{ chainId, ...days }} fileName={t('scores.fileName', { chain: chainName, from: days.from })} label={t('scores.export')} />
      </div>
      <div className="scores-controls">
        <Segmented<Span> aria-label={t('scores.span')} value={span} onChange={setSpan} options={SPANS.map((s) => ({ value: s, label: t(`scores.spans.${s}`) }))} />
        <Input.Search aria-label={t('scores.search')} placeholder={t('scores.search')} allowClear onChange={(e) => setSearch(e.target.value.trim())} className="scores-search" />
      </div>
      <p className="stat-scope">{over}</p>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.supplierScorecards.length === 0}
        empty={<PageEmpty title={t('scores.empty')} hint={t('scores.emptyHint')} />}
      >
        {(data) => (
          <div className="scores-table" role="region" aria-label={t('scores.tableLabel', { over })} tabIndex={0}>
            <Table<Row>
              rowKey="supplierEnterpriseId"
              size="small"
              columns={columns}
              dataSource={data.supplierScorecards.filter((r) => !search || r.supplierName.toLowerCase().includes(search.toLowerCase()))}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              expandable={{ expandedRowRender: (r) => <Components row={r} /> }}
              scroll={{ x: 900 }}
            />
          </div>
        )}
      </QueryState>
    </section>
  );
}

/** What a score is made of: each component's figure, the share of the score it carries and the points it earned. */
function Components({ row }: { row: Row }) {
  const { t } = useTranslation('leader');
  const format = useFormat();
  return (
    <ul className="score-components">
      {row.components.map((c) => (
        <li key={c.name}>
          {c.included
            ? t('scores.component', { name: t(`scores.components.${c.name}`), value: componentFigure(c, format), weight: format.percent(c.weightUsed), points: c.points.toFixed(1) })
            : t('scores.componentLeftOut', { name: t(`scores.components.${c.name}`) })}
        </li>
      ))}
    </ul>
  );
}
