import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { QueryState } from '../../../ui/page-states';
import { lastDayOf } from '../../../format/format';
import { lastTwelveMonths } from '../../home-figures';
import { RequireWorkspace } from '../../workspace-guard';
import { BuyerChainsSection } from './buyer-chains-section';
import { ClusterHeadingDocument } from './cluster-documents';
import { HeadlineSection } from './headline-section';
import { MembersSection } from './members-section';
import { StandardsSection } from './standards-section';
import { TrendSection } from './trend-section';
import './cluster.css';

/** A cluster for its coordinator: the headline figures, the monthly trend against the pilot's lines, its members, the chains buying from them and the standards sent to them. */
export function ClusterPage() {
  return (
    <RequireWorkspace workspace="coordinator">
      <Cluster />
    </RequireWorkspace>
  );
}

function Cluster() {
  const { t } = useTranslation('coordinator-cluster');
  const format = useFormat();
  const { clusterId = '' } = useParams();
  const period = useMemo(() => lastTwelveMonths(), []);
  const [result, reexecute] = useQuery({ query: ClusterHeadingDocument, variables: { id: clusterId } });
  return (
    // A cluster the coordinator does not watch answers NOT_FOUND: the page then says so, and asks for none of its figures.
    <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
      {({ industryCluster: cluster }) => (
        <div className="workspace-home cluster-page">
          <Typography.Title level={1} className="page-title">
            {cluster.name}
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="cluster-facts">
            {t('facts', { region: cluster.regionName, product: cluster.product, industry: cluster.industryCode, members: format.count(cluster.memberCount) })}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('period', { from: format.date(period.from), to: format.date(lastDayOf(period)) })}</Typography.Paragraph>
          {/* The period ends with this China month: its last day's year is the year the programme's outcomes are read for. */}
          <HeadlineSection clusterId={cluster.id} period={period} year={Number(lastDayOf(period).slice(0, 4))} />
          <TrendSection clusterId={cluster.id} period={period} />
          <MembersSection cluster={cluster} period={period} />
          <BuyerChainsSection clusterId={cluster.id} />
          <StandardsSection clusterId={cluster.id} />
        </div>
      )}
    </QueryState>
  );
}
