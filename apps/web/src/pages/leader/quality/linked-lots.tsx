import { Form, List, Select, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { LotDecision } from '../../../gql/graphql';
import { ToneTag } from '../../../ui/tone-tag';

const RejectedLotsDocument = graphql(`
  query LeaderRejectedLots($filter: LotFilterInput!) {
    inspectionLots(filter: $filter, first: 100) {
      edges {
        node {
          id
          lotNumber
          partNumber
          supplierEnterpriseId
          inspectedAt
        }
      }
    }
  }
`);

/** The lots offered as evidence: those rejected in the last 90 days. */
const WINDOW_DAYS = 90;
/** The API's limit on lots linked to one issue. */
const MAX_LOTS = 50;

export interface LinkedLot {
  id: string;
  lotNumber: string;
  partNumber: string;
  supplierEnterpriseId: string;
  stage: string;
  inspectedAt: string;
  unitsSampled: number;
  nonconformingUnits: number;
  decision: LotDecision;
}

/**
 * The report form's lots that evidence the issue: the chain's lots rejected
 * in the last 90 days, only the chosen suppliers' once any are chosen,
 * searchable by lot number, part or supplier.
 */
export function LinkedLotsField<V extends { supplierEnterpriseIds?: string[] }>({ form, chainId, names, open }: { form: FormInstance<V>; chainId: string; names: Map<string, string>; open: boolean }) {
  const { t } = useTranslation('leader-quality');
  const format = useFormat();
  // Fixed when the form opens, so the query's variables stay the same from one render to the next.
  const [from] = useState(() => new Date(Date.now() - WINDOW_DAYS * 86_400_000).toISOString());
  const [lots] = useQuery({ query: RejectedLotsDocument, variables: { filter: { chainId, decision: 'REJECT', from } }, pause: !open });
  const chosen = (Form.useWatch('supplierEnterpriseIds', form) as string[] | undefined) ?? [];
  const options = (lots.data?.inspectionLots.edges ?? [])
    .map((e) => e.node)
    .filter((l) => !chosen.length || chosen.includes(l.supplierEnterpriseId))
    .map((l) => ({ value: l.id, label: `${l.lotNumber} · ${l.partNumber} · ${names.get(l.supplierEnterpriseId) ?? '—'} · ${format.date(l.inspectedAt)}` }));
  return (
    <Form.Item name="lotIds" label={t('report.lots')} extra={t('report.lotsExtra', { days: WINDOW_DAYS, max: MAX_LOTS })} rules={[{ type: 'array', max: MAX_LOTS, message: t('report.lotsTooMany', { max: MAX_LOTS }) }]}>
      <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} loading={lots.fetching} options={options} notFoundContent={t('report.lotsNone')} />
    </Form.Item>
  );
}

/** An issue's linked lots, one line each, readable on a phone as on a desktop. */
export function LinkedLotsSection({ lots, names }: { lots: LinkedLot[]; names: Map<string, string> }) {
  const { t } = useTranslation(['leader-quality', 'quality']);
  const format = useFormat();
  return (
    <section aria-labelledby="issue-lots">
      <Typography.Title level={2} id="issue-lots" className="section-title">
        {t('issue.lots')}
      </Typography.Title>
      {lots.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('issue.noLots')}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          bordered
          className="issue-lots"
          dataSource={lots}
          renderItem={(l) => (
            <List.Item key={l.id}>
              <span>
                <strong>{l.lotNumber}</strong> · {l.partNumber} · {names.get(l.supplierEnterpriseId) ?? '—'} · {t(`stage.${l.stage}`, { ns: 'quality' })} · {format.dateTime(l.inspectedAt)}
              </span>
              <span>
                {t('issue.lotCounts', { nc: format.count(l.nonconformingUnits), n: format.count(l.unitsSampled) })}{' '}
                <ToneTag tone={l.decision === 'ACCEPT' ? 'green' : 'red'}>{t(`decision.${l.decision}`, { ns: 'quality' })}</ToneTag>
              </span>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
