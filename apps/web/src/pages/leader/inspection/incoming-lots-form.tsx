import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Dayjs } from 'dayjs';
import { Alert, DatePicker, Form, Input, InputNumber, Select, Typography, type FormInstance } from 'antd';
import { graphql } from '../../../gql';
import { useFormat } from '../../../format/format';
import { ToneTag } from '../../../ui/tone-tag';
import { useDebounced } from '../../../ui/use-debounced';
import { LotGridActions, RemoveRowButton } from '../../supplier/quality/lot-grid-buttons';
import { rowErrorKey } from '../../supplier/quality/lot-labels';
import { chinaInstant, chinaNow, useRecordLots } from '../../supplier/quality/use-record-lots';
import { aqlOptions, levelOptions } from './sampling-options';

const SuppliersDocument = graphql(`
  query LeaderIncomingSuppliers($chainId: ID!) {
    industryChain(id: $chainId) {
      id
      memberships(first: 100) {
        edges {
          node {
            id
            status
            enterprise {
              id
              name
            }
          }
        }
      }
    }
  }
`);
const NextPlanDocument = graphql(`
  query LeaderIncomingPlan($chainId: ID!, $supplierEnterpriseId: ID!, $partNumber: String!, $lotSize: Int!, $level: String!, $aql: String!) {
    samplingState(chainId: $chainId, supplierEnterpriseId: $supplierEnterpriseId, partNumber: $partNumber) {
      id
      severity
      discontinued
      nextPlan(lotSize: $lotSize, level: $level, aql: $aql) {
        codeLetter
        sampleSize
        acceptanceNumber
        rejectionNumber
      }
    }
  }
`);

interface IncomingRow {
  supplierEnterpriseId?: string;
  partNumber?: string;
  lotNumber?: string;
  lotSize?: number;
  inspectionLevel: string;
  aql: string;
  unitsSampled?: number;
  nonconformingUnits?: number;
  inspectedAt: Dayjs;
  /** Set only for a part under reduced inspection, whose smaller sample the server checks against the reduced plan. */
  planSeverity?: 'REDUCED';
}

const ROW_FIELDS = new Set(['supplierEnterpriseId', 'partNumber', 'lotNumber', 'lotSize', 'inspectionLevel', 'aql', 'unitsSampled', 'nonconformingUnits', 'inspectedAt']);
const newRow = (): IncomingRow => ({ inspectionLevel: 'II', aql: '1.0', inspectedAt: chinaNow() });
/** The API refuses a supplier outside the chain under the lot's supplier field; for the leader that means "not a supplier of your chain". */
const leaderErrorKey = (field: string) => (field === 'supplierEnterpriseId' ? 'supplierOfChain' : rowErrorKey(field));
/** Incoming lots may be recorded for suppliers in the chain, suspended ones included (they still deliver). */
const RECORDABLE = new Set(['ACTIVE', 'SUSPENDED']);

/**
 * The leader's incoming inspection in a grid: as a row is typed the part's
 * next sampling plan (at its switching severity, GB/T 2828.1-2012 clause 9)
 * fills in the sample size, and the decision follows from the nonconforming
 * count (clause 11.1: accept at Ac or fewer, reject at Re or more).
 */
