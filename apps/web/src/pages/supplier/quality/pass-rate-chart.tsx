import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Skeleton } from 'antd';
import { useFormat } from '../../../format/format';

export interface ChartPoint {
  label: string;
  lotPassRate: number | null;
  firstPassYield: number | null;
  ppm: number | null;
}

type EChartsCore = typeof import('echarts/core');

/**
 * ECharts arrives in its own chunks on first use, so the page's first chunk
 * stays small; only the pieces drawn here are registered.
 */
let echartsLoad: Promise<EChartsCore> | undefined;
function loadECharts(): Promise<EChartsCore> {
  echartsLoad ??= Promise.all([import('echarts/core'), import('echarts/charts'), import('echarts/components'), import('echarts/renderers')]).then(
    ([core, charts, components, renderers]) => {
      core.use([charts.LineChart, charts.BarChart, components.GridComponent, components.TooltipComponent, components.LegendComponent, components.MarkLineComponent, renderers.CanvasRenderer]);
      return core;
    },
  );
  return echartsLoad;
}

/** Lot pass rate and first-pass yield as lines (left axis, %), PPM as bars (right axis); the chain leader's target as a dashed line. */
export function PassRateChart({ points, target, label }: { points: ChartPoint[]; target: number | null; label: string }) {
  const { t } = useTranslation('quality');
  const format = useFormat();
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  // Drawn again only when the figures change, not on every render of the page around it.
  const drawn = JSON.stringify({ points, target });

  useEffect(() => {
    let disposed = false;
    let chart: ReturnType<EChartsCore['init']> | undefined;
    const onResize = () => chart?.resize();
    loadECharts().then(
      (echarts) => {
        if (disposed || !box.current) return;
        chart = echarts.init(box.current, undefined, { renderer: 'canvas' });
        const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);
        const names = { lot: t('metric.lotPassRate'), fpy: t('metric.firstPassYield'), ppm: t('metric.ppm') };
        chart.setOption({
          animation: false,
          grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
          legend: { top: 0, data: [names.lot, names.fpy, names.ppm] },
          tooltip: {
            trigger: 'axis',
            valueFormatter: undefined,
            formatter: (params: { seriesName: string; dataIndex: number; marker: string }[]) => {
              const p = points[params[0]?.dataIndex ?? 0];
              if (!p) return '';
              return [
                p.label,
                `${names.lot}: ${format.percent(p.lotPassRate)}`,
                `${names.fpy}: ${format.percent(p.firstPassYield)}`,
                `${names.ppm}: ${format.ppm(p.ppm)}`,
              ].join('<br/>');
            },
          },
          xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { hideOverlap: true } },
          yAxis: [
            { type: 'value', name: '%', min: (v: { min: number }) => Math.max(0, Math.floor(v.min / 5) * 5), max: 100, axisLabel: { formatter: '{value}%' } },
            { type: 'value', name: 'PPM', splitLine: { show: false }, axisLabel: { formatter: (v: number) => format.ppm(v) } },
          ],
          series: [
            {
              name: names.lot,
              type: 'line',
              data: points.map((p) => pct(p.lotPassRate)),
              connectNulls: true,
              itemStyle: { color: '#1668dc' },
              markLine:
                target === null
                  ? undefined
                  : { symbol: 'none', lineStyle: { type: 'dashed', color: '#d4380d' }, label: { formatter: t('trend.target', { rate: format.percent(target) }), position: 'insideEndTop' }, data: [{ yAxis: Math.round(target * 1000) / 10 }] },
            },
            { name: names.fpy, type: 'line', data: points.map((p) => pct(p.firstPassYield)), connectNulls: true, itemStyle: { color: '#389e0d' } },
            { name: names.ppm, type: 'bar', yAxisIndex: 1, data: points.map((p) => (p.ppm === null ? null : Math.round(p.ppm))), itemStyle: { color: '#fa8c16', opacity: 0.45 }, barMaxWidth: 18 },
          ],
        });
        window.addEventListener('resize', onResize);
        setState('ready');
      },
      () => !disposed && setState('failed'),
    );
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
    // `drawn` stands for points and target.
  }, [drawn, t, format]);

  return (
    <div className="pass-rate-chart-wrap">
      {state === 'loading' && (
        <div role="status" aria-label={t('trend.chartLoading')} className="pass-rate-chart-skeleton">
          <Skeleton.Node active style={{ width: '100%', height: 300 }} />
        </div>
      )}
      {state === 'failed' && <Alert type="warning" showIcon title={t('trend.chartFailed')} />}
      <div ref={box} role="img" aria-label={label} className="pass-rate-chart" style={{ display: state === 'failed' ? 'none' : undefined }} />
    </div>
  );
}
