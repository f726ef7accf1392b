import { Col, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../format/format';
import { graphql } from '../../gql';
import { PageEmpty, QueryState } from '../../ui/page-states';
import { lastTwelveMonths, passRateOf, StatCard } from '../home-figures';
import { RequireWorkspace } from '../workspace-guard';

const RegionHomeDocument = graphql(`
  query RegionHome {
    myCoordinatorAssignment {
      userId
      regionCodes
      clusterIds
    }
    industryClusters(first: 100) {
      edges {
        node {
          id
          name
          regionName
        }
      }
    }
  }
`);

const RegionHomeRegionDocument = graphql(`
  query RegionHomeRegion($regionCode: String!, $from: Date!, $to: Date!) {
    regionOverview(regionCode: $regionCode, from: $from, to: $to) {
      scopeKey
      name
      enterprises
      certifiedEnterprises
      certifiedShare
      trend {
        month
        lotsInspected
        lotsAccepted
      }
      commonProblems {
        defectCode
        defectName
        suppliers
      }
      pilot {
        programId
        baselineLotPassRate
        targetLotPassRate
      }
    }
  }
`);

const RegionHomeClusterDocument = graphql(`
  query RegionHomeCluster($clusterId: ID!, $from: Date!, $to: Date!) {
    clusterOverview(clusterId: $clusterId, from: $from, to: $to) {
      scopeKey
      name
      enterprises
      certifiedEnterprises
      certifiedShare
      trend {
        month
        lotsInspected
        lotsAccepted
      }
      commonProblems {
        defectCode
        defectName
        suppliers
      }
      pilot {
        programId
        baselineLotPassRate
        targetLotPassRate
      }
    }
  }
`);

type Overview = {
  enterprises: number;
  certifiedEnterprises: number;
  certifiedShare?: number | null;
  trend: { lotsInspected: number; lotsAccepted: number }[];
  commonProblems: { defectCode: string; defectName?: string | null; suppliers: number }[];
  pilot?: { baselineLotPassRate?: number | null; targetLotPassRate?: number | null } | null;
};

/** The coordinator's landing page: each assigned region and cluster with its headline figures. */
export function RegionHomePage() {
  return (
    <RequireWorkspace workspace="coordinator">
      <RegionHome />
    </RequireWorkspace>
  );
}

function RegionHome() {
  const { t } = useTranslation('region');
  const format = useFormat();
  const period = useMemo(() => lastTwelveMonths(), []);
  const [result, reexecute] = useQuery({ query: RegionHomeDocument });
  // `to` is exclusive: the last day shown is the day before.
  const lastDay = new Date(Date.parse(`${period.to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return (
    <div className="workspace-home">
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro', { from: format.date(period.from), to: format.date(lastDay) })}</Typography.Paragraph>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => !d.myCoordinatorAssignment || (!d.myCoordinatorAssignment.regionCodes.length && !d.myCoordinatorAssignment.clusterIds.length)}
        empty={<PageEmpty title={t('nothing')} hint={t('nothingHint')} />}
      >
        {(data) => {
          const assignment = data.myCoordinatorAssignment!;
          const clusters = new Map(data.industryClusters.edges.map((e) => [e.node.id, e.node]));
          return (
            <>
              {assignment.regionCodes.map((code) => (
                <RegionFigures key={code} regionCode={code} period={period} />
              ))}
              {assignment.clusterIds.map((id) => (
                <ClusterFigures key={id} clusterId={id} period={period} heading={clusters.get(id)} />
              ))}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}

function RegionFigures({ regionCode, period }: { regionCode: string; period: { from: string; to: string } }) {
  const { t } = useTranslation('region');
  const [result, reexecute] = useQuery({ query: RegionHomeRegionDocument, variables: { regionCode, ...period } });
  const name = result.data?.regionOverview.name;
  return (
    <section className="home-section" aria-label={name ? `${t('regions')}：${name}` : t('regions')}>
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={4}>
        {(data) => <Figures overview={data.regionOverview} heading={data.regionOverview.name} scope="region" />}
      </QueryState>
    </section>
  );
}

function ClusterFigures({ clusterId, period, heading }: { clusterId: string; period: { from: string; to: string }; heading?: { name: string; regionName: string } }) {
  const { t } = useTranslation('region');
  const [result, reexecute] = useQuery({ query: RegionHomeClusterDocument, variables: { clusterId, ...period } });
  const title = heading ? t('clusterHeading', { name: heading.name, region: heading.regionName }) : result.data?.clusterOverview.name;
  return (
    <section className="home-section" aria-label={title ? `${t('clusters')}：${title}` : t('clusters')}>
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={4}>
        {(data) => <Figures overview={data.clusterOverview} heading={title ?? data.clusterOverview.name} scope="cluster" />}
      </QueryState>
    </section>
  );
}

function Figures({ overview, heading, scope }: { overview: Overview; heading: string; scope: 'region' | 'cluster' }) {
  const { t } = useTranslation('region');
  const format = useFormat();
  const pass = passRateOf(overview.trend);
  const top = [...overview.commonProblems].sort((a, b) => b.suppliers - a.suppliers)[0];
  const pilot = overview.pilot;
  return (
    <>
      <Typography.Title level={2} className="home-section-title">
        {heading}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            title={t('enterprises.title')}
            value={format.count(overview.enterprises)}
            suffix={t('enterprises.unit')}
            scope={scope === 'region' ? t('enterprises.scopeRegion') : t('enterprises.scopeCluster')}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            title={t('certified.title')}
            value={format.count(overview.certifiedEnterprises)}
            suffix={t('certified.unit')}
            scope={t('certified.scope')}
            extra={t('certified.extra', { share: format.percent(overview.certifiedShare) })}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            title={t('passRate.title')}
            value={pass.rate === null ? '—' : format.percent(pass.rate)}
            scope={pass.lots ? t('passRate.scope', { lots: format.count(pass.lots) }) : t('passRate.none')}
            extra={
              pilot?.targetLotPassRate != null
                ? t('passRate.target', { target: format.percent(pilot.targetLotPassRate), baseline: format.percent(pilot.baselineLotPassRate) })
                : undefined
            }
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <StatCard
            title={t('problems.title')}
            value={format.count(overview.commonProblems.length)}
            suffix={t('problems.unit')}
            scope={t('problems.scope')}
            extra={top ? t('problems.top', { name: top.defectName ?? top.defectCode, suppliers: top.suppliers }) : undefined}
          />
        </Col>
      </Row>
    </>
  );
}
