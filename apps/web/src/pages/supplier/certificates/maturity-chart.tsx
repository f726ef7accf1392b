import { useEffect, useRef } from 'react';
import { LEVEL_BANDS, SCALE_MAX } from './maturity-dimensions';

export interface MaturityPoint {
  label: string;
  score: number;
}

const BAND_COLOURS = ['#fff1f0', '#fffbe6', '#f6ffed', '#e6f4ff'];

/**
 * The score of each self-assessment as a step line (a level holds until the
 * next assessment) over the four level bands. ECharts arrives as its own
 * chunks, loaded only when this chart mounts.
 */
export function MaturityChart({ points, bandNames, label }: { points: MaturityPoint[]; bandNames: string[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void Promise.all([import('echarts/core'), import('echarts/charts'), import('echarts/components'), import('echarts/renderers')]).then(
      ([core, charts, components, renderers]) => {
        if (disposed || !ref.current) return;
        core.use([charts.LineChart, components.GridComponent, components.TooltipComponent, components.MarkAreaComponent, renderers.SVGRenderer]);
        const chart = core.init(ref.current, undefined, { renderer: 'svg' });
        const edges = [0, ...LEVEL_BANDS, SCALE_MAX];
        chart.setOption({
          animation: false,
          grid: { left: 36, right: 16, top: 16, bottom: 32 },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: points.map((p) => p.label), boundaryGap: false },
          yAxis: { type: 'value', min: 0, max: SCALE_MAX, interval: 1 },
          series: [
            {
              type: 'line',
              step: 'end',
              data: points.map((p) => p.score),
              symbolSize: 8,
              lineStyle: { width: 3, color: '#1677ff' },
              itemStyle: { color: '#1677ff' },
              markArea: {
                silent: true,
                label: { position: 'insideTopLeft', color: '#434343', fontSize: 11 },
                data: bandNames.map((name, i) => [
                  { yAxis: edges[i], name, itemStyle: { color: BAND_COLOURS[i] } },
                  { yAxis: edges[i + 1] },
                ]),
              },
            },
          ],
        });
        const resize = () => chart.resize();
        window.addEventListener('resize', resize);
        dispose = () => {
          window.removeEventListener('resize', resize);
          chart.dispose();
        };
      },
    );
    return () => {
      disposed = true;
      dispose();
    };
  }, [points, bandNames]);
  return <div ref={ref} className="maturity-chart" role="img" aria-label={label} />;
}
