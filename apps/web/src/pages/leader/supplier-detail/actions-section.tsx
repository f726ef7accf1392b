import { Button, Card, Col, List, Row, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import type { LeaderSupplierActionMetricsQuery, LeaderSupplierActionsQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { StatCard } from '../../home-figures';
import { SEVERITY_COLOUR, STATUS_COLOUR } from '../../supplier/actions/action-colours';
import { chinaMidnight } from '../../supplier/quality/quality-dates';
import { lastDayOf } from '../../../format/format';
import { spanDays, type Span } from '../scorecard';
import { responseTimes } from './action-times';
import { LeaderSupplierActionMetricsDocument, LeaderSupplierActionsDocument } from './supplier-documents';
import { useScreens } from '../../../ui/use-screens';

type Action = LeaderSupplierActionsQuery['correctiveActions']['edges'][number]['node'];
type Metrics = LeaderSupplierActionMetricsQuery['correctiveActionMetrics'][number];
const PAGE_SIZE = 20;

/** The supplier's 8Ds in the chain: how fast it responds over the scorecard's period, and every 8D asked of it, newest first. */
export function ActionsSection({ chainId, supplierId, span }: { chainId: string; supplierId: string; span: Span }) {
  const { t } = useTranslation('leader-supplier');
  return (
    <section className="quality-section" aria-labelledby="supplier-actions">
      <Typography.Title level={2} id="supplier-actions" className="section-title">
        {t('actions.title')}
      </Typography.Title>
      <ResponseTimes chainId={chainId} supplierId={supplierId} span={span} />
      <ActionHistory chainId={chainId} supplierId={supplierId} />
    </section>
  );
}

function ResponseTimes({ chainId, supplierId, span }: { chainId: string; supplierId: string; span: Span }) {
  const { t } = useTranslation('leader-supplier');
  const format = useFormat();
  const days = useMemo(() => spanDays(span), [span]);
  const [result, reexecute] = useQuery({ query: LeaderSupplierActionMetricsDocument, variables: { chainId, from: chinaMidnight(days.from), to: chinaMidnight(days.to) } });
  const over = t('actions.over', { from: format.date(days.from), to: format.date(lastDayOf(days)) });
  const mine = (data: LeaderSupplierActionMetricsQuery): Metrics | undefined => data.correctiveActionMetrics.find((m) => m.supplierEnterpriseId === supplierId);
  const mean = (value: number | null | undefined, unit: 'hours' | 'days') => (value == null ? '—' : t(`actions.${unit}`, { value: value.toFixed(1) }));

  return (
    <>
      <Typography.Title level={3} className="section-subtitle">
        {t('actions.figures')}
      </Typography.Title>
      <p className="quality-over">{over}</p>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => !mine(d)}
        empty={<PageEmpty title={t('actions.noFigures')} />}
        rows={3}
      >
        {(data) => {
          const m = mine(data)!;
          return (
            <Row gutter={[16, 16]} className="response-times">
              <Col xs={24} sm={12} xl={6}>
                <StatCard title={t('actions.containment')} value={mean(m.meanHoursToContainment, 'hours')} scope={t('actions.containmentBasis')} />
              </Col>
              <Col xs={24} sm={12} xl={6}>
                <StatCard title={t('actions.closure')} value={mean(m.meanDaysToClosure, 'days')} scope={t('actions.closureBasis')} />
              </Col>
              <Col xs={24} sm={12} xl={6}>
                <StatCard title={t('actions.onTime')} value={t('actions.onTimeValue', { onTime: m.closedOnTime, closed: m.closed })} scope={t('actions.onTimeBasis', { opened: m.opened })} />
              </Col>
              <Col xs={24} sm={12} xl={6}>
                <StatCard title={t('actions.overdue')} value={format.count(m.overdueNow)} suffix={t('actions.unit')} tone={m.overdueNow ? 'overdue' : 'ok'} scope={t('actions.overdueBasis')} />
              </Col>
            </Row>
          );
        }}
      </QueryState>
    </>
  );
}

function ActionHistory({ chainId, supplierId }: { chainId: string; supplierId: string }) {
  const { t } = useTranslation('leader-supplier');
  const screens = useScreens();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const filter = useMemo(() => ({ chainId, supplierEnterpriseId: supplierId }), [chainId, supplierId]);
  const [result, reexecute] = useQuery({ query: LeaderSupplierActionsDocument, variables: { filter, first: PAGE_SIZE, after: cursors[cursors.length - 1] } });

  return (
    <>
      <Typography.Title level={3} className="section-subtitle action-history-title">
        {t('actions.history')}
      </Typography.Title>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.correctiveActions.totalCount === 0}
        empty={<PageEmpty title={t('actions.empty')} hint={t('actions.emptyHint')} />}
      >
        {(data) => {
          const actions = data.correctiveActions.edges.map((e) => e.node);
          const { pageInfo, totalCount } = data.correctiveActions;
          return (
            <>
              {screens.md ? <ActionTable actions={actions} /> : <ActionCards actions={actions} />}
              <div className="lots-pager">
                <span>
                  {t('actions.total', { count: totalCount })} · {t('actions.pageN', { n: cursors.length })}
                </span>
                {(pageInfo.hasNextPage || cursors.length > 1) && (
                  <Space>
                    <Button disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                      {t('actions.previous')}
                    </Button>
                    <Button disabled={!pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, pageInfo.endCursor ?? null])}>
                      {t('actions.next')}
                    </Button>
                  </Space>
                )}
              </div>
            </>
          );
        }}
      </QueryState>
    </>
  );
}

