import { useTranslation } from 'react-i18next';
import { useFormat, chartPercent } from '../../../format/format';
import { EChart } from '../../../ui/echart';

export interface TrendPoint {
  label: string;
  lotPassRate: number | null;
  firstPassYield: number | null;
}

/** The pilot programme's baseline and target of both rates; null where it sets none (or there is no programme). */
export interface PilotLines {
  baselineLotPassRate?: number | null;
  targetLotPassRate?: number | null;
  baselineFirstPassYield?: number | null;
  targetFirstPassYield?: number | null;
}

const LOT = '#1668dc';
const FPY = '#389e0d';

/**
 * Monthly lot pass rate and first-pass yield as lines, each with the pilot
 * programme's baseline (dotted) and target (dashed) in its own colour, so
 * a coordinator sees at once how far the cluster is from where it started
 * and where it must get to.
 */
export function ClusterTrendChart({ points, pilot, label }: { points: TrendPoint[]; pilot: PilotLines | null; label: string }) {
  const { t } = useTranslation('coordinator-cluster');
  const format = useFormat();
  const names = { lot: t('trend.lotPassRate'), fpy: t('trend.firstPassYield') };
  const lines = (color: string, baseline?: number | null, target?: number | null) => {
    const data = [
      ...(baseline != null ? [{ yAxis: chartPercent(baseline), lineStyle: { type: 'dotted', color }, label: { formatter: t('trend.baseline', { rate: format.percent(baseline) }) } }] : []),
      ...(target != null ? [{ yAxis: chartPercent(target), lineStyle: { type: 'dashed', color }, label: { formatter: t('trend.target', { rate: format.percent(target) }) } }] : []),
    ];
    return data.length ? { symbol: 'none', label: { position: 'insideEndTop', color: '#262626' }, data } : undefined;
  };
  const values: (number | null | undefined)[] = [...points.flatMap((p) => [p.lotPassRate, p.firstPassYield]), pilot?.baselineLotPassRate, pilot?.baselineFirstPassYield];
  const lowest = Math.min(100, ...values.filter((v): v is number => v != null).map((v) => v * 100));
  return (
    <EChart
      label={label}
      option={{
        grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
        legend: { top: 0, data: [names.lot, names.fpy] },
        tooltip: {
          trigger: 'axis',
          formatter: (params: { dataIndex: number }[]) => {
            const p = points[params[0]?.dataIndex ?? 0];
            return p ? [p.label, `${names.lot}: ${format.percent(p.lotPassRate)}`, `${names.fpy}: ${format.percent(p.firstPassYield)}`].join('<br/>') : '';
          },
        },
        xAxis: { type: 'category', data: points.map((p) => p.label), axisLabel: { hideOverlap: true } },
        // The axis starts below the lowest figure or baseline, in steps of 5 points, so the lines are not squashed at the top.
        yAxis: { type: 'value', name: '%', min: Math.max(0, Math.floor((lowest - 1) / 5) * 5), max: 100, axisLabel: { formatter: '{value}%' } },
        series: [
          { name: names.lot, type: 'line', data: points.map((p) => chartPercent(p.lotPassRate)), connectNulls: true, itemStyle: { color: LOT }, markLine: lines(LOT, pilot?.baselineLotPassRate, pilot?.targetLotPassRate) },
          { name: names.fpy, type: 'line', data: points.map((p) => chartPercent(p.firstPassYield)), connectNulls: true, itemStyle: { color: FPY }, markLine: lines(FPY, pilot?.baselineFirstPassYield, pilot?.targetFirstPassYield) },
        ],
      }}
    />
  );
}
