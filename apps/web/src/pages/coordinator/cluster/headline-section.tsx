import { Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import type { CoordinatorClusterOverviewQuery, CoordinatorClusterOutcomesQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { passRateOf, StatCard } from '../../home-figures';
import { ClusterOutcomesDocument, ClusterOverviewDocument } from './cluster-documents';
import { ClusterSection } from './cluster-section';

type Overview = CoordinatorClusterOverviewQuery['clusterOverview'];
type Outcomes = CoordinatorClusterOutcomesQuery['programOutcomes'];
type Period = { from: string; to: string };

/** The cluster at a glance, as a region is shown: its enterprises, certificates, maturity, pass rates against the pilot's lines, issues and common problems; then the year's outcomes. */
export function HeadlineSection({ clusterId, period, year }: { clusterId: string; period: Period; year: number }) {
  const { t } = useTranslation('coordinator-cluster');
  const [overview, retryOverview] = useQuery({ query: ClusterOverviewDocument, variables: { clusterId, ...period } });
  const [outcomes, retryOutcomes] = useQuery({ query: ClusterOutcomesDocument, variables: { scope: { kind: 'CLUSTER', id: clusterId }, year } });
  return (
    <ClusterSection title={t('headline.title')}>
      <QueryState
        result={overview}
        onRetry={() => retryOverview({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.clusterOverview.enterprises === 0}
        empty={<PageEmpty title={t('members.empty')} hint={t('members.emptyHint')} />}
        rows={4}
      >
        {(data) => <Figures overview={data.clusterOverview} />}
      </QueryState>
      <Typography.Title level={3} className="cluster-subtitle">
        {t('outcomes.title', { year, previous: year - 1 })}
      </Typography.Title>
      <QueryState
        result={outcomes}
        onRetry={() => retryOutcomes({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.programOutcomes.current.lotsInspected === 0 && d.programOutcomes.current.enterprisesHelped === 0}
        empty={<PageEmpty title={t('outcomes.empty')} />}
        rows={3}
      >
        {(data) => <YearOutcomes outcomes={data.programOutcomes} />}
      </QueryState>
    </ClusterSection>
  );
}

function Figures({ overview }: { overview: Overview }) {
  const { t } = useTranslation(['coordinator-cluster', 'qualification']);
  const format = useFormat();
  const lots = passRateOf(overview.trend);
  const first = passRateOf(overview.trend.map((m) => ({ lotsInspected: m.firstLots, lotsAccepted: m.firstAccepted })));
  const pilot = overview.pilot;
  const assessed = overview.enterprises - overview.notAssessed;
  const top = [...overview.commonProblems].sort((a, b) => b.suppliers - a.suppliers).slice(0, 3);
  const list = (parts: string[]) => parts.join(t('figureSeparator'));
  const benchmark = (target?: number | null, baseline?: number | null) =>
    target != null ? t('headline.pilotLine', { pilot: pilot?.name, target: format.percent(target), baseline: format.percent(baseline) }) : t('headline.noPilot');
  const cards = [
    <StatCard
      key="enterprises"
      title={t('headline.enterprises')}
      value={format.count(overview.enterprises)}
      suffix={t('unit.enterprises')}
      scope={t('headline.enterprisesScope')}
      extra={list([...overview.sizeClasses.map((s) => t('headline.countOf', { label: t(`qualification:size.${s.sizeClass}`), count: s.enterprises })), t('headline.countOf', { label: t('headline.sizeUnknown'), count: overview.sizeUnknown })])}
    />,
    <StatCard
      key="certified"
      title={t('headline.certified')}
      value={format.count(overview.certifiedEnterprises)}
      suffix={t('unit.enterprises')}
      scope={t('headline.certifiedScope')}
      extra={list([t('headline.share', { share: format.percent(overview.certifiedShare) }), ...overview.certificationSchemes.map((s) => t('headline.countOf', { label: t(`qualification:scheme.${s.scheme}`), count: s.enterprises }))])}
    />,
    <StatCard
      key="maturity"
      title={t('headline.maturity')}
      value={format.count(assessed)}
      suffix={t('unit.enterprises')}
      scope={t('headline.maturityScope')}
      extra={list([...overview.maturityLevels.map((l) => t('headline.countOf', { label: t(`qualification:level.${l.level}`), count: l.enterprises })), t('headline.countOf', { label: t('headline.notAssessed'), count: overview.notAssessed })])}
    />,
    <StatCard
      key="lotPassRate"
      title={t('headline.lotPassRate')}
      value={format.percent(lots.rate)}
      scope={lots.lots ? t('headline.lotsScope', { lots: format.count(lots.lots) }) : t('headline.noLots')}
      extra={benchmark(pilot?.targetLotPassRate, pilot?.baselineLotPassRate)}
    />,
    <StatCard
      key="firstPassYield"
      title={t('headline.firstPassYield')}
      value={format.percent(first.rate)}
      scope={first.lots ? t('headline.firstLotsScope', { lots: format.count(first.lots) }) : t('headline.noLots')}
      extra={benchmark(pilot?.targetFirstPassYield, pilot?.baselineFirstPassYield)}
    />,
    <StatCard
      key="issues"
      title={t('headline.openIssues')}
      value={format.count(overview.issues.openNow)}
      suffix={t('unit.issues')}
      tone={overview.issues.openNow ? 'soon' : undefined}
      scope={t('headline.issuesScope')}
      extra={t('headline.issuesPeriod', { opened: format.count(overview.issues.opened), closed: format.count(overview.issues.closed) })}
    />,
    <StatCard
      key="problems"
      title={t('headline.commonProblems')}
      value={format.count(overview.commonProblems.length)}
      suffix={t('unit.problems')}
      scope={t('headline.problemsScope')}
      extra={top.length ? list(top.map((p) => t('headline.problem', { name: p.defectName ?? p.defectCode, suppliers: p.suppliers }))) : undefined}
    />,
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.key} xs={24} sm={12} xl={6}>
          {card}
        </Col>
      ))}
    </Row>
  );
}

/** The programme's outcome figures of the year beside the year before (`programOutcomes`), as a coordinator reports them upward. */
function YearOutcomes({ outcomes }: { outcomes: Outcomes }) {
  const { t } = useTranslation('coordinator-cluster');
  const format = useFormat();
  const change = (points: number | null | undefined) =>
    points == null ? t('outcomes.noChange', { previous: outcomes.previous.year }) : t('outcomes.change', { previous: outcomes.previous.year, points: `${points > 0 ? '+' : ''}${points.toFixed(1)}` });
  const { current } = outcomes;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 2, xl: 3 }}
      items={[
        { key: 'helped', label: t('outcomes.helped'), children: t('outcomes.enterprises', { count: current.enterprisesHelped }) },
        { key: 'solved', label: t('outcomes.solved'), children: t('outcomes.problems', { count: current.problemsSolved }) },
        { key: 'certificates', label: t('outcomes.certificates'), children: t('outcomes.certificatesValue', { count: current.certificatesGained }) },
        { key: 'maturity', label: t('outcomes.maturityRose'), children: t('outcomes.enterprises', { count: current.maturityRose }) },
        { key: 'lot', label: t('outcomes.lotPassRate'), children: t('outcomes.rateWithChange', { rate: format.percent(current.lotPassRate), change: change(outcomes.lotPassRateChange) }) },
        { key: 'fpy', label: t('outcomes.firstPassYield'), children: t('outcomes.rateWithChange', { rate: format.percent(current.firstPassYield), change: change(outcomes.firstPassYieldChange) }) },
      ]}
    />
  );
}
