import { FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Grid, List, Progress, Select, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf } from '../../../api/api-problem';
import { chinaToday, useFormat } from '../../../format/format';
import type { CoordinatorReportsQuery, OutcomeScopeKind } from '../../../gql/graphql';
import { ExportButton } from '../../../ui/export-button';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { useProblemText } from '../../../ui/problem-text';
import { ToneTag } from '../../../ui/tone-tag';
import { RequireWorkspace } from '../../workspace-guard';
import { ReportScopesDocument, ReportsDocument, RequestReportDocument } from './report-documents';
import './reports.css';

type Report = CoordinatorReportsQuery['programReports'][number];
const POLL_MS = 1500;
/** Years a report can be asked for: this China year and the four before it. */
const YEARS = 5;

/** The coordinator's annual reports: ask for one of a watched region, cluster or programme, follow it being built, download or print it. */
export function ReportsPage() {
  return (
    <RequireWorkspace workspace="coordinator">
      <Reports />
    </RequireWorkspace>
  );
}

function Reports() {
  const { t } = useTranslation('coordinator-reports');
  const [result, reexecute] = useQuery({ query: ReportsDocument, requestPolicy: 'cache-and-network' });
  const building = (result.data?.programReports ?? []).some((r) => r.status === 'QUEUED' || r.status === 'RUNNING');
  // Follows the reports being built until they are done.
  useEffect(() => {
    if (!building || result.fetching) return;
    const timer = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [building, result.fetching, result.data, reexecute]);
  return (
    <div className="reports-page">
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <RequestReport onRequested={() => reexecute({ requestPolicy: 'network-only' })} />
      <section aria-labelledby="reports-list" className="reports-section">
        <Typography.Title level={2} id="reports-list" className="section-title">
          {t('list.title')}
        </Typography.Title>
        <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => d.programReports.length === 0} empty={<PageEmpty title={t('list.empty')} hint={t('list.emptyHint')} />}>
          {(data) => <ReportRows reports={data.programReports} />}
        </QueryState>
      </section>
    </div>
  );
}

function RequestReport({ onRequested }: { onRequested: () => void }) {
  const { t } = useTranslation('coordinator-reports');
  const describe = useProblemText();
  const [form] = Form.useForm<{ scope: string; year: number }>();
  const [scopes] = useQuery({ query: ReportScopesDocument });
  const [state, request] = useMutation(RequestReportDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const thisYear = Number(chinaToday().slice(0, 4));
  const data = scopes.data;
  const options = [
    { label: t('request.regions'), options: (data?.myCoordinatorAssignment?.regions ?? []).map((r) => ({ value: `REGION:${r.code}`, label: r.name })) },
    { label: t('request.clusters'), options: (data?.industryClusters.edges ?? []).map((e) => ({ value: `CLUSTER:${e.node.id}`, label: e.node.name })) },
    { label: t('request.pilots'), options: (data?.pilotPrograms ?? []).map((p) => ({ value: `PILOT:${p.id}`, label: p.name })) },
  ].filter((g) => g.options.length > 0);
  const send = async ({ scope, year }: { scope: string; year: number }) => {
    setProblem(null);
    const [kind, id] = scope.split(/:(.*)/s) as [OutcomeScopeKind, string];
    const r = await request({ scope: { kind, id }, year });
    if (r.error) return setProblem(problemsOf(r.error).map(describe).join(' '));
    onRequested();
  };
  return (
    <section aria-labelledby="reports-request" className="reports-section">
      <Typography.Title level={2} id="reports-request" className="section-title">
        {t('request.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('request.hint')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <Form form={form} layout="inline" className="reports-request" onFinish={(v) => void send(v)} initialValues={{ year: thisYear }}>
        <Form.Item name="scope" label={t('request.scope')} rules={[{ required: true, message: t('request.scopeRequired') }]}>
          <Select className="reports-scope" loading={scopes.fetching} options={options} placeholder={t('request.scopePlaceholder')} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
        <Form.Item name="year" label={t('request.year')}>
          <Select className="reports-year" options={Array.from({ length: YEARS }, (_, i) => ({ value: thisYear - i, label: t('request.yearN', { year: thisYear - i }) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<FileTextOutlined />} loading={state.fetching}>
          {t('request.submit')}
        </Button>
      </Form>
    </section>
  );
}

function ReportRows({ reports }: { reports: Report[] }) {
  const { t } = useTranslation('coordinator-reports');
  const format = useFormat();
  const screens = Grid.useBreakpoint();
  const title = (r: Report) => t('list.name', { scope: r.scopeName, year: r.year });
  const status = (r: Report) =>
    r.status === 'DONE' ? (
      <ToneTag tone="green">{t('status.DONE')}</ToneTag>
    ) : r.status === 'FAILED' ? (
      <span>
        <ToneTag tone="red">{t('status.FAILED')}</ToneTag> {r.error}
      </span>
    ) : (
      <Progress percent={r.progress} status="active" size="small" aria-label={t('list.progress', { name: title(r) })} format={(p) => (r.status === 'QUEUED' ? t('status.QUEUED') : `${p}%`)} />
    );
  const actions = (r: Report) =>
    r.status === 'DONE' ? (
      <span className="reports-actions">
        <ExportButton path={r.files[0].url} params={{}} fileName={`${title(r)}.xlsx`} label={t('list.download')} />
        <Link to={`/region/reports/${r.id}/print`} aria-label={`${t('list.print')}：${title(r)}`}>
          {t('list.print')}
        </Link>
      </span>
    ) : null;
  const asked = (r: Report) => t('list.asked', { name: r.requesterName, at: format.dateTime(r.createdAt) });
  if (!screens.md) {
    return (
      <List
        dataSource={reports}
        renderItem={(r) => (
          <List.Item key={r.id}>
            <Card size="small" className="reports-card" title={title(r)}>
              <div>{status(r)}</div>
              <div className="reports-asked">{asked(r)}</div>
              {actions(r)}
            </Card>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<Report>
      rowKey="id"
      pagination={false}
      dataSource={reports}
      columns={[
        { key: 'name', title: t('list.report'), render: (_, r) => title(r) },
        { key: 'asked', title: t('list.requested'), render: (_, r) => asked(r) },
        { key: 'status', title: t('list.status'), width: 220, render: (_, r) => status(r) },
        { key: 'actions', title: '', render: (_, r) => actions(r) },
      ]}
    />
  );
}
