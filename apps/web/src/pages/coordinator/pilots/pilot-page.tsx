import { Alert, Col, Row, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { chinaToday, useFormat } from '../../../format/format';
import type { CoordinatorPilotsQuery, CoordinatorPilotStandingQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { ToneTag } from '../../../ui/tone-tag';
import { StatCard } from '../../home-figures';
import { RequireWorkspace } from '../../workspace-guard';
import { YearBars } from '../../reports/year-bars';
import './pilots.css';
import { PilotsDocument, PilotStandingDocument } from './pilot-documents';

type Program = CoordinatorPilotsQuery['pilotPrograms'][number];
type Standing = CoordinatorPilotStandingQuery['pilotStanding'];
type Area = Standing['regions'][number];

/** A pilot programme's standing for a year: baseline, now and target per indicator, and its regions and clusters ranked with the year before beside them. */
export function PilotPage() {
  return (
    <RequireWorkspace workspace="coordinator">
      <Pilot />
    </RequireWorkspace>
  );
}

function Pilot() {
  const { t } = useTranslation('coordinator-pilots');
  const { pilotId = '' } = useParams();
  const thisYear = Number(chinaToday().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [programs, retryPrograms] = useQuery({ query: PilotsDocument });
  const [standing, retryStanding] = useQuery({ query: PilotStandingDocument, variables: { pilotId, year } });
  return (
    <QueryState result={programs} onRetry={() => retryPrograms({ requestPolicy: 'network-only' })} isEmpty={(d) => !d.pilotPrograms.some((p) => p.id === pilotId)} empty={<PageEmpty title={t('notFound')} />}>
      {(data) => {
        const program = data.pilotPrograms.find((p) => p.id === pilotId)!;
        const years = Array.from({ length: Math.max(1, thisYear - program.year + 1) }, (_, i) => thisYear - i);
        return (
          <div>
            <Typography.Title level={1} className="page-title">
              {program.name}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t('batch', { batch: program.batch, year: program.year })}</Typography.Paragraph>
            <label className="pilot-year">
              {t('year')}{' '}
              <Select value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: t('yearN', { year: y }) }))} aria-label={t('year')} />
            </label>
            <QueryState result={standing} onRetry={() => retryStanding({ requestPolicy: 'network-only' })} rows={6}>
              {(found) => <StandingSections program={program} standing={found.pilotStanding} year={year} />}
            </QueryState>
          </div>
        );
      }}
    </QueryState>
  );
}

function StandingSections({ program, standing, year }: { program: Program; standing: Standing; year: number }) {
  const { t } = useTranslation('coordinator-pilots');
  const format = useFormat();
  const { current, previous } = standing.outcomes;
  const figures: [string, number, number][] = [
    ['enterprisesCovered', current.enterprisesCovered, previous.enterprisesCovered],
    ['enterprisesHelped', current.enterprisesHelped, previous.enterprisesHelped],
    ['problemsSolved', current.problemsSolved, previous.problemsSolved],
    ['certificatesGained', current.certificatesGained, previous.certificatesGained],
    ['maturityRose', current.maturityRose, previous.maturityRose],
    ['lotsInspected', current.lotsInspected, previous.lotsInspected],
  ];
  return (
    <>
      {standing.partial && <Alert type="info" showIcon className="form-alert" title={t('partial', { parts: [...standing.regions, ...standing.clusters].map((a) => a.name).join('、') })} />}
      <section aria-labelledby="pilot-indicators" className="quality-section">
        <Typography.Title level={2} id="pilot-indicators" className="section-title">
          {t('indicators.title')}
        </Typography.Title>
        <Indicators program={program} standing={standing} year={year} />
      </section>
      <section aria-labelledby="pilot-figures" className="quality-section">
        <Typography.Title level={2} id="pilot-figures" className="section-title">
          {t('figures.title', { year })}
        </Typography.Title>
        <Row gutter={[16, 16]}>
          {figures.map(([key, now, before]) => (
            <Col xs={12} md={8} xl={4} key={key}>
              <StatCard title={t(`figures.${key}`)} value={format.count(now)} scope={t('figures.previous', { year: year - 1, value: format.count(before) })} />
            </Col>
          ))}
        </Row>
      </section>
      <Ranking id="pilot-regions" title={t('ranking.regions')} areas={standing.regions} year={year} target={program.targetLotPassRate ?? null} />
      <Ranking id="pilot-clusters" title={t('ranking.clusters')} areas={standing.clusters} year={year} target={program.targetLotPassRate ?? null} />
    </>
  );
}

