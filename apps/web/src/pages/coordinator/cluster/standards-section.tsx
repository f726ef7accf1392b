import { Card, List, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import type { CoordinatorClusterStandardsQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { AdoptionBar } from '../../leader/standards/adoption-bar';
import '../../leader/standards/leader-standards.css';
import { ClusterStandardAdoptionDocument } from './cluster-documents';
import { ClusterSection } from './cluster-section';
import { useScreens } from '../../../ui/use-screens';

type Distribution = CoordinatorClusterStandardsQuery['clusterStandardAdoption'][number];

/** The standards sent to the cluster's members (along their chains or to the cluster itself) and how the members answered: standards transmission as it reaches them. */
export function StandardsSection({ clusterId }: { clusterId: string }) {
  const { t } = useTranslation('coordinator-cluster');
  const format = useFormat();
  const phone = !useScreens().md;
  const [result, reexecute] = useQuery({ query: ClusterStandardAdoptionDocument, variables: { clusterId } });
  const standard = (d: Distribution) => t('standards.standardOf', { number: d.standardNumber, version: d.revisionVersion, title: d.standardTitle });
  const sentBy = (d: Distribution) => (d.clusterId ? t('standards.toCluster', { owner: d.ownerName }) : t('standards.alongChain', { owner: d.ownerName, chain: d.chainName }));
  const count = (n: number, overdue = false) => <span className={overdue && n ? 'due-overdue' : undefined}>{format.count(n)}</span>;
  return (
    <ClusterSection title={t('standards.title')} over={t('standards.over')}>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.clusterStandardAdoption.length === 0}
        empty={<PageEmpty title={t('standards.empty')} hint={t('standards.emptyHint')} />}
        rows={3}
      >
        {({ clusterStandardAdoption: distributions }) =>
          phone ? (
            <List
              aria-label={t('standards.title')}
              dataSource={distributions}
              renderItem={(d) => (
                <List.Item key={d.distributionId}>
                  <Card size="small" className="cluster-card" title={standard(d)}>
                    <div className="cluster-muted">{t('standards.sentDue', { sentBy: sentBy(d), due: format.date(d.dueOn) })}</div>
                    <AdoptionBar figures={d.members} over={t('standards.barOver', { standard: standard(d) })} compact />
                  </Card>
                </List.Item>
              )}
            />
          ) : (
            <div className="cluster-scroll" role="region" aria-label={t('standards.tableCaption')} tabIndex={0}>
              <Table<Distribution>
                rowKey="distributionId"
                size="small"
                pagination={false}
                dataSource={distributions}
                columns={[
                  { key: 'standard', title: t('standards.standard'), render: (_, d) => standard(d) },
                  { key: 'sentBy', title: t('standards.sentBy'), render: (_, d) => sentBy(d) },
                  { key: 'due', title: t('standards.due'), className: 'cluster-nowrap', render: (_, d) => format.date(d.dueOn) },
                  { key: 'recipients', title: t('standards.recipients'), align: 'right', render: (_, d) => count(d.members.recipients) },
                  { key: 'pending', title: t('standards.pending'), align: 'right', render: (_, d) => count(d.members.pending) },
                  { key: 'acknowledged', title: t('standards.acknowledged'), align: 'right', render: (_, d) => count(d.members.acknowledged) },
                  { key: 'adopted', title: t('standards.adopted'), align: 'right', render: (_, d) => count(d.members.adopted) },
                  { key: 'deviations', title: t('standards.deviations'), align: 'right', render: (_, d) => count(d.members.deviations) },
                  { key: 'superseded', title: t('standards.superseded'), align: 'right', render: (_, d) => count(d.members.superseded) },
                  { key: 'overdue', title: t('standards.overdue'), align: 'right', render: (_, d) => count(d.members.overdue, true) },
                ]}
              />
            </div>
          )
        }
      </QueryState>
    </ClusterSection>
  );
}
