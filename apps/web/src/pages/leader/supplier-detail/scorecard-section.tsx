import { Card, Col, Descriptions, Row, Segmented, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import type { LeaderSupplierScorecardQuery } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { ToneTag } from '../../../ui/tone-tag';
import { lastDayOf } from '../../../format/format';
import { componentFigure, GRADE_TONE, spanDays, SPANS, type Span } from '../scorecard';
import { LeaderSupplierScorecardDocument } from './supplier-documents';

type Scorecard = LeaderSupplierScorecardQuery['supplierScorecards'][number];
type Component = Scorecard['components'][number];

/**
 * The supplier's row of the chain's scorecards for a period: its grade and score, what each component added, and the
 * counts the components are computed from, so the SQE can see why a supplier scored as it did.
 */
export function ScorecardSection({ chainId, supplierId, span, onSpan }: { chainId: string; supplierId: string; span: Span; onSpan: (span: Span) => void }) {
  const { t } = useTranslation(['leader-supplier', 'leader']);
  const format = useFormat();
  const days = useMemo(() => spanDays(span), [span]);
  const [result, reexecute] = useQuery({ query: LeaderSupplierScorecardDocument, variables: { chainId, ...days } });
  const over = t('scorecard.over', { from: format.date(days.from), to: format.date(lastDayOf(days)) });
  const rowOf = (data: LeaderSupplierScorecardQuery) => data.supplierScorecards.find((r) => r.supplierEnterpriseId === supplierId);

  return (
    <section className="quality-section" aria-labelledby="supplier-scorecard">
      <Typography.Title level={2} id="supplier-scorecard" className="section-title">
        {t('scorecard.title')}
      </Typography.Title>
      <Segmented<Span> aria-label={t('scorecard.span')} value={span} onChange={onSpan} options={SPANS.map((s) => ({ value: s, label: t(`scores.spans.${s}`, { ns: 'leader' }) }))} />
      <p className="quality-over">{over}</p>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => !rowOf(d)}
        empty={<PageEmpty title={t('scorecard.empty')} hint={t('scorecard.emptyHint')} />}
      >
        {(data) => <ScorecardFigures card={rowOf(data)!} over={over} />}
      </QueryState>
    </section>
  );
}

function ScorecardFigures({ card, over }: { card: Scorecard; over: string }) {
  const { t } = useTranslation(['leader-supplier', 'leader']);
  const format = useFormat();
  const actions = card.correctiveActions;
  const name = (c: Component) => t(`scores.components.${c.name}`, { ns: 'leader' });
  const inputs: [string, string][] = [
    ['lotsInspected', format.count(card.lotsInspected)],
    ['lotsAccepted', format.count(card.lotsAccepted)],
    ['lotPassRate', format.percent(card.lotPassRate)],
    ['firstLots', format.count(card.firstLots)],
    ['firstAccepted', format.count(card.firstAccepted)],
    ['firstPassYield', format.percent(card.firstPassYield)],
    ['unitsInspected', format.count(card.unitsInspected)],
    ['unitsNonconforming', format.count(card.unitsNonconforming)],
    ['ppm', format.ppm(card.ppm)],
    ['actionsOpened', format.count(actions.opened)],
    ['actionsClosed', t('scorecard.closedValue', { closed: format.count(actions.closed), onTime: format.count(actions.closedOnTime) })],
    ['actionsOverdue', format.count(actions.overdueNow)],
    ['effectiveness', format.percent(actions.effectivenessRate)],
  ];

  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7}>
          <Card className="scorecard-summary">
            <div className="detail-label">{t('scorecard.grade')}</div>
            <div className="scorecard-grade" data-figure="grade">
              {card.grade ? <ToneTag tone={GRADE_TONE[card.grade]}>{card.grade}</ToneTag> : t('scores.noGrade', { ns: 'leader' })}
            </div>
            <div className="detail-label">{t('scorecard.score')}</div>
            <div className="scorecard-score" data-figure="score">
              {card.score == null ? '—' : t('scorecard.scoreValue', { score: card.score.toFixed(1) })}
            </div>
            <div className="detail-sub">{over}</div>
          </Card>
        </Col>
        <Col xs={24} lg={17}>
          <div className="scrolling-table" role="region" aria-label={t('scorecard.componentsLabel', { over })} tabIndex={0}>
            <Table<Component>
              size="small"
              rowKey="name"
              pagination={false}
              dataSource={card.components}
              title={() => t('scorecard.components')}
              footer={card.components.some((c) => !c.included) ? () => t('scorecard.leftOutNote') : undefined}
              columns={[
                { key: 'name', title: t('scorecard.component'), render: (_, c) => name(c) },
                { key: 'value', title: t('scorecard.value'), align: 'right', render: (_, c) => componentFigure(c, format) },
                { key: 'weight', title: t('scorecard.weight'), align: 'right', render: (_, c) => (c.included ? format.percent(c.weightUsed) : t('scorecard.leftOut')) },
                { key: 'points', title: t('scorecard.points'), align: 'right', render: (_, c) => (c.included ? c.points.toFixed(1) : '—') },
              ]}
            />
          </div>
        </Col>
      </Row>
      <Typography.Title level={3} className="section-subtitle scorecard-inputs-title">
        {t('scorecard.inputs')}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={inputs.map(([key, value]) => ({ key, label: t(`scorecard.${key}`), children: <span data-figure={key}>{value}</span> }))}
      />
    </>
  );
}
