import { Card, List, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import type { CoordinatorClusterBuyerChainsQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { ToneTag } from '../../../ui/tone-tag';
import { ClusterBuyerChainsDocument } from './cluster-documents';
import { ClusterSection } from './cluster-section';
import { useScreens } from '../../../ui/use-screens';

type Chain = CoordinatorClusterBuyerChainsQuery['clusterBuyerChains'][number];

/** The chains that buy from the cluster's members: the leaders whose pull the programme counts on, and how many members each already takes. */
export function BuyerChainsSection({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation('coordinator-cluster');
  const format = useFormat();
  const phone = !useScreens().md;
  const [result, reexecute] = useQuery({ query: ClusterBuyerChainsDocument, variables: { clusterId } });
  const draws = (c: Chain) => (c.drawsOnCluster ? <ToneTag tone="blue">{t('chains.drawsYes')}</ToneTag> : <span className="cluster-muted">{t('chains.drawsNo')}</span>);
  return (
    <ClusterSection title={t('chains.title')} over={t('chains.over')}>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.clusterBuyerChains.length === 0}
        empty={<PageEmpty title={t('chains.empty')} hint={t('chains.emptyHint')} />}
        rows={3}
      >
        {({ clusterBuyerChains: chains }) =>
          phone ? (
            <List
              aria-label={t('chains.title')}
              dataSource={chains}
              renderItem={(c) => (
                <List.Item key={c.chainId}>
                  <Card size="small" className="cluster-card" title={c.chainName} extra={draws(c)}>
                    <div>{t('chains.leaderOf', { leader: c.leaderName })}</div>
                    <div>{t('chains.supplyingOf', { count: c.suppliers, onboarding: c.onboarding })}</div>
                  </Card>
                </List.Item>
              )}
            />
          ) : (
            <Table<Chain>
              rowKey="chainId"
              size="small"
              pagination={false}
              dataSource={chains}
              columns={[
                { key: 'chain', title: t('chains.chain'), render: (_, c) => c.chainName },
                { key: 'leader', title: t('chains.leader'), render: (_, c) => c.leaderName },
                { key: 'suppliers', title: t('chains.suppliers'), align: 'right', render: (_, c) => format.count(c.suppliers) },
                { key: 'onboarding', title: t('chains.onboarding'), align: 'right', render: (_, c) => format.count(c.onboarding) },
                { key: 'draws', title: t('chains.draws'), render: (_, c) => draws(c) },
              ]}
            />
          )
        }
      </QueryState>
    </ClusterSection>
  );
}