/** Percentage points between two rates, signed: +3.2. */
const points = (now: number | null | undefined, before: number | null | undefined) => (now == null || before == null ? null : Math.round((now - before) * 1000) / 10);

function Indicators({ program, standing, year }: { program: Program; standing: Standing; year: number }) {
  const { t } = useTranslation('coordinator-pilots');
  const format = useFormat();
  const signed = (value: number | null) => (value === null ? '—' : t('points', { value: `${value > 0 ? '+' : ''}${value.toFixed(1)}` }));
  const rows = [
    { key: 'lotPassRate', baseline: program.baselineLotPassRate, previous: standing.outcomes.previous.lotPassRate, now: standing.outcomes.current.lotPassRate, target: program.targetLotPassRate },
    { key: 'firstPassYield', baseline: program.baselineFirstPassYield, previous: standing.outcomes.previous.firstPassYield, now: standing.outcomes.current.firstPassYield, target: program.targetFirstPassYield },
  ];
  return (
    <div className="pilot-scroll" role="region" aria-label={t('indicators.caption')} tabIndex={0}>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { key: 'indicator', title: t('indicators.indicator'), render: (_, r) => t(`indicators.${r.key}`) },
          { key: 'baseline', title: t('indicators.baseline', { year: program.year }), align: 'right', render: (_, r) => format.percent(r.baseline) },
          { key: 'previous', title: t('yearN', { year: year - 1 }), align: 'right', render: (_, r) => format.percent(r.previous) },
          { key: 'now', title: t('yearN', { year }), align: 'right', render: (_, r) => format.percent(r.now) },
          { key: 'target', title: t('indicators.target'), align: 'right', render: (_, r) => format.percent(r.target) },
          { key: 'sinceBaseline', title: t('indicators.sinceBaseline'), align: 'right', render: (_, r) => signed(points(r.now, r.baseline)) },
          {
            key: 'status',
            title: t('indicators.status'),
            render: (_, r) =>
              r.now == null || r.target == null ? '—' : r.now >= r.target ? <ToneTag tone="green">{t('indicators.met')}</ToneTag> : <ToneTag tone="red">{t('indicators.gap', { value: t('points', { value: points(r.target, r.now)!.toFixed(1) }) })}</ToneTag>,
          },
        ]}
      />
    </div>
  );
}

function Ranking({ id, title, areas, year, target }: { id: string; title: string; areas: Area[]; year: number; target: number | null }) {
  const { t } = useTranslation('coordinator-pilots');
  const format = useFormat();
  const linkOf = (a: Area) => (a.kind === 'CLUSTER' ? `/region/clusters/${a.id}` : `/region/areas/${a.id}`);
  return (
    <section aria-labelledby={id} className="quality-section">
      <Typography.Title level={2} id={id} className="section-title">
        {title}
      </Typography.Title>
      {areas.length === 0 ? (
        <PageEmpty title={t('ranking.empty')} />
      ) : (
        <>
          <YearBars bars={areas.map((a) => ({ name: a.name, current: a.current.lotPassRate ?? null, previous: a.previous.lotPassRate ?? null }))} year={year} target={target} label={t('ranking.chart', { title, year, previous: year - 1 })} />
          <div className="pilot-scroll" role="region" aria-label={t('ranking.caption', { title })} tabIndex={0}>
            <Table<Area>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={areas}
              columns={[
                { key: 'rank', title: t('ranking.rank'), render: (_, _a, i) => i + 1 },
                { key: 'name', title: t('ranking.name'), render: (_, a) => <Link to={linkOf(a)}>{a.name}</Link> },
                { key: 'now', title: t('ranking.lotPassRate', { year }), align: 'right', render: (_, a) => format.percent(a.current.lotPassRate) },
                { key: 'before', title: t('ranking.lotPassRate', { year: year - 1 }), align: 'right', render: (_, a) => format.percent(a.previous.lotPassRate) },
                { key: 'fpy', title: t('ranking.firstPassYield', { year }), align: 'right', render: (_, a) => format.percent(a.current.firstPassYield) },
                { key: 'fpyBefore', title: t('ranking.firstPassYield', { year: year - 1 }), align: 'right', render: (_, a) => format.percent(a.previous.firstPassYield) },
                { key: 'lots', title: t('ranking.lots'), align: 'right', render: (_, a) => format.count(a.current.lotsInspected) },
                { key: 'target', title: t('ranking.target'), render: (_, a) => (a.belowTarget === null ? '—' : a.belowTarget ? <ToneTag tone="red">{t('ranking.below')}</ToneTag> : <ToneTag tone="green">{t('ranking.reached')}</ToneTag>) },
              ]}
            />
          </div>
        </>
      )}
    </section>
  );
}
