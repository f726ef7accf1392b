import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { RequireWorkspace } from '../../workspace-guard';
import { PilotsDocument } from './pilot-documents';

/** The pilot programmes over the coordinator's regions and clusters, each with its baseline and target, leading to its standing. */
export function PilotsPage() {
  return (
    <RequireWorkspace workspace="coordinator">
      <Pilots />
    </RequireWorkspace>
  );
}

function Pilots() {
  const { t } = useTranslation('coordinator-pilots');
  const format = useFormat();
  const [result, reexecute] = useQuery({ query: PilotsDocument });
  return (
    <div>
      <Typography.Title level={1} className="page-title">
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(d) => d.pilotPrograms.length === 0} empty={<PageEmpty title={t('empty')} hint={t('emptyHint')} />}>
        {(data) => (
          <List
            grid={{ gutter: 16, xs: 1, md: 2 }}
            dataSource={data.pilotPrograms}
            renderItem={(p) => (
              <List.Item key={p.id}>
                <Card title={<Link to={`/region/pilots/${p.id}`}>{p.name}</Link>} extra={t('batch', { batch: p.batch, year: p.year })}>
                  <p>{t('covers', { regions: p.regions.map((r) => r.name).join('、') || '—', clusters: format.count(p.clusterIds.length) })}</p>
                  <p>{t('lotPassRateGoal', { baseline: format.percent(p.baselineLotPassRate), target: format.percent(p.targetLotPassRate) })}</p>
                  <p>{t('firstPassYieldGoal', { baseline: format.percent(p.baselineFirstPassYield), target: format.percent(p.targetFirstPassYield) })}</p>
                </Card>
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </div>
  );
}