export function IncomingLotsForm({ chainId, onRecorded }: { chainId: string; onRecorded: () => void }) {
  const { t } = useTranslation('leader-inspection');
  const q = useTranslation('quality').t;
  const [form] = Form.useForm<{ rows: IncomingRow[] }>();
  const { fetching, problems, saved, clearSaved, save } = useRecordLots({ form, fields: ROW_FIELDS, fresh: newRow, onRecorded, errorKey: leaderErrorKey });
  const [suppliers] = useQuery({ query: SuppliersDocument, variables: { chainId } });
  const supplierOptions = (suppliers.data?.industryChain.memberships.edges ?? []).flatMap(({ node }) => (node.enterprise && RECORDABLE.has(node.status) ? [{ value: node.enterprise.id, label: node.enterprise.name }] : []));

  const submit = ({ rows }: { rows: IncomingRow[] }) =>
    save(
      rows.map((r) => ({
        chainId,
        supplierEnterpriseId: r.supplierEnterpriseId ?? '',
        partNumber: (r.partNumber ?? '').trim(),
        lotNumber: (r.lotNumber ?? '').trim(),
        lotSize: r.lotSize ?? 0,
        unitsSampled: r.unitsSampled ?? 0,
        nonconformingUnits: r.nonconformingUnits ?? 0,
        stage: 'INCOMING' as const,
        inspectedAt: chinaInstant(r.inspectedAt),
        inspectionLevel: r.inspectionLevel,
        aql: r.aql,
        planSeverity: r.planSeverity,
      })),
    );

  const required = (label: string) => [{ required: true, message: q('record.required', { label }) }];
  return (
    <section aria-labelledby="incoming-heading" className="quality-section">
      <Typography.Title level={2} id="incoming-heading" className="section-title">
        {t('record.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('record.intro')}</Typography.Paragraph>
      {saved && <Alert type="success" showIcon role="status" title={saved} className="form-alert" />}
      {problems.length > 0 && <Alert type="error" showIcon title={problems[0]} description={problems.length > 1 ? problems.slice(1).join(' ') : undefined} className="form-alert" />}
      <Form form={form} layout="vertical" initialValues={{ rows: [newRow()] }} onFinish={submit} onValuesChange={clearSaved} scrollToFirstError>
        <Form.List name="rows">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }, i) => (
                <fieldset key={key} className="lot-grid-row incoming-row">
                  <legend>{q('record.row', { n: i + 1 })}</legend>
                  <Form.Item name={[name, 'supplierEnterpriseId']} label={t('record.supplier')} rules={required(t('record.supplier'))} className="incoming-supplier">
                    <Select showSearch={{ optionFilterProp: 'label' }} loading={suppliers.fetching} options={supplierOptions} placeholder={t('record.supplierPlaceholder')} />
                  </Form.Item>
                  <Form.Item name={[name, 'partNumber']} label={q('record.partNumber')} rules={required(q('record.partNumber'))}>
                    <Input maxLength={80} placeholder="FLG-310" />
                  </Form.Item>
                  <Form.Item name={[name, 'lotNumber']} label={q('record.lotNumber')} rules={required(q('record.lotNumber'))}>
                    <Input maxLength={80} placeholder="FLG-310-2612-01" />
                  </Form.Item>
                  <Form.Item name={[name, 'lotSize']} label={q('record.lotSize')} rules={required(q('record.lotSize'))}>
                    <InputNumber min={1} precision={0} inputMode="numeric" placeholder="1000" className="full-width" />
                  </Form.Item>
                  <Form.Item name={[name, 'inspectionLevel']} label={t('calculator.level')}>
                    <Select options={levelOptions} />
                  </Form.Item>
                  <Form.Item name={[name, 'aql']} label={t('record.aql')}>
                    <Select options={aqlOptions} />
                  </Form.Item>
                  <Form.Item name={[name, 'planSeverity']} hidden>
                    <input type="hidden" />
                  </Form.Item>
                  <Form.Item name={[name, 'unitsSampled']} label={q('record.unitsSampled')} rules={required(q('record.unitsSampled'))}>
                    <InputNumber min={1} precision={0} inputMode="numeric" className="full-width" />
                  </Form.Item>
                  <Form.Item name={[name, 'nonconformingUnits']} label={q('record.nonconformingUnits')} rules={required(q('record.nonconformingUnits'))}>
                    <InputNumber min={0} precision={0} inputMode="numeric" placeholder="0" className="full-width" />
                  </Form.Item>
                  <Form.Item name={[name, 'inspectedAt']} label={q('record.inspectedAt')} rules={required(q('record.inspectedAt'))}>
                    <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} disabledDate={(d) => d.isAfter(chinaNow(), 'day')} className="full-width" />
                  </Form.Item>
                  <RemoveRowButton n={i + 1} rows={fields.length} onRemove={() => remove(name)} />
                  <RowPlan form={form} name={name} n={i + 1} chainId={chainId} />
                </fieldset>
              ))}
              <LotGridActions rows={fields.length} onAdd={() => add(newRow())} saving={fetching} />
            </>
          )}
        </Form.List>
      </Form>
    </section>
  );
}

/** One row's sampling plan and decision, read as the row is typed; it fills the sample size unless the inspector typed one. */
function RowPlan({ form, name, n, chainId }: { form: FormInstance<{ rows: IncomingRow[] }>; name: number; n: number; chainId: string }) {
  const { t } = useTranslation('leader-inspection');
  const format = useFormat();
  const row = Form.useWatch(['rows', name], form) as IncomingRow | undefined;
  const probe = useDebounced(
    JSON.stringify({ supplierEnterpriseId: row?.supplierEnterpriseId ?? '', partNumber: row?.partNumber?.trim() ?? '', lotSize: row?.lotSize ?? 0, level: row?.inspectionLevel ?? 'II', aql: row?.aql ?? '' }),
  );
  const variables = { chainId, ...(JSON.parse(probe) as { supplierEnterpriseId: string; partNumber: string; lotSize: number; level: string; aql: string }) };
  const ready = !!variables.supplierEnterpriseId && !!variables.partNumber && variables.lotSize >= 2 && !!variables.aql;
  const [result] = useQuery({ query: NextPlanDocument, variables, pause: !ready });
  const state = ready ? result.data?.samplingState : undefined;
  const plan = state?.nextPlan;

  // Under normal or tightened inspection the server judges the lot on the part's severity as it records it (the
  // sample is the same size); a reduced sample is smaller, so the lot says it was taken on the reduced plan.
  const severity = state?.severity;
  useEffect(() => {
    form.setFieldValue(['rows', name, 'planSeverity'], severity === 'REDUCED' ? 'REDUCED' : undefined);
    if (!plan || form.isFieldTouched(['rows', name, 'unitsSampled'])) return;
    form.setFieldValue(['rows', name, 'unitsSampled'], plan.sampleSize);
  }, [plan, severity, form, name]);

  const defects = row?.nonconformingUnits;
  let body: React.ReactNode;
  if (!ready) body = <Typography.Text type="secondary">{t('record.planHint')}</Typography.Text>;
  else if (state?.discontinued) body = <Typography.Text type="danger">{t('record.discontinued')}</Typography.Text>;
  else if (!plan) body = <Typography.Text type="secondary">{result.fetching ? t('record.planLoading') : t('record.planMissing')}</Typography.Text>;
  else
    body = (
      <>
        <span>{t('record.plan', { severity: t(`severity.${state!.severity}`), letter: plan.codeLetter, n: format.count(plan.sampleSize), ac: plan.acceptanceNumber, re: plan.rejectionNumber })}</span>
        {defects != null && (defects <= plan.acceptanceNumber ? <ToneTag tone="green">{t('record.accept')}</ToneTag> : defects >= plan.rejectionNumber ? <ToneTag tone="red">{t('record.reject')}</ToneTag> : null)}
      </>
    );
  return (
    <div className="incoming-plan" role="status" aria-live="polite" aria-label={t('record.planLabel', { n })}>
      {body}
    </div>
  );
}
