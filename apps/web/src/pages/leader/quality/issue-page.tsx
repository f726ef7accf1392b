import { Alert, Button, Card, Descriptions, List, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { problemsOf } from '../../../api/api-problem';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { LeaderIssueQuery } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { ToneTag } from '../../../ui/tone-tag';
import { useProblemText } from '../../../ui/problem-text';
import { currentStep } from '../../supplier/actions/action-clock';
import { SEVERITY_COLOUR, STATUS_COLOUR } from '../../supplier/actions/action-colours';
import { DueClock } from '../../supplier/actions/due-clock';
import { RequireWorkspace } from '../../workspace-guard';
import { ISSUE_STATUS_COLOUR } from './issues-page';
import { LinkedLotsSection } from './linked-lots';
import { IssueChoicesDocument } from './report-issue-drawer';
import './leader-quality.css';
import { useScreens } from '../../../ui/use-screens';

const IssueDocument = graphql(`
  query LeaderIssue($id: ID!) {
    qualityIssue(id: $id) {
      id
      chainId
      title
      description
      defectCode
      severity
      source
      status
      detectedAt
      lots {
        id
        lotNumber
        partNumber
        supplierEnterpriseId
        stage
        inspectedAt
        unitsSampled
        nonconformingUnits
        decision
      }
      correctiveActions(first: 100) {
        edges {
          node {
            id
            status
            requestedAt
            escalationLevel
            supplier {
              id
              name
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
  }
`);

const RequestDocument = graphql(`
  mutation LeaderRequestAction($issueId: ID!, $supplierEnterpriseId: ID!) {
    requestCorrectiveAction(issueId: $issueId, supplierEnterpriseId: $supplierEnterpriseId) {
      id
    }
  }
`);

type Issue = LeaderIssueQuery['qualityIssue'];
type Action = Issue['correctiveActions']['edges'][number]['node'];

/** One quality issue: what was found, and each supplier's 8D with its step and clock. */
export function IssuePage() {
  const { issueId = '' } = useParams();
  const [result, reexecute] = useQuery({ query: IssueDocument, variables: { id: issueId } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <RequireWorkspace workspace="leader">
      <div className="leader-quality-page">
        <QueryState result={result} onRetry={refresh} rows={8}>
          {(data) => <IssueView issue={data.qualityIssue} onChanged={refresh} />}
        </QueryState>
      </div>
    </RequireWorkspace>
  );
}

function IssueView({ issue, onChanged }: { issue: Issue; onChanged: () => void }) {
  const { t } = useTranslation(['leader-quality', 'actions']);
  const format = useFormat();
  const screens = useScreens();
  const viewer = useViewer();
  const mayAct = viewer.can('ENTERPRISE_ADMIN') || viewer.can('QUALITY_ENGINEER');
  const actions = issue.correctiveActions.edges.map((e) => e.node);
  // Lots name their supplier by id; the chain's members give the names (those asked for an 8D among them).
  const [choices] = useQuery({ query: IssueChoicesDocument, variables: { chainId: issue.chainId } });
  const names = new Map([
    ...(choices.data?.industryChain.memberships.edges ?? []).flatMap((e) => (e.node.enterprise ? [[e.node.enterprise.id, e.node.enterprise.name] as const] : [])),
    ...actions.map((a) => [a.supplier.id, a.supplier.name] as const),
  ]);
  return (
    <>
      <Link to="/leader/issues" className="quality-back">
        {t('issue.back')}
      </Link>
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {issue.title}
        </Typography.Title>
        <span>
          <Tag color={SEVERITY_COLOUR[issue.severity]}>{t(`severity.${issue.severity}`, { ns: 'actions' })}</Tag>
          <Tag color={ISSUE_STATUS_COLOUR[issue.status]}>{t(`issueStatus.${issue.status}`)}</Tag>
        </span>
      </div>
      <Card size="small" className="action-summary">
        {issue.description && <p className="action-description">{issue.description}</p>}
        <Descriptions size="small" column={screens.md ? 3 : 1}>
          <Descriptions.Item label={t('columns.defect')}>{issue.defectCode}</Descriptions.Item>
          <Descriptions.Item label={t('report.source')}>{t(`report.sources.${issue.source}`)}</Descriptions.Item>
          <Descriptions.Item label={t('columns.detected')}>{format.dateTime(issue.detectedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Typography.Title level={2} className="section-title">
        {t('issue.actions')}
      </Typography.Title>
      {actions.length ? <ActionRows actions={actions} wide={screens.md} /> : <PageEmpty title={t('issue.noActions')} />}
      <LinkedLotsSection lots={issue.lots} names={names} />
      {mayAct && issue.status === 'OPEN' && <RequestMore issue={issue} asked={actions.map((a) => a.supplier.id)} onRequested={onChanged} />}
    </>
  );
}

function ActionRows({ actions, wide }: { actions: Action[]; wide: boolean }) {
  const { t } = useTranslation(['leader-quality', 'actions']);
  const stepOf = (a: Action) => {
    const step = currentStep([...a.steps].sort((x, y) => x.step.localeCompare(y.step)));
    if (a.status !== 'OPEN' || !step) return '—';
    return step.status === 'SUBMITTED' ? t('issue.awaiting', { step: t(`step.${step.step}`, { ns: 'actions' }) }) : t(`step.${step.step}`, { ns: 'actions' });
  };
  const clock = (a: Action) => <DueClock actionStatus={a.status} step={currentStep([...a.steps].sort((x, y) => x.step.localeCompare(y.step)))} />;
  const status = (a: Action) => (
    <>
      <Tag color={STATUS_COLOUR[a.status]}>{t(`status.${a.status}`, { ns: 'actions' })}</Tag>
      {a.status === 'OPEN' && a.escalationLevel > 0 && <ToneTag tone="orange">{t('issue.escalated', { level: a.escalationLevel })}</ToneTag>}
    </>
  );
  const open = (a: Action) => (
    <Link to={`/leader/actions/${a.id}`} aria-label={`${t('issue.open')}：${a.supplier.name}`}>
      {t('issue.open')}
    </Link>
  );
  if (!wide) {
    return (
      <List
        dataSource={actions}
        renderItem={(a) => (
          <List.Item key={a.id}>
            <Card size="small" className="issue-card" title={a.supplier.name} extra={status(a)}>
              <div className="action-card-line">
                <span>{stepOf(a)}</span>
                {clock(a)}
              </div>
              <div className="action-card-line">{open(a)}</div>
            </Card>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<Action>
      rowKey="id"
      pagination={false}
      dataSource={actions}
      columns={[
        { key: 'supplier', title: t('issue.supplier'), render: (_, a) => a.supplier.name },
        { key: 'step', title: t('issue.step'), render: (_, a) => stepOf(a) },
        { key: 'clock', title: t('issue.clock'), render: (_, a) => clock(a) },
        { key: 'status', title: t('issue.status'), render: (_, a) => status(a) },
        { key: 'open', title: '', render: (_, a) => open(a) },
      ]}
    />
  );
}

function RequestMore({ issue, asked, onRequested }: { issue: Issue; asked: string[]; onRequested: () => void }) {
  const { t } = useTranslation('leader-quality');
  const describe = useProblemText();
  const [supplier, setSupplier] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [choices] = useQuery({ query: IssueChoicesDocument, variables: { chainId: issue.chainId } });
  const [state, request] = useMutation(RequestDocument);
  const options = (choices.data?.industryChain.memberships.edges ?? [])
    .map((e) => e.node.enterprise)
    .filter((e): e is { id: string; name: string } => !!e && !asked.includes(e.id))
    .map((e) => ({ value: e.id, label: e.name }));
  const send = async () => {
    setProblem(null);
    const r = await request({ issueId: issue.id, supplierEnterpriseId: supplier! });
    if (r.error) return setProblem(problemsOf(r.error).map(describe).join(' '));
    setSupplier(undefined);
    onRequested();
  };
  return (
    <section className="request-more" aria-labelledby="request-more">
      <Typography.Title level={3} id="request-more" className="section-title">
        {t('issue.requestMore')}
      </Typography.Title>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <div className="request-more-fields">
        <Select aria-label={t('issue.requestSupplier')} value={supplier} onChange={setSupplier} options={options} showSearch={{ optionFilterProp: 'label' }} className="request-more-select" />
        <Button onClick={() => void send()} disabled={!supplier} loading={state.fetching}>
          {t('issue.request')}
        </Button>
      </div>
    </section>
  );
}
