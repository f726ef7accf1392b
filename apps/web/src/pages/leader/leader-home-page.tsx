import { Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../format/format';
import { graphql } from '../../gql';
import type { LeaderHomeChainQuery, MembershipStatus } from '../../gql/graphql';
import { useViewer } from '../../session/viewer';
import { QueryState } from '../../ui/page-states';
import { lastDays, lastTwelveMonths, StatCard } from '../home-figures';
import { clockOf, currentStep, type StepLike } from '../supplier/actions/action-clock';
import { RateCard, RATES } from './rate-card';
import { PassRateSection } from '../supplier/quality/pass-rate-section';
import { RequireWorkspace } from '../workspace-guard';
import { SupplierScores } from './supplier-scores';
import './leader.css';

const LeaderHomeChainDocument = graphql(`
  query LeaderHomeChain($chainId: ID!, $scopeId: String!, $from: DateTime!, $to: DateTime!, $monthsFrom: String!, $monthsTo: String!) {
    industryChain(id: $chainId) {
      id
      name
      active: memberships(status: ACTIVE, first: 1) {
        totalCount
      }
      onboarding: memberships(status: ONBOARDING, first: 1) {
        totalCount
      }
      invited: memberships(status: INVITED, first: 1) {
        totalCount
      }
      suspended: memberships(status: SUSPENDED, first: 1) {
        totalCount
      }
    }
    openActions: correctiveActions(filter: { chainId: $chainId, status: OPEN }, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          steps {
            id
            step
            status
            dueAt
          }
        }
      }
    }
    overdueActions: correctiveActions(filter: { chainId: $chainId, overdue: true }, first: 1) {
      totalCount
    }
    correctiveActionMetrics(chainId: $chainId, from: $from, to: $to) {
      supplierEnterpriseId
      opened
      closed
      closedOnTime
    }
    passRateSeries(scope: { kind: CHAIN, id: $scopeId }, period: MONTH, from: $monthsFrom, to: $monthsTo) {
      periodStart
      lotPassRate
      firstPassYield
      ppm
      lotsInspected
    }
    passRatePolicy(chainId: $chainId) {
      chainId
      stage
      minLotPassRate
      maxPpm
    }
    standardDistributions(chainId: $chainId) {
      id
      stats {
        recipients
        pending
        acknowledged
        adopted
        deviations
        overdue
      }
    }
  }
`);

const STATUSES: MembershipStatus[] = ['ACTIVE', 'ONBOARDING', 'INVITED', 'SUSPENDED'];

/** The leader's landing page: each chain it leads with its headline figures. */
export function LeaderHomePage() {
  return (
    <RequireWorkspace workspace="leader">
      <LeaderHome />
    </RequireWorkspace>
  );
}

function LeaderHome() {
  const { t } = useTranslation('leader');
  const { ledChains } = useViewer();
  return (
    <div className="workspace-home">
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {ledChains.map((chain) => (
        <ChainFigures key={chain.id} chainId={chain.id} name={chain.name} />
      ))}
    </div>
  );
}

function ChainFigures({ chainId, name }: { chainId: string; name: string }) {
  const { t } = useTranslation('leader');
  const variables = useMemo(() => {
    const months = lastTwelveMonths();
    return { chainId, scopeId: chainId, ...lastDays(90), monthsFrom: months.from, monthsTo: months.to };
  }, [chainId]);
  const [result, reexecute] = useQuery({ query: LeaderHomeChainDocument, variables });
  return (
    <section className="home-section" aria-labelledby={`chain-${chainId}`}>
      <Typography.Title level={2} id={`chain-${chainId}`} className="home-section-title">
        {t('chain', { name })}
      </Typography.Title>
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={4}>
        {(data) => <Figures data={data} since={variables.from} />}
      </QueryState>
      <PassRateSection scope={{ kind: 'CHAIN', id: chainId }} chainId={chainId} chainName={name} level={3} />
      <SupplierScores chainId={chainId} chainName={name} />
    </section>
  );
}

function Figures({ data, since }: { data: LeaderHomeChainQuery; since: string }) {
  const { t } = useTranslation('leader');
  const format = useFormat();
  const chain = data.industryChain;
  const counts: Record<string, number> = {
    ACTIVE: chain.active.totalCount,
    ONBOARDING: chain.onboarding.totalCount,
    INVITED: chain.invited.totalCount,
    SUSPENDED: chain.suspended.totalCount,
  };
  const suppliers = STATUSES.reduce((s, k) => s + counts[k], 0);
  const metrics = data.correctiveActionMetrics.reduce(
    (s, m) => ({ opened: s.opened + m.opened, closed: s.closed + m.closed, onTime: s.onTime + m.closedOnTime }),
    { opened: 0, closed: 0, onTime: 0 },
  );
  const overdue = data.overdueActions.totalCount;
  const withLots = data.passRateSeries.filter((p) => p.lotsInspected > 0);
  const [before, latest] = [withLots.at(-2), withLots.at(-1)];
  const clocks = clockCounts(data.openActions.edges.map((e) => e.node));
  const stats = data.standardDistributions.reduce(
    (s, d) => ({
      recipients: s.recipients + d.stats.recipients,
      responded: s.responded + d.stats.acknowledged + d.stats.adopted + d.stats.deviations,
      pending: s.pending + d.stats.pending,
      overdue: s.overdue + d.stats.overdue,
    }),
    { recipients: 0, responded: 0, pending: 0, overdue: 0 },
  );
  const month = (periodStart: string) => t('passRate.month', { year: periodStart.slice(0, 4), month: Number(periodStart.slice(5, 7)), mm: periodStart.slice(5, 7) });

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} xl={6}>
        <StatCard
          title={t('suppliers.title')}
          value={format.count(suppliers)}
          suffix={t('suppliers.unit')}
          scope={t('suppliers.scope')}
          extra={STATUSES.filter((s) => counts[s]).map((s) => (
            <div key={s}>{t('suppliers.breakdown', { status: t(`suppliers.status.${s}`), count: counts[s] })}</div>
          ))}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <StatCard
          title={t('actions.title')}
          value={format.count(data.openActions.totalCount)}
          suffix={t('actions.unit')}
          scope={t('actions.scope')}
          tone={overdue ? 'overdue' : undefined}
          extra={
            <>
              <span className={overdue ? 'due-overdue' : 'due-ok'}>{overdue ? t('actions.overdue', { count: overdue }) : t('actions.noneOverdue')}</span>
              <div>{t('actions.clocks', clocks)}</div>
            </>
          }
        />
      </Col>
      {RATES.map((rate) => (
        <Col key={rate} xs={24} sm={12} xl={6}>
          <RateCard rate={rate} latest={latest} before={before} policy={data.passRatePolicy} month={month} />
        </Col>
      ))}
      <Col xs={24} sm={12} xl={6}>
        <StatCard
          title={t('standards.title')}
          value={data.standardDistributions.length ? t('standards.value', { responded: stats.responded, recipients: stats.recipients }) : '—'}
          scope={t('standards.scope')}
          extra={
            data.standardDistributions.length
              ? t('standards.extra', { distributions: data.standardDistributions.length, pending: stats.pending, overdue: stats.overdue })
              : t('standards.none')
          }
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <StatCard
          title={t('actions.recentTitle')}
          value={t('actions.recent', { opened: metrics.opened, closed: metrics.closed })}
          scope={t('actions.recentScope', { from: format.date(since) })}
          extra={t('actions.recentExtra', { onTime: metrics.onTime })}
        />
      </Col>
    </Row>
  );
}

/** Open 8Ds by the clock of the step they are on: on time, due within 24 h, overdue, or handed in and waiting for our review. */
function clockCounts(actions: { status: 'OPEN' | 'CLOSED' | 'EFFECTIVE' | 'CANCELLED'; steps: StepLike[] }[]): Record<'ok' | 'soon' | 'overdue' | 'review', number> {
  const counts = { ok: 0, soon: 0, overdue: 0, review: 0 };
  for (const action of actions) {
    const step = currentStep(action.steps);
    const clock = clockOf(action.status, step);
    if (clock === 'closed') counts.review += step?.status === 'SUBMITTED' ? 1 : 0;
    else counts[clock] += 1;
  }
  return counts;
}
