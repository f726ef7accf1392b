export type EChartsCore = typeof import('echarts/core');

/**
 * ECharts arrives in its own chunks on first use, so a page's first chunk
 * stays small; only the pieces the product draws are registered (lines and
 * bars on a grid, tooltip, legend, target lines), once.
 */
let echartsLoad: Promise<EChartsCore> | undefined;
export function loadECharts(): Promise<EChartsCore> {
  echartsLoad ??= Promise.all([import('echarts/core'), import('echarts/charts'), import('echarts/components'), import('echarts/renderers')]).then(
    ([core, charts, components, renderers]) => {
      core.use([charts.LineChart, charts.BarChart, components.GridComponent, components.TooltipComponent, components.LegendComponent, components.MarkLineComponent, renderers.CanvasRenderer]);
      return core;
    },
  );
  return echartsLoad;
}
