import { useTranslation } from 'react-i18next';
import { useFormat, chartPercent } from '../../format/format';
import { EChart } from '../../ui/echart';

export interface YearBar {
  name: string;
  current: number | null;
  previous: number | null;
}

/**
 * A rate of several areas side by side, this year's bar beside last
 * year's (as in an annual summary's year-on-year figure), with the
 * programme's target as a dashed line.
 */
export function YearBars({ bars, year, target, label, height = 300 }: { bars: YearBar[]; year: number; target: number | null; label: string; height?: number }) {
  const { t } = useTranslation('reports');
  const format = useFormat();
  const [now, before] = [t('chart.year', { year }), t('chart.year', { year: year - 1 })];
  const values = bars.flatMap((b) => [b.current, b.previous]).filter((v): v is number => v !== null);
  const floor = values.length ? Math.max(0, Math.floor((Math.min(...values, target ?? 1) * 100) / 5) * 5 - 5) : 0;
  return (
    <EChart
      label={label}
      height={height}
      option={{
        grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
        legend: { top: 0, data: [now, before] },
        tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null ? '—' : `${format.count(v)}%`) },
        xAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { interval: 0, hideOverlap: true } },
        yAxis: { type: 'value', min: floor, max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          {
            name: now,
            type: 'bar',
            data: bars.map((b) => chartPercent(b.current)),
            itemStyle: { color: '#1668dc' },
            barMaxWidth: 28,
            markLine:
              target === null
                ? undefined
                : { symbol: 'none', lineStyle: { type: 'dashed', color: '#d4380d' }, label: { formatter: t('chart.target', { rate: format.percent(target) }), position: 'insideEndTop' }, data: [{ yAxis: chartPercent(target) }] },
          },
          { name: before, type: 'bar', data: bars.map((b) => chartPercent(b.previous)), itemStyle: { color: '#91caff' }, barMaxWidth: 28 },
        ],
      }}
    />
  );
}
