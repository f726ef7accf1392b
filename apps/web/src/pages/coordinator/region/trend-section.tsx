import { Button, Table } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat, chartPercent } from '../../../format/format';
import type { RegionConsoleQuery } from '../../../gql/graphql';
import { EChart } from '../../../ui/echart';
import { PageEmpty } from '../../../ui/page-states';
import { RegionSection } from './region-section';

type Overview = RegionConsoleQuery['regionOverview'];
type Month = Overview['trend'][number];
type Pilot = NonNullable<Overview['pilot']>;
interface Row {
  key: string;
  month: string;
  lots?: number;
  firstLots?: number;
  lotPassRate?: number | null;
  firstPassYield?: number | null;
}

const SERIES = [
  { rate: 'lotPassRate', baseline: 'baselineLotPassRate', target: 'targetLotPassRate', colour: '#1668dc', text: '#0958d9' },
  { rate: 'firstPassYield', baseline: 'baselineFirstPassYield', target: 'targetFirstPassYield', colour: '#389e0d', text: '#237804' },
] as const;

/**
 * The region's monthly lot pass rate and first-pass yield, with the pilot
 * programme's baseline (dotted) and target (dashed) for each as lines; the
 * table behind the chart lists the months, then the baseline and target.
 */
export function TrendSection({ overview }: { overview: Overview }) {
  const { t } = useTranslation('coordinator-region');
  const format = useFormat();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const { name, trend, pilot } = overview;
  const label = (m: Month) => format.month(`${m.month}-01`);
  const marks = (s: (typeof SERIES)[number]) =>
    pilot
      ? [
          ...(pilot[s.baseline] != null ? [{ yAxis: chartPercent(pilot[s.baseline]), name: t('trend.baselineLine', { rate: format.percent(pilot[s.baseline]) }), lineStyle: { type: 'dotted', color: s.colour } }] : []),
          ...(pilot[s.target] != null ? [{ yAxis: chartPercent(pilot[s.target]), name: t('trend.targetLine', { rate: format.percent(pilot[s.target]) }), lineStyle: { type: 'dashed', color: s.colour } }] : []),
        ]
      : [];
  const lowest = Math.min(...trend.flatMap((m) => [chartPercent(m.lotPassRate), chartPercent(m.firstPassYield)]).filter((v): v is number => v !== null), ...SERIES.flatMap((s) => marks(s).map((m) => m.yAxis ?? 100)));
  return (
    <RegionSection title={t('trend.title')} intro={`${t('trend.over', { name })}${pilot ? t('trend.pilot', { name: pilot.name }) : t('trend.noPilot', { name })}`}>
      {trend.length === 0 ? (
        <PageEmpty title={t('trend.empty')} hint={t('trend.emptyHint')} />
      ) : (
        <>
          <EChart
            label={[t('trend.chartLabel', { name }), pilot ? pilotText(pilot, t, format.percent) : ''].filter(Boolean).join('；')}
            option={{
              grid: { left: 8, right: 96, top: 40, bottom: 8, containLabel: true },
              legend: { top: 0, data: SERIES.map((s) => t(`trend.${s.rate}`)) },
              tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v == null ? '—' : `${v.toFixed(1)}%`) },
              xAxis: { type: 'category', data: trend.map(label), axisLabel: { hideOverlap: true } },
              yAxis: { type: 'value', min: Math.max(0, Math.floor(lowest / 5) * 5 - 5), max: 100, axisLabel: { formatter: '{value}%' } },
              series: SERIES.map((s) => ({
                name: t(`trend.${s.rate}`),
                type: 'line',
                data: trend.map((m) => chartPercent(m[s.rate])),
                connectNulls: true,
                itemStyle: { color: s.colour },
                // Each line's baseline and target in its own colour, so the label says whose they are.
                markLine: marks(s).length ? { symbol: 'none', label: { formatter: '{b}', position: 'end', color: s.text }, data: marks(s) } : undefined,
              })),
            }}
          />
          <Button className="region-table-toggle" onClick={() => setShowTable((v) => !v)} aria-expanded={showTable} aria-controls={tableId}>
            {showTable ? t('trend.hideTable') : t('trend.showTable')}
          </Button>
          {showTable && <TrendTable id={tableId} overview={overview} label={label} />}
        </>
      )}
    </RegionSection>
  );
}

/** The pilot's baseline and target of each rate, in words, for the chart's label. */
function pilotText(pilot: Pilot, t: (k: string, o?: Record<string, unknown>) => string, percent: (v: number | null | undefined) => string): string {
  return SERIES.map((s) => `${t(`trend.${s.rate}`)} ${t('trend.baseline')} ${percent(pilot[s.baseline])}，${t('trend.target')} ${percent(pilot[s.target])}`).join('；');
}

function TrendTable({ id, overview, label }: { id: string; overview: Overview; label: (m: Month) => string }) {
  const { t } = useTranslation('coordinator-region');
  const format = useFormat();
  const { pilot } = overview;
  const rows: Row[] = [
    ...overview.trend.map((m) => ({ key: m.month, month: label(m), lots: m.lotsInspected, firstLots: m.firstLots, lotPassRate: m.lotPassRate, firstPassYield: m.firstPassYield })),
    ...(pilot
      ? [
          { key: 'baseline', month: t('trend.baseline'), lotPassRate: pilot.baselineLotPassRate, firstPassYield: pilot.baselineFirstPassYield },
          { key: 'target', month: t('trend.target'), lotPassRate: pilot.targetLotPassRate, firstPassYield: pilot.targetFirstPassYield },
        ]
      : []),
  ];
  const caption = t('trend.tableCaption', { name: overview.name });
  return (
    // The wrapper scrolls on a phone; as a labelled region with a tab stop, a keyboard can scroll it too.
    <div id={id} className="region-table" role="region" aria-label={caption} tabIndex={0}>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={rows}
        title={() => caption}
        columns={[
          { key: 'month', title: t('trend.month'), render: (_, r) => (r.lots === undefined ? <strong>{r.month}</strong> : r.month) },
          { key: 'lots', title: t('trend.lots'), align: 'right', render: (_, r) => (r.lots === undefined ? '' : format.count(r.lots)) },
          { key: 'lot', title: t('trend.lotPassRate'), align: 'right', render: (_, r) => format.percent(r.lotPassRate) },
          { key: 'firstLots', title: t('trend.firstLots'), align: 'right', render: (_, r) => (r.firstLots === undefined ? '' : format.count(r.firstLots)) },
          { key: 'fpy', title: t('trend.firstPassYield'), align: 'right', render: (_, r) => format.percent(r.firstPassYield) },
        ]}
      />
    </div>
  );
}
