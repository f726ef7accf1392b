import { Alert, Button, Card, Collapse, List, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { problemsOf } from '../../../api/api-problem';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { LeaderSamplingStatesQuery, SamplingSeverity } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { useProblemText } from '../../../ui/problem-text';
import { EndReducedDialog } from './end-reduced-dialog';
import { SwitchingHistory } from './switching-history';
import { useScreens } from '../../../ui/use-screens';

const StatesDocument = graphql(`
  query LeaderSamplingStates($chainId: ID!, $after: String) {
    samplingStates(chainId: $chainId, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          partNumber
          supplierEnterpriseId
          severity
          severitySince
          switchingScore
          consecutiveAccepted
          cumulativeRejectedUnderTightened
          discontinued
          eligibleForReduced
          reducedApprovedAt
          lastEvent
          lastLotInspectedAt
        }
      }
    }
    industryChain(id: $chainId) {
      id
      memberships(first: 100) {
        edges {
          node {
            id
            enterprise {
              id
              name
            }
          }
        }
      }
    }
  }
`);
const ApproveDocument = graphql(`
  mutation LeaderApproveReduced($chainId: ID!, $supplierEnterpriseId: ID!, $partNumber: String!) {
    approveReducedInspection(chainId: $chainId, supplierEnterpriseId: $supplierEnterpriseId, partNumber: $partNumber) {
      id
      severity
      eligibleForReduced
      reducedApprovedAt
      ...LeaderSamplingHistory
    }
  }
`);
const ResumeDocument = graphql(`
  mutation LeaderResumeInspection($chainId: ID!, $supplierEnterpriseId: ID!, $partNumber: String!) {
    resumeInspection(chainId: $chainId, supplierEnterpriseId: $supplierEnterpriseId, partNumber: $partNumber) {
      id
      severity
      discontinued
      ...LeaderSamplingHistory
    }
  }
`);

type State = LeaderSamplingStatesQuery['samplingStates']['edges'][number]['node'];
const SEVERITY_COLOUR: Record<SamplingSeverity, string> = { NORMAL: '#0958d9', TIGHTENED: '#ad4e00', REDUCED: '#237804' };

/** Each supplier part's switching state under GB/T 2828.1-2012 clause 9, with the leader's two decisions: approve reduced inspection, resume after discontinuation. */
export function SwitchingStates({ chainId, mayAct }: { chainId: string; mayAct: boolean }) {
  const { t } = useTranslation('leader-inspection');
  const format = useFormat();
  const describe = useProblemText();
  const screens = useScreens();
  const [after, setAfter] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [ending, setEnding] = useState<State | null>(null);
  const [result, reexecute] = useQuery({ query: StatesDocument, variables: { chainId, after } });
  const [approving, approve] = useMutation(ApproveDocument);
  const [resuming, resume] = useMutation(ResumeDocument);
  const names = new Map((result.data?.industryChain.memberships.edges ?? []).flatMap((e) => (e.node.enterprise ? [[e.node.enterprise.id, e.node.enterprise.name] as const] : [])));
  const act = async (s: State, what: 'approve' | 'resume') => {
    setProblem(null);
    const variables = { chainId, supplierEnterpriseId: s.supplierEnterpriseId, partNumber: s.partNumber };
    const r = what === 'approve' ? await approve(variables) : await resume(variables);
    if (r.error) setProblem(problemsOf(r.error).map(describe).join(' '));
    else reexecute({ requestPolicy: 'network-only' });
  };
  const state = (s: State) => (
    <>
      {s.discontinued ? <Tag color="#a8071a">{t('state.discontinued')}</Tag> : <Tag color={SEVERITY_COLOUR[s.severity]}>{t(`severity.${s.severity}`)}</Tag>}
      {s.reducedApprovedAt && s.severity === 'NORMAL' && <div className="supplier-sub">{t('state.approved')}</div>}
    </>
  );
  const history = (s: State) => <SwitchingHistory chainId={chainId} supplierEnterpriseId={s.supplierEnterpriseId} partNumber={s.partNumber} />;
  const detail = (s: State) => t('state.detail', { score: s.switchingScore, accepted: s.consecutiveAccepted, rejected: s.cumulativeRejectedUnderTightened });
  const who = (s: State) => `${names.get(s.supplierEnterpriseId) ?? '—'} · ${s.partNumber}`;
  const actions = (s: State) =>
    mayAct ? (
      <span className="supplier-actions">
        {s.eligibleForReduced && !s.reducedApprovedAt && !s.discontinued && (
          <Button size="small" onClick={() => void act(s, 'approve')} loading={approving.fetching} aria-label={`${t('state.approve')}：${who(s)}`}>
            {t('state.approve')}
          </Button>
        )}
        {s.severity === 'REDUCED' && !s.discontinued && (
          <Button size="small" onClick={() => setEnding(s)} aria-label={`${t('end.button')}：${who(s)}`}>
            {t('end.button')}
          </Button>
        )}
        {s.discontinued && (
          <Button size="small" type="primary" onClick={() => void act(s, 'resume')} loading={resuming.fetching} aria-label={`${t('state.resume')}：${who(s)}`}>
            {t('state.resume')}
          </Button>
        )}
      </span>
    ) : null;

  return (
    <section aria-labelledby="switching-heading" className="quality-section">
      <Typography.Title level={2} id="switching-heading" className="section-title">
        {t('state.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('state.intro')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      {ending && (
        <EndReducedDialog
          part={{ chainId, supplierEnterpriseId: ending.supplierEnterpriseId, partNumber: ending.partNumber }}
          who={who(ending)}
          onClose={() => setEnding(null)}
          onEnded={() => {
            setEnding(null);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => d.samplingStates.totalCount === 0} empty={<PageEmpty title={t('state.empty')} />}>
        {(data) => {
          const rows = data.samplingStates.edges.map((e) => e.node);
          return (
            <>
              {screens.md ? (
                <Table<State>
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={rows}
                  expandable={{ expandedRowRender: history, expandRowByClick: false, columnTitle: t('state.history') }}
                  columns={[
                    { key: 'supplier', title: t('state.supplier'), render: (_, s) => names.get(s.supplierEnterpriseId) ?? '—' },
                    { key: 'part', title: t('state.part'), render: (_, s) => s.partNumber },
                    { key: 'state', title: t('state.state'), render: (_, s) => state(s) },
                    { key: 'since', title: t('state.since'), render: (_, s) => (s.severitySince ? format.date(s.severitySince) : '—') },
                    { key: 'detail', title: t('state.counts'), render: (_, s) => detail(s) },
                    { key: 'last', title: t('state.lastLot'), render: (_, s) => (s.lastLotInspectedAt ? format.dateTime(s.lastLotInspectedAt) : '—') },
                    ...(mayAct ? [{ key: 'actions', title: '', render: (_: unknown, s: State) => actions(s) }] : []),
                  ]}
                />
              ) : (
                <List
                  dataSource={rows}
                  renderItem={(s) => (
                    <List.Item key={s.id}>
                      <Card size="small" className="supplier-card" title={who(s)} extra={state(s)}>
                        <div className="supplier-sub">{detail(s)}</div>
                        {actions(s)}
                        <Collapse ghost size="small" items={[{ key: 'history', label: t('state.history'), children: history(s) }]} />
                      </Card>
                    </List.Item>
                  )}
                />
              )}
              {data.samplingStates.pageInfo.hasNextPage && (
                <Button className="quality-more" onClick={() => setAfter(data.samplingStates.pageInfo.endCursor ?? undefined)}>
                  {t('next')}
                </Button>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
