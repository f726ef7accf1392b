import { useTranslation } from 'react-i18next';
import { useFormat, chartPercent } from '../../../format/format';
import { EChart } from '../../../ui/echart';

export interface ChartPoint {
  label: string;
  lotPassRate: number | null;
  firstPassYield: number | null;
  ppm: number | null;
}

/** Lot pass rate and first-pass yield as lines (left axis, %), PPM as bars (right axis); the chain leader's target as a dashed line. */
export function PassRateChart({ points, target, label }: { points: ChartPoint[]; target: number | null; label: string }) {
  const { t } = useTranslation('quality');
  const format = useFormat();
  const names = { lot: t('metric.lotPassRate'), fpy: t('metric.firstPassYield'), ppm: t('metric.ppm') };
  return (
    <EChart
      label={label}
      option={{
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
            data: points.map((p) => chartPercent(p.lotPassRate)),
            connectNulls: true,
            itemStyle: { color: '#1668dc' },
            markLine:
              target === null
                ? undefined
                : { symbol: 'none', lineStyle: { type: 'dashed', color: '#d4380d' }, label: { formatter: t('trend.target', { rate: format.percent(target) }), position: 'insideEndTop' }, data: [{ yAxis: chartPercent(target) }] },
          },
          { name: names.fpy, type: 'line', data: points.map((p) => chartPercent(p.firstPassYield)), connectNulls: true, itemStyle: { color: '#389e0d' } },
          { name: names.ppm, type: 'bar', yAxisIndex: 1, data: points.map((p) => (p.ppm === null ? null : Math.round(p.ppm))), itemStyle: { color: '#fa8c16', opacity: 0.45 }, barMaxWidth: 18 },
        ],
      }}
    />
  );
}