/** The issue, linking to the leader's review of this 8D. */
function IssueCell({ action }: { action: Action }) {
  const { t } = useTranslation('leader-supplier');
  return (
    <div>
      <Link to={`/leader/actions/${action.id}`}>{action.issue.title}</Link>
      <div className="detail-sub">{t('actions.defect', { code: action.issue.defectCode })}</div>
    </div>
  );
}

function SeverityTag({ action }: { action: Action }) {
  const { t } = useTranslation('actions');
  return <Tag color={SEVERITY_COLOUR[action.issue.severity]}>{t(`severity.${action.issue.severity}`)}</Tag>;
}

function StatusTag({ action }: { action: Action }) {
  const { t } = useTranslation('actions');
  return <Tag color={STATUS_COLOUR[action.status]}>{t(`status.${action.status}`)}</Tag>;
}

/** "12.5 小时" / "3.2 天", or a dash while not done (a cancelled 8D never is). */
function durationsOf(action: Action, t: (key: string, options: { value: string }) => string) {
  const times = responseTimes(action);
  return {
    containment: times.containmentHours === null ? '—' : t('actions.hours', { value: times.containmentHours.toFixed(1) }),
    closure: times.closureDays === null ? '—' : t('actions.days', { value: times.closureDays.toFixed(1) }),
  };
}

function ActionTable({ actions }: { actions: Action[] }) {
  const { t } = useTranslation('leader-supplier');
  const format = useFormat();
  return (
    <Table<Action>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={actions}
      columns={[
        { key: 'issue', title: t('actions.issue'), render: (_, a) => <IssueCell action={a} /> },
        { key: 'severity', title: t('actions.severity'), render: (_, a) => <SeverityTag action={a} /> },
        { key: 'status', title: t('actions.status'), render: (_, a) => <StatusTag action={a} /> },
        { key: 'requested', title: t('actions.requested'), render: (_, a) => format.date(a.requestedAt) },
        { key: 'containment', title: t('actions.containmentTime'), align: 'right', render: (_, a) => durationsOf(a, t).containment },
        { key: 'closed', title: t('actions.closed'), render: (_, a) => format.date(a.closedAt) },
        { key: 'closure', title: t('actions.closureTime'), align: 'right', render: (_, a) => durationsOf(a, t).closure },
      ]}
    />
  );
}

function ActionCards({ actions }: { actions: Action[] }) {
  const { t } = useTranslation('leader-supplier');
  const format = useFormat();
  return (
    <List
      dataSource={actions}
      renderItem={(a) => {
        const durations = durationsOf(a, t);
        return (
          <List.Item key={a.id} className="lot-card-item">
            <Card size="small" className="lot-card">
              <IssueCell action={a} />
              <div className="action-tags">
                <SeverityTag action={a} />
                <StatusTag action={a} />
              </div>
              <dl className="lot-facts">
                <dt>{t('actions.requested')}</dt>
                <dd>{format.date(a.requestedAt)}</dd>
                <dt>{t('actions.containmentTime')}</dt>
                <dd>{durations.containment}</dd>
                <dt>{t('actions.closed')}</dt>
                <dd>{format.date(a.closedAt)}</dd>
                <dt>{t('actions.closureTime')}</dt>
                <dd>{durations.closure}</dd>
              </dl>
            </Card>
          </List.Item>
        );
      }}
    />
  );
}
