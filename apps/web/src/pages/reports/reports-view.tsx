import { FileTextOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, List, Progress, Select, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf } from '../../api/api-problem';
import { chinaToday, useFormat } from '../../format/format';
import type { OutcomeScopeKind, ProgramReportsQuery } from '../../gql/graphql';
import { ExportButton } from '../../ui/export-button';
import { PageEmpty, QueryState } from '../../ui/page-states';
import { useProblemText } from '../../ui/problem-text';
import { ToneTag } from '../../ui/tone-tag';
import { useReportName } from './report-content';
import { ReportsDocument, RequestReportDocument } from './report-documents';
import './reports.css';
import { useScreens } from '../../ui/use-screens';

type Report = ProgramReportsQuery['programReports'][number];
const POLL_MS = 1500;
/** Years a report can be asked for: this China year and the four before it. */
const YEARS = 5;

/** A group of the scopes a report may be asked for; each option's value is `KIND:id`. */
export interface ScopeGroup {
  label: string;
  options: { value: string; label: string }[];
}

/** What a workspace's reports page says and offers; the rest is the same for every workspace. */
export interface ReportsViewProps {
  /** The page's address: a report prints at `${base}/:id/print`. */
  base: string;
  intro: string;
  hint: string;
  placeholder: string;
  scopes: { groups: ScopeGroup[]; fetching: boolean; error?: unknown; retry: () => void };
}

/** Annual reports: ask for one of a scope the reader may see, follow it being built, download or print it. */
export function ReportsView({ base, intro, hint, placeholder, scopes }: ReportsViewProps) {
  const { t } = useTranslation('reports');
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
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <RequestReport hint={hint} placeholder={placeholder} scopes={scopes} onRequested={() => reexecute({ requestPolicy: 'network-only' })} />
      <section aria-labelledby="reports-list" className="reports-section">
        <Typography.Title level={2} id="reports-list" className="section-title">
          {t('list.title')}
        </Typography.Title>
        <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => d.programReports.length === 0} empty={<PageEmpty title={t('list.empty')} hint={t('list.emptyHint')} />}>
          {(data) => <ReportRows reports={data.programReports} base={base} />}
        </QueryState>
      </section>
    </div>
  );
}

function RequestReport({ hint, placeholder, scopes, onRequested }: Pick<ReportsViewProps, 'hint' | 'placeholder' | 'scopes'> & { onRequested: () => void }) {
  const { t } = useTranslation('reports');
  const describe = useProblemText();
  const [form] = Form.useForm<{ scope: string; year: number }>();
  const [state, request] = useMutation(RequestReportDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const thisYear = Number(chinaToday().slice(0, 4));
  const options = scopes.groups.filter((g) => g.options.length > 0);
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
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      {scopes.error !== undefined && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('request.scopesFailed', { problem: problemsOf(scopes.error).map(describe).join(' ') })}
          action={
            <Button size="small" onClick={scopes.retry}>
              {t('request.retry')}
            </Button>
          }
          className="form-alert"
        />
      )}
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <Form form={form} layout="inline" className="reports-request" onFinish={(v) => void send(v)} initialValues={{ year: thisYear }}>
        <Form.Item name="scope" label={t('request.scope')} rules={[{ required: true, message: t('request.scopeRequired') }]}>
          <Select className="reports-scope" loading={scopes.fetching} options={options} placeholder={placeholder} showSearch={{ optionFilterProp: 'label' }} />
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

function ReportRows({ reports, base }: { reports: Report[]; base: string }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const screens = useScreens();
  const nameOf = useReportName();
  const title = (r: Report) => t('list.name', { scope: nameOf(r), year: r.year });
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
        <Link to={`${base}/${r.id}/print`} aria-label={`${t('list.print')}：${title(r)}`}>
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
