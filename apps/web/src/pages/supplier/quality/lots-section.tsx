import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Dayjs } from 'dayjs';
import { Button, Card, DatePicker, Form, Input, List, Select, Space, Table, Typography } from 'antd';
import { useFormat } from '../../../format/format';
import { ExportButton } from '../../../ui/export-button';
import { ToneTag } from '../../../ui/tone-tag';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import type { InspectionStage, LotDecision, LotFilterInput, QualityLotsQuery } from '../../../gql/graphql';
import { QualityLotsDocument } from './quality-documents';
import { ALL_STAGES, decisionOptions, stageOptions } from './lot-labels';
import { chinaMidnight } from './quality-dates';
import { useScreens } from '../../../ui/use-screens';

type Lot = QualityLotsQuery['inspectionLots']['edges'][number]['node'];
const PAGE_SIZE = 20;

interface Filters {
  partNumber?: string;
  stage?: InspectionStage;
  decision?: LotDecision;
  days?: [string, string];
}

/**
 * Lots in one chain, newest first, a page at a time (cursors: previous pages are remembered): the supplier's own,
 * or for its leader the whole chain's or, with `supplierEnterpriseId`, one supplier's.
 */
export function LotsSection({ chainId, supplierEnterpriseId, refresh }: { chainId: string; supplierEnterpriseId?: string; refresh: number }) {
  const { t } = useTranslation('quality');
  const screens = useScreens();
  const [filters, setFilters] = useState<Filters>({});
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const filter = useMemo<LotFilterInput>(
    () => ({
      chainId,
      supplierEnterpriseId,
      partNumber: filters.partNumber || undefined,
      stage: filters.stage,
      decision: filters.decision,
      from: filters.days ? chinaMidnight(filters.days[0]) : undefined,
      to: filters.days ? new Date(new Date(chinaMidnight(filters.days[1])).getTime() + 86_400_000).toISOString() : undefined,
    }),
    [chainId, supplierEnterpriseId, filters],
  );
  const after = cursors[cursors.length - 1];
  const [result, reexecute] = useQuery({ query: QualityLotsDocument, variables: { filter, first: PAGE_SIZE, after } });
  useEffect(() => {
    if (refresh) {
      setCursors([null]);
      reexecute({ requestPolicy: 'network-only' });
    }
  }, [refresh, reexecute]);
  const change = (next: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...next }));
    setCursors([null]);
  };

  return (
    <section aria-labelledby="lots-heading" className="quality-section">
      <Typography.Title level={2} id="lots-heading" className="section-title">
        {t('tabs.lots')}
      </Typography.Title>
      <Form layout={screens.md ? 'inline' : 'vertical'} className="quality-controls" aria-label={t('lots.filters')} role="search">
        <Form.Item label={t('lots.part')} htmlFor="lots-part">
          <Input.Search id="lots-part" allowClear placeholder={t('lots.partPlaceholder')} onSearch={(v) => change({ partNumber: v.trim() })} />
        </Form.Item>
        <Form.Item label={t('lots.stage')} htmlFor="lots-stage">
          <Select id="lots-stage" allowClear placeholder={t('lots.any')} value={filters.stage} onChange={(stage) => change({ stage })} options={stageOptions(t, ALL_STAGES)} style={{ minWidth: 130 }} />
        </Form.Item>
        <Form.Item label={t('lots.decision')} htmlFor="lots-decision">
          <Select id="lots-decision" allowClear placeholder={t('lots.any')} value={filters.decision} onChange={(decision) => change({ decision })} options={decisionOptions(t)} style={{ minWidth: 110 }} />
        </Form.Item>
        <Form.Item label={t('lots.dates')} htmlFor="lots-dates">
          <DatePicker.RangePicker
            id={{ start: 'lots-dates' }}
            allowEmpty={[false, false]}
            onChange={(range: [Dayjs | null, Dayjs | null] | null) =>
              change({ days: range?.[0] && range[1] ? [range[0].format('YYYY-MM-DD'), range[1].format('YYYY-MM-DD')] : undefined })
            }
          />
        </Form.Item>
        <Form.Item>
          <ExportButton
            path="/exports/lots.xlsx"
            params={{ chainId, supplierEnterpriseId, stage: filter.stage, decision: filter.decision, partNumber: filter.partNumber, from: filter.from as string | undefined, to: filter.to as string | undefined }}
            fileName={t('lots.exportFile')}
            label={t('lots.export')}
          />
        </Form.Item>
      </Form>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.inspectionLots.edges.length === 0}
        empty={<PageEmpty title={t('lots.empty')} hint={t('lots.emptyHint')} />}
      >
        {(data) => {
          const lots = data.inspectionLots.edges.map((e) => e.node);
          return (
            <>
              {screens.md ? <LotTable lots={lots} /> : <LotCards lots={lots} />}
              <div className="lots-pager">
                <span>
                  {t('lots.total', { count: data.inspectionLots.totalCount })} · {t('lots.pageN', { n: cursors.length })}
                </span>
                <Space>
                  <Button disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                    {t('lots.previous')}
                  </Button>
                  <Button disabled={!data.inspectionLots.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, data.inspectionLots.pageInfo.endCursor ?? null])}>
                    {t('lots.next')}
                  </Button>
                </Space>
              </div>
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function DecisionTag({ decision }: { decision: LotDecision }) {
  const { t } = useTranslation('quality');
  return <ToneTag tone={decision === 'ACCEPT' ? 'green' : 'red'}>{t(`decision.${decision}`)}</ToneTag>;
}

function LotTable({ lots }: { lots: Lot[] }) {
  const { t } = useTranslation('quality');
  const format = useFormat();
  return (
    <Table<Lot>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={lots}
      columns={[
        { key: 'at', title: t('lots.inspectedAt'), render: (_, l) => format.dateTime(l.inspectedAt) },
        { key: 'part', title: t('lots.part'), dataIndex: 'partNumber' },
        { key: 'lot', title: t('lots.lotNumber'), dataIndex: 'lotNumber' },
        { key: 'stage', title: t('lots.stage'), render: (_, l) => t(`stage.${l.stage}`) },
        { key: 'submission', title: t('lots.submission'), render: (_, l) => t('lots.submissionN', { n: l.submission }) },
        { key: 'size', title: t('lots.lotSize'), align: 'right', render: (_, l) => format.count(l.lotSize) },
        { key: 'sampled', title: t('lots.unitsSampled'), align: 'right', render: (_, l) => format.count(l.unitsSampled) },
        { key: 'nc', title: t('lots.nonconformingUnits'), align: 'right', render: (_, l) => format.count(l.nonconformingUnits) },
        { key: 'aql', title: t('lots.aql'), render: (_, l) => l.aql ?? t('lots.fullInspection') },
        { key: 'decision', title: t('lots.decision'), render: (_, l) => <DecisionTag decision={l.decision} /> },
      ]}
    />
  );
}

function LotCards({ lots }: { lots: Lot[] }) {
  const { t } = useTranslation('quality');
  const format = useFormat();
  return (
    <List
      aria-label={t('lots.listLabel')}
      dataSource={lots}
      renderItem={(l) => (
        <List.Item key={l.id} className="lot-card-item">
          <Card size="small" className="lot-card" title={l.lotNumber} extra={<DecisionTag decision={l.decision} />}>
            <dl className="lot-facts">
              <dt>{t('lots.part')}</dt>
              <dd>{l.partNumber}</dd>
              <dt>{t('lots.stage')}</dt>
              <dd>
                {t(`stage.${l.stage}`)} · {t('lots.submissionN', { n: l.submission })}
              </dd>
              <dt>{t('lots.inspectedAt')}</dt>
              <dd>{format.dateTime(l.inspectedAt)}</dd>
              <dt>
                {t('lots.lotSize')} / {t('lots.unitsSampled')} / {t('lots.nonconformingUnits')}
              </dt>
              <dd>
                {format.count(l.lotSize)} / {format.count(l.unitsSampled)} / {format.count(l.nonconformingUnits)}
              </dd>
            </dl>
          </Card>
        </List.Item>
      )}
    />
  );
}
