import { Alert, Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadECharts } from './echarts-loader';
import './echart.css';

/**
 * One ECharts chart: loaded on first use, drawn again only when its option's
 * data changes (functions in it, such as formatters, do not count), resized
 * with the window, disposed with the component. A skeleton while ECharts
 * arrives; if it cannot load, a warning, and the table the page shows
 * beside every chart still reads.
 */
export function EChart({ option, label, height = 320, onClick }: { option: Record<string, unknown>; label: string; height?: number; onClick?: (dataIndex: number) => void }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(option);
  // A click on a bar or point (a drill-down, say); the page offers the same through the table beside the chart.
  const clicked = useRef(onClick);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const drawn = JSON.stringify(option);

  useEffect(() => {
    latest.current = option;
    clicked.current = onClick;
  });
  useEffect(() => {
    let disposed = false;
    let chart: { resize(): void; dispose(): void; setOption(o: unknown): void } | undefined;
    const onResize = () => chart?.resize();
    loadECharts().then(
      (echarts) => {
        if (disposed || !box.current) return;
        const drawing = echarts.init(box.current, undefined, { renderer: 'canvas' });
        drawing.setOption({ animation: false, ...latest.current });
        drawing.on('click', (p) => clicked.current?.((p as { dataIndex: number }).dataIndex));
        chart = drawing;
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
  }, [drawn]);

  return (
    <div className="echart-wrap">
      {state === 'loading' && (
        <div role="status" aria-label={t('chart.loading')} className="echart-skeleton">
          <Skeleton.Node active style={{ width: '100%', height }} />
        </div>
      )}
      {state === 'failed' && <Alert type="warning" showIcon title={t('chart.failed')} />}
      <div ref={box} role="img" aria-label={label} className="echart" style={{ height, display: state === 'failed' ? 'none' : undefined }} />
    </div>
  );
}
