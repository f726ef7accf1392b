import { Button, Card, List, Segmented, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { SupplierActionListQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { currentStep, isHandedIn } from './action-clock';
import { SEVERITY_COLOUR, STATUS_COLOUR } from './action-colours';
import { DueClock } from './due-clock';
import './actions.css';
import { useScreens } from '../../../ui/use-screens';

const ActionListDocument = graphql(`
  query SupplierActionList($filter: ActionFilterInput, $first: Int, $after: String) {
    correctiveActions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          requestedAt
          closedAt
          issue {
            id
            title
            defectCode
            severity
          }
          steps {
            id
            step
            status
            dueAt
          }
        }
      }
    }
  }
`);

type Filter = 'open' | 'overdue' | 'closed';
const FILTERS: Filter[] = ['open', 'overdue', 'closed'];
type Row = SupplierActionListQuery['correctiveActions']['edges'][number]['node'];

/**
 * "Closed" covers every action no longer open (closed, found effective,
 * cancelled): the API filters one status at a time, so that tab asks for all
 * and keeps the rest. A supplier has few enough 8Ds for pages of 50.
 */
const variablesOf = (filter: Filter) =>
  filter === 'open' ? { filter: { status: 'OPEN' as const } } : filter === 'overdue' ? { filter: { overdue: true } } : { filter: {} };

/** The supplier's 8Ds, soonest clock first within a page; the filter is kept in the address so it survives a reload. */
export function ActionsPage() {
  const { t } = useTranslation('actions');
  const [params, setParams] = useSearchParams();
  const filter = (FILTERS.includes(params.get('filter') as Filter) ? params.get('filter') : 'open') as Filter;
  const after = params.get('after') ?? undefined;
  const [result, reexecute] = useQuery({ query: ActionListDocument, variables: { ...variablesOf(filter), first: 50, after } });

  return (
    <>
    <div className="actions-page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('title')}
        </Typography.Title>
        <Segmented<Filter>
          aria-label={t('filter.label')}
          value={filter}
          onChange={(value) => setParams(value === 'open' ? {} : { filter: value })}
          options={FILTERS.map((f) => ({ value: f, label: t(`filter.${f}`) }))}
        />
      </div>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(data) => rowsOf(data, filter).length === 0}
        empty={<PageEmpty title={t(`empty.${filter}`)} hint={t('empty.hint')} />}
      >
        {(data) => (
          <>
            <ActionRows rows={rowsOf(data, filter)} />
            {data.correctiveActions.pageInfo.hasNextPage && (
              <Button className="actions-more" onClick={() => setParams({ ...(filter === 'open' ? {} : { filter }), after: data.correctiveActions.pageInfo.endCursor ?? '' })}>
                {t('list.more')}
              </Button>
            )}
          </>
        )}
      </QueryState>
    </div>
    </>
  );
}

function rowsOf(data: SupplierActionListQuery, filter: Filter): Row[] {
  const rows = data.correctiveActions.edges.map((e) => e.node);
  return filter === 'closed' ? rows.filter((r) => r.status !== 'OPEN') : rows;
}

function ActionRows({ rows }: { rows: Row[] }) {
  const { t } = useTranslation('actions');
  const f = useFormat();
  const screens = useScreens();
  const columns = useMemo(
    () => [
      { key: 'issue', title: t('columns.issue'), render: (_: unknown, r: Row) => <IssueCell row={r} /> },
      { key: 'severity', title: t('columns.severity'), render: (_: unknown, r: Row) => <Tag color={SEVERITY_COLOUR[r.issue.severity]}>{t(`severity.${r.issue.severity}`)}</Tag> },
      { key: 'step', title: t('columns.step'), render: (_: unknown, r: Row) => <StepText row={r} /> },
      { key: 'due', title: t('columns.due'), render: (_: unknown, r: Row) => <DueClock actionStatus={r.status} step={currentStep(r.steps)} /> },
      { key: 'status', title: t('columns.status'), render: (_: unknown, r: Row) => <Tag color={STATUS_COLOUR[r.status]}>{t(`status.${r.status}`)}</Tag> },
      { key: 'requestedAt', title: t('columns.requestedAt'), render: (_: unknown, r: Row) => f.date(r.requestedAt) },
    ],
    [t, f],
  );
  if (screens.md) return <Table<Row> rowKey="id" columns={columns} dataSource={rows} pagination={false} className="actions-table" />;
  return (
    <List
      className="actions-cards"
      dataSource={rows}
      renderItem={(r) => (
        <List.Item key={r.id}>
          <Card size="small" className="action-card">
            <IssueCell row={r} />
            <div className="action-card-line">
              <StepText row={r} />
              <DueClock actionStatus={r.status} step={currentStep(r.steps)} />
            </div>
            <div className="action-card-line">
              <span>
                <Tag color={SEVERITY_COLOUR[r.issue.severity]}>{t(`severity.${r.issue.severity}`)}</Tag>
                <Tag color={STATUS_COLOUR[r.status]}>{t(`status.${r.status}`)}</Tag>
              </span>
              <span className="action-card-date">{t('list.requested', { date: f.date(r.requestedAt) })}</span>
            </div>
          </Card>
        </List.Item>
      )}
    />
  );
}

function IssueCell({ row }: { row: Row }) {
  const { t } = useTranslation('actions');
  return (
    <div className="action-issue">
      <Link to={`/actions/${row.id}`} className="action-link">
        {row.issue.title}
      </Link>
      <div className="action-sub">{t('list.defect', { code: row.issue.defectCode })}</div>
    </div>
  );
}

function StepText({ row }: { row: Row }) {
  const { t } = useTranslation('actions');
  if (row.status !== 'OPEN') return <span>{row.status === 'CANCELLED' ? '—' : t('step.D8')}</span>;
  const step = currentStep(row.steps);
  if (!step) return <span>{t('step.D8')}</span>;
  return (
    <span>
      {t(`step.${step.step}`)}
      {isHandedIn(step.status) ? ` · ${t('list.awaitingReview')}` : step.status === 'REJECTED' ? ` · ${t('stepStatus.REJECTED')}` : ''}
    </span>
  );
}
