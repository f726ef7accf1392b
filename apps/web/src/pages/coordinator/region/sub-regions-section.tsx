import { Segmented, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import type { SubRegionsQuery } from '../../../gql/graphql';
import { EChart } from '../../../ui/echart';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { SubRegionsDocument } from './region-documents';
import { areaLink } from './region-path';
import { RegionSection } from './region-section';

type Area = SubRegionsQuery['subRegionFigures'][number];
const METRICS = ['lotPassRate', 'firstPassYield', 'enterprises', 'certifiedShare'] as const;
type Metric = (typeof METRICS)[number];
const isRate = (m: Metric) => m !== 'enterprises';

/**
 * The region's sub-divisions side by side on one figure the coordinator
 * picks, best first, with the programme's target where the figure has one;
 * a bar or a row opens that sub-division. The table lists every figure.
 */
export function SubRegionsSection({ code, name, period, watched, targets }: { code: string; name: string; period: { from: string; to: string }; watched: string[]; targets: Partial<Record<Metric, number | null>> }) {
  const { t } = useTranslation('coordinator-region');
  const [metric, setMetric] = useState<Metric>('lotPassRate');
  const [result, reexecute] = useQuery({ query: SubRegionsDocument, variables: { regionCode: code, ...period } });
  return (
    <RegionSection title={t('areas.title')} intro={t('areas.intro', { name })}>
      <div className="region-controls">
        <Segmented<Metric> aria-label={t('areas.metric')} value={metric} onChange={setMetric} options={METRICS.map((m) => ({ value: m, label: t(`areas.metrics.${m}`) }))} />
      </div>
      <p className="region-over">{t(`areas.over.${metric}`)}</p>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.subRegionFigures.length === 0}
        empty={<PageEmpty title={t('areas.empty', { name })} />}
        rows={6}
      >
        {(data) => <Areas areas={data.subRegionFigures} metric={metric} name={name} watched={watched} target={targets[metric] ?? null} />}
      </QueryState>
    </RegionSection>
  );
}

function Areas({ areas, metric, name, watched, target }: { areas: Area[]; metric: Metric; name: string; watched: string[]; target: number | null }) {
  const { t } = useTranslation('coordinator-region');
  const format = useFormat();
  const navigate = useNavigate();
  // Best first; areas without the figure (no lots) last, in code order.
  const figure = (a: Area): number | null => a[metric] ?? null;
  const sorted = [...areas].sort((a, b) => (figure(b) ?? -1) - (figure(a) ?? -1) || a.code.localeCompare(b.code));
  const value = (a: Area) => {
    const v = figure(a);
    return v === null || !isRate(metric) ? v : Math.round(v * 1000) / 10;
  };
  const shown = (a: Area) => (isRate(metric) ? format.percent(figure(a)) : format.count(figure(a)));
  const open = (a: Area) => navigate(areaLink(a.code, watched));
  const metricName = t(`areas.metrics.${metric}`);
  return (
    <>
      <EChart
        label={t('areas.chartLabel', { name, metric: metricName })}
        height={Math.max(220, sorted.length * 30 + 60)}
        onClick={(i) => sorted[i] && open(sorted[i])}
        option={{
          grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p: { dataIndex: number }[]) => (sorted[p[0]?.dataIndex] ? `${sorted[p[0].dataIndex].name}：${shown(sorted[p[0].dataIndex])}` : '') },
          yAxis: { type: 'category', inverse: true, data: sorted.map((a) => a.name), axisTick: { show: false } },
          xAxis: isRate(metric) ? { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } } : { type: 'value', minInterval: 1 },
          series: [
            {
              name: metricName,
              type: 'bar',
              data: sorted.map(value),
              itemStyle: { color: '#1668dc' },
              barMaxWidth: 18,
              cursor: 'pointer',
              label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => shown(sorted[p.dataIndex]) },
              markLine:
                target === null
                  ? undefined
                  : { symbol: 'none', lineStyle: { type: 'dashed', color: '#d4380d' }, label: { formatter: t('trend.targetLine', { rate: format.percent(target) }), position: 'insideEndTop' }, data: [{ xAxis: Math.round(target * 1000) / 10 }] },
            },
          ],
        }}
      />
      <div className="region-table region-rows" role="region" aria-label={t('areas.tableCaption', { name, metric: metricName })} tabIndex={0}>
        <Table<Area>
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={sorted}
          // The whole row opens the area; its name is the link a keyboard reaches.
          onRow={(a) => ({ onClick: (e) => !(e.target as HTMLElement).closest('a') && open(a) })}
          columns={[
            { key: 'area', title: t('areas.area'), render: (_, a) => <Link to={areaLink(a.code, watched)}>{a.name}</Link> },
            { key: 'enterprises', title: t('areas.enterprises'), align: 'right', render: (_, a) => format.count(a.enterprises) },
            { key: 'certified', title: t('areas.certifiedShare'), align: 'right', render: (_, a) => format.percent(a.certifiedShare) },
            { key: 'lots', title: t('areas.lots'), align: 'right', render: (_, a) => format.count(a.lotsInspected) },
            { key: 'lot', title: t('areas.lotPassRate'), align: 'right', render: (_, a) => format.percent(a.lotPassRate) },
            { key: 'fpy', title: t('areas.firstPassYield'), align: 'right', render: (_, a) => format.percent(a.firstPassYield) },
          ]}
        />
      </div>
    </>
  );
}
