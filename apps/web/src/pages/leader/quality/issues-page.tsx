import { Alert, Button, Card, List, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { LeaderIssuesQuery } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { SEVERITY_COLOUR } from '../../supplier/actions/action-colours';
import { RequireWorkspace } from '../../workspace-guard';
import { ReportIssueDrawer } from './report-issue-drawer';
import './leader-quality.css';
import { useScreens } from '../../../ui/use-screens';

const IssuesDocument = graphql(`
  query LeaderIssues($filter: IssueListFilterInput, $after: String) {
    qualityIssues(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          defectCode
          severity
          status
          detectedAt
        }
      }
    }
  }
`);

type Filter = 'OPEN' | 'overdue' | 'CLOSED' | 'CANCELLED';
const FILTERS: Filter[] = ['OPEN', 'overdue', 'CLOSED', 'CANCELLED'];
type Row = LeaderIssuesQuery['qualityIssues']['edges'][number]['node'];
export const ISSUE_STATUS_COLOUR = { OPEN: '#0958d9', CLOSED: '#595959', CANCELLED: '#595959' } as const;

/** The chain's quality issues, newest first, and the way to report a new one with its 8D requests. */
export function IssuesPage() {
  return (
    <RequireWorkspace workspace="leader">
      <Issues />
    </RequireWorkspace>
  );
}

function Issues() {
  const { t } = useTranslation('leader-quality');
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const chainId = viewer.ledChains[0].id;
  const filter = (FILTERS.includes(params.get('filter') as Filter) ? params.get('filter') : 'OPEN') as Filter;
  const [after, setAfter] = useState<string | undefined>();
  const [reporting, setReporting] = useState(false);
  const mayAct = viewer.can('ENTERPRISE_ADMIN') || viewer.can('QUALITY_ENGINEER');
  const variables = { filter: { chainId, ...(filter === 'overdue' ? { overdue: true } : { status: filter }) }, after };
  const [result, reexecute] = useQuery({ query: IssuesDocument, variables });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <div className="leader-quality-page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('title')}
        </Typography.Title>
        {mayAct && (
          <Button type="primary" onClick={() => setReporting(true)}>
            {t('report.open')}
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {!mayAct && <Alert type="info" showIcon title={t('readOnly')} className="form-alert" />}
      <Segmented<Filter>
        className="quality-filter"
        aria-label={t('filter.label')}
        value={filter}
        onChange={(value) => {
          setAfter(undefined);
          setParams(value === 'OPEN' ? {} : { filter: value });
        }}
        options={FILTERS.map((f) => ({ value: f, label: t(`filter.${f}`) }))}
      />
      <QueryState result={result} onRetry={refresh} isEmpty={(d) => d.qualityIssues.totalCount === 0} empty={<PageEmpty title={t('empty.title')} hint={mayAct ? t('empty.hint') : undefined} />}>
        {(data) => (
          <>
            <IssueRows rows={data.qualityIssues.edges.map((e) => e.node)} />
            {data.qualityIssues.pageInfo.hasNextPage && (
              <Button className="quality-more" onClick={() => setAfter(data.qualityIssues.pageInfo.endCursor ?? undefined)}>
                {t('more', { ns: 'onboarding' })}
              </Button>
            )}
          </>
        )}
      </QueryState>
      {mayAct && <ReportIssueDrawer chainId={chainId} open={reporting} onClose={() => setReporting(false)} onReported={refresh} />}
    </div>
  );
}

function IssueRows({ rows }: { rows: Row[] }) {
  const { t } = useTranslation(['leader-quality', 'actions']);
  const format = useFormat();
  const screens = useScreens();
  const title = (r: Row) => (
    <Link to={`/leader/issues/${r.id}`} className="action-link">
      {r.title}
    </Link>
  );
  const severity = (r: Row) => <Tag color={SEVERITY_COLOUR[r.severity]}>{t(`severity.${r.severity}`, { ns: 'actions' })}</Tag>;
  const status = (r: Row) => <Tag color={ISSUE_STATUS_COLOUR[r.status]}>{t(`issueStatus.${r.status}`)}</Tag>;
  if (!screens.md) {
    return (
      <List
        dataSource={rows}
        renderItem={(r) => (
          <List.Item key={r.id}>
            <Card size="small" className="issue-card">
              {title(r)}
              <div className="action-card-line">
                <span>
                  {severity(r)}
                  {status(r)}
                </span>
                <span className="action-card-date">
                  {r.defectCode} · {format.date(r.detectedAt)}
                </span>
              </div>
            </Card>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<Row>
      rowKey="id"
      pagination={false}
      dataSource={rows}
      columns={[
        { key: 'title', title: t('columns.title'), render: (_, r) => title(r) },
        { key: 'defect', title: t('columns.defect'), render: (_, r) => r.defectCode },
        { key: 'severity', title: t('columns.severity'), render: (_, r) => severity(r) },
        { key: 'detected', title: t('columns.detected'), render: (_, r) => format.date(r.detectedAt) },
        { key: 'status', title: t('columns.status'), render: (_, r) => status(r) },
      ]}
    />
  );
}
