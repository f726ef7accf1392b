import { Button, Table } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import type { CoordinatorClusterOverviewQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { ClusterOverviewDocument } from './cluster-documents';
import { ClusterSection } from './cluster-section';
import { ClusterTrendChart } from './trend-chart';

type Month = CoordinatorClusterOverviewQuery['clusterOverview']['trend'][number];

/** The cluster's monthly lot pass rate and first-pass yield (the cluster rollups, every stage) with the pilot's baseline and target, and the table behind the chart. */
export function TrendSection({ clusterId, period }: { clusterId: string; period: { from: string; to: string } }) {
  const { t } = useTranslation('coordinator-cluster');
  const format = useFormat();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const [result, reexecute] = useQuery({ query: ClusterOverviewDocument, variables: { clusterId, ...period } });
  const monthOf = (m: Month) => format.month(`${m.month}-01`);
  return (
    <ClusterSection title={t('trend.title')} over={t('trend.over')}>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.clusterOverview.trend.length === 0}
        empty={<PageEmpty title={t('trend.empty')} hint={t('trend.emptyHint')} />}
        rows={8}
      >
        {({ clusterOverview: { trend, pilot } }) => (
          <>
            <ClusterTrendChart
              points={trend.map((m) => ({ label: monthOf(m), lotPassRate: m.lotPassRate ?? null, firstPassYield: m.firstPassYield ?? null }))}
              pilot={pilot ?? null}
              label={t('trend.chartLabel', { pilot: pilot ? t('trend.withPilot', { name: pilot.name }) : t('trend.withoutPilot') })}
            />
            <div className="cluster-table-toggle">
              <Button onClick={() => setShowTable((s) => !s)} aria-expanded={showTable} aria-controls={tableId}>
                {showTable ? t('trend.hideTable') : t('trend.showTable')}
              </Button>
            </div>
            {showTable && (
              // The wrapper scrolls on a phone; as a labelled region with a tab stop, a keyboard can scroll it too.
              <div id={tableId} className="cluster-scroll" role="region" aria-label={t('trend.tableCaption')} tabIndex={0}>
                <Table<Month>
                  size="small"
                  rowKey="month"
                  pagination={false}
                  title={() => t('trend.tableCaption')}
                  dataSource={[...trend].reverse()}
                  columns={[
                    { key: 'month', title: t('trend.month'), render: (_, m) => monthOf(m) },
                    { key: 'lots', title: t('trend.lots'), align: 'right', render: (_, m) => format.count(m.lotsInspected) },
                    { key: 'accepted', title: t('trend.accepted'), align: 'right', render: (_, m) => format.count(m.lotsAccepted) },
                    { key: 'lot', title: t('trend.lotPassRate'), align: 'right', render: (_, m) => format.percent(m.lotPassRate) },
                    { key: 'first', title: t('trend.firstLots'), align: 'right', render: (_, m) => format.count(m.firstLots) },
                    { key: 'firstAccepted', title: t('trend.firstAccepted'), align: 'right', render: (_, m) => format.count(m.firstAccepted) },
                    { key: 'fpy', title: t('trend.firstPassYield'), align: 'right', render: (_, m) => format.percent(m.firstPassYield) },
                  ]}
                />
              </div>
            )}
          </>
        )}
      </QueryState>
    </ClusterSection>
  );
}
