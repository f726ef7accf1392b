import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button, Card, Col, Form, Row, Segmented, Select, Space, Statistic, Table, Typography } from 'antd';
import { useFormat, type Formatters } from '../../../format/format';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import type { PassRateStage, QualityPassRatesQuery, RollupScopeInput } from '../../../gql/graphql';
import { PassRateChart, type ChartPoint } from './pass-rate-chart';
import { QualityPassRatesDocument } from './quality-documents';
import { ALL_STAGES, stageOptions } from './lot-labels';
import { trendWindow, type Period } from './quality-dates';
import './pass-rate.css';

type Point = QualityPassRatesQuery['passRateSeries'][number];

/**
 * Pass rates of a scope in one chain (a supplier's own, or the whole chain's
 * for its leader), from the rollups: figures of the latest period, the trend
 * chart with the chain's target, and the table behind it.
 */
export function PassRateSection({
  scope,
  chainId,
  chainName,
  refresh = 0,
  level = 2,
}: {
  scope: RollupScopeInput;
  chainId: string;
  chainName: string;
  refresh?: number;
  /** The section heading's level in the page around it. */
  level?: 2 | 3;
}) {
  const { t } = useTranslation('quality');
  const format = useFormat();
  const [period, setPeriod] = useState<Period>('MONTH');
  const [stage, setStage] = useState<PassRateStage>('ALL');
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const span = useMemo(() => trendWindow(period), [period]);
  const [result, reexecute] = useQuery({
    query: QualityPassRatesDocument,
    variables: { scope, period, stage, chainId, ...span },
  });
  // New lots (recorded or imported) change the figures: ask again rather than show the cached ones.
  useEffect(() => {
    if (refresh) reexecute({ requestPolicy: 'network-only' });
  }, [refresh, reexecute]);
  const over = t('trend.over', { chain: chainName, stage: t(`stage.${stage}`), range: t(period === 'MONTH' ? 'trend.rangeMonth' : 'trend.rangeWeek') });
  const labelOf = (p: Point) => periodLabel(p.periodStart, period, format, t);

  return (
    <section aria-labelledby={headingId} className="quality-section">
      <Typography.Title level={level} id={headingId} className="section-title">
        {t('tabs.trend')}
      </Typography.Title>
      <Form layout="inline" className="quality-controls">
        <Form.Item label={t('trend.period')}>
          <Segmented
            aria-label={t('trend.period')}
            value={period}
            onChange={(v) => setPeriod(v as Period)}
            options={(['MONTH', 'WEEK'] as const).map((p) => ({ value: p, label: t(`period.${p}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('trend.stage')} htmlFor="trend-stage">
          <Select id="trend-stage" value={stage} onChange={setStage} options={stageOptions(t, ['ALL', ...ALL_STAGES])} style={{ minWidth: 140 }} />
        </Form.Item>
      </Form>
      <p className="quality-over">{over}</p>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.passRateSeries.length === 0}
        empty={<PageEmpty title={t('trend.empty')} hint={t('trend.emptyHint')} />}
        rows={8}
      >
        {(data) => {
          const points = data.passRateSeries;
          const latest = points[points.length - 1];
          const policy = data.passRatePolicy;
          const target = policy?.minLotPassRate != null && policy.stage === stage ? policy.minLotPassRate : null;
          const chartPoints: ChartPoint[] = points.map((p) => ({ label: labelOf(p), lotPassRate: p.lotPassRate ?? null, firstPassYield: p.firstPassYield ?? null, ppm: p.ppm ?? null }));
          const latestOver = t('trend.latestOver', { lots: format.count(latest.lotsInspected), stage: t(`stage.${stage}`) });
          return (
            <>
              <Typography.Title level={(level + 1) as 3 | 4} className="latest-title">
                {t('trend.latest', { period: labelOf(latest) })}
              </Typography.Title>
              <Row gutter={[12, 12]} className="latest-figures">
                <Col xs={24} sm={8}>
                  <Card size="small">
                    <Statistic title={t('metric.lotPassRate')} value={format.percent(latest.lotPassRate)} />
                    <div className="figure-over">{latestOver}</div>
                  </Card>
                </Col>
                <Col xs={12} sm={8}>
                  <Card size="small">
                    <Statistic title={t('metric.firstPassYield')} value={format.percent(latest.firstPassYield)} />
                    <div className="figure-over">{latestOver}</div>
                  </Card>
                </Col>
                <Col xs={12} sm={8}>
                  <Card size="small">
                    <Statistic title={t('metric.ppm')} value={format.ppm(latest.ppm)} />
                    <div className="figure-over">{t('trend.unitsOver', { units: format.count(latest.unitsInspected), stage: t(`stage.${stage}`) })}</div>
                  </Card>
                </Col>
              </Row>
              <PassRateChart points={chartPoints} target={target} label={t('trend.chartLabel', { over })} />
              <Space className="table-toggle">
                <Button onClick={() => setShowTable((s) => !s)} aria-expanded={showTable} aria-controls={`${headingId}-table`}>
                  {showTable ? t('trend.hideTable') : t('trend.showTable')}
                </Button>
              </Space>
              {showTable && <TrendTable id={`${headingId}-table`} points={points} labelOf={labelOf} caption={t('trend.tableCaption', { over })} />}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

export function TrendTable({ id, points, labelOf, caption }: { id: string; points: Point[]; labelOf: (p: Point) => string; caption: string }) {
  const { t } = useTranslation('quality');
  const format = useFormat();
  return (
    // The wrapper scrolls on a phone; as a labelled region with a tab stop, a keyboard can scroll it too.
    <div id={id} className="trend-table" role="region" aria-label={caption} tabIndex={0}>
      <Table<Point>
        size="small"
        rowKey="periodStart"
        pagination={false}
        dataSource={[...points].reverse()}
        title={() => caption}
        columns={[
          { key: 'period', title: t('trend.periodStart'), render: (_, p) => labelOf(p) },
          { key: 'lots', title: t('trend.lots'), align: 'right', render: (_, p) => format.count(p.lotsInspected) },
          { key: 'lot', title: t('metric.lotPassRate'), align: 'right', render: (_, p) => format.percent(p.lotPassRate) },
          { key: 'fpy', title: t('metric.firstPassYield'), align: 'right', render: (_, p) => format.percent(p.firstPassYield) },
          { key: 'units', title: t('trend.units'), align: 'right', render: (_, p) => format.count(p.unitsInspected) },
          { key: 'nc', title: t('trend.nonconforming'), align: 'right', render: (_, p) => format.count(p.unitsNonconforming) },
          { key: 'ppm', title: t('metric.ppm'), align: 'right', render: (_, p) => format.ppm(p.ppm) },
        ]}
      />
    </div>
  );
}

/** A month by its name in the language; a week by its Monday. */
function periodLabel(start: string, period: Period, format: Formatters, t: (k: string, o?: Record<string, unknown>) => string): string {
  return period === 'WEEK' ? t('trend.weekOf', { date: format.date(start) }) : format.month(start);
}
