import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { Alert, DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { InspectionStage, LotDecision } from '../../../gql/graphql';
import { decisionOptions, stageOptions, SUPPLIER_STAGES } from './lot-labels';
import { LotGridActions, RemoveRowButton } from './lot-grid-buttons';
import { chinaInstant, chinaNow, useRecordLots } from './use-record-lots';

interface LotRow {
  partNumber?: string;
  lotNumber?: string;
  lotSize?: number;
  unitsSampled?: number;
  nonconformingUnits?: number;
  stage: InspectionStage;
  inspectedAt: Dayjs;
  aql?: string;
  decision?: LotDecision;
}

/** AQL values of GB/T 2828.1 Table 2 suppliers use most. */
const AQLS = ['0.065', '0.10', '0.15', '0.25', '0.40', '0.65', '1.0', '1.5', '2.5', '4.0', '6.5'];
const ROW_FIELDS = new Set(['partNumber', 'lotNumber', 'lotSize', 'unitsSampled', 'nonconformingUnits', 'stage', 'inspectedAt', 'aql', 'decision']);
const newRow = (): LotRow => ({ stage: 'SPECIAL', inspectedAt: chinaNow() });

/** Several lots in a small grid; all rows are saved or none, and each refused cell says why next to it. */
export function RecordLotsForm({ chainId, supplierId, onRecorded }: { chainId: string; supplierId: string; onRecorded: () => void }) {
  const { t } = useTranslation('quality');
  const [form] = Form.useForm<{ rows: LotRow[] }>();
  const { fetching, problems, saved, clearSaved, save } = useRecordLots({ form, fields: ROW_FIELDS, fresh: newRow, onRecorded });

  const submit = ({ rows }: { rows: LotRow[] }) =>
    save(
      rows.map((r) => ({
        chainId,
        supplierEnterpriseId: supplierId,
        partNumber: (r.partNumber ?? '').trim(),
        lotNumber: (r.lotNumber ?? '').trim(),
        lotSize: r.lotSize ?? 0,
        unitsSampled: r.unitsSampled ?? 0,
        nonconformingUnits: r.nonconformingUnits ?? 0,
        stage: r.stage,
        inspectedAt: chinaInstant(r.inspectedAt),
        aql: r.aql || undefined,
        decision: r.decision || undefined,
      })),
    );

  const required = (label: string) => [{ required: true, message: t('record.required', { label }) }];
  return (
    <section aria-labelledby="record-heading" className="quality-section">
      <Typography.Title level={2} id="record-heading" className="section-title">
        {t('tabs.record')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('record.intro')}</Typography.Paragraph>
      {saved && <Alert type="success" showIcon role="status" title={saved} className="form-alert" />}
      {problems.length > 0 && <Alert type="error" showIcon title={problems[0]} description={problems.length > 1 ? problems.slice(1).join(' ') : undefined} className="form-alert" />}
      <Form form={form} layout="vertical" initialValues={{ rows: [newRow()] }} onFinish={submit} onValuesChange={clearSaved} scrollToFirstError>
        <Form.List name="rows">
          {(fields, { add, remove }) => (
            <>
              {fields.map(({ key, name }, i) => {
                const extra = (k: string) => (i === 0 ? t(`record.${k}Extra`) : undefined);
                return (
                  <fieldset key={key} className="lot-grid-row">
                    <legend>{t('record.row', { n: i + 1 })}</legend>
                    <Form.Item name={[name, 'partNumber']} label={t('record.partNumber')} rules={required(t('record.partNumber'))} extra={extra('partNumber')}>
                      <Input maxLength={80} placeholder="HSG-220" />
                    </Form.Item>
                    <Form.Item name={[name, 'lotNumber']} label={t('record.lotNumber')} rules={required(t('record.lotNumber'))} extra={extra('lotNumber')}>
                      <Input maxLength={80} placeholder="HSG-220-2612-01" />
                    </Form.Item>
                    <Form.Item name={[name, 'lotSize']} label={t('record.lotSize')} rules={required(t('record.lotSize'))} extra={extra('lotSize')}>
                      <InputNumber min={1} precision={0} inputMode="numeric" placeholder="1000" className="full-width" />
                    </Form.Item>
                    <Form.Item name={[name, 'unitsSampled']} label={t('record.unitsSampled')} rules={required(t('record.unitsSampled'))} extra={extra('unitsSampled')}>
                      <InputNumber min={1} precision={0} inputMode="numeric" placeholder="80" className="full-width" />
                    </Form.Item>
                    <Form.Item name={[name, 'nonconformingUnits']} label={t('record.nonconformingUnits')} rules={required(t('record.nonconformingUnits'))} extra={extra('nonconformingUnits')}>
                      <InputNumber min={0} precision={0} inputMode="numeric" placeholder="0" className="full-width" />
                    </Form.Item>
                    <Form.Item name={[name, 'stage']} label={t('record.stage')} rules={required(t('record.stage'))} extra={extra('stage')}>
                      <Select options={stageOptions(t, SUPPLIER_STAGES)} />
                    </Form.Item>
                    <Form.Item name={[name, 'inspectedAt']} label={t('record.inspectedAt')} rules={required(t('record.inspectedAt'))} extra={extra('inspectedAt')}>
                      <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} disabledDate={(d) => d.isAfter(chinaNow(), 'day')} className="full-width" />
                    </Form.Item>
                    <Form.Item name={[name, 'aql']} label={t('record.aql')} extra={extra('aql')}>
                      <Select allowClear placeholder={t('record.aqlNone')} options={AQLS.map((a) => ({ value: a, label: a }))} />
                    </Form.Item>
                    <Form.Item name={[name, 'decision']} label={t('record.decision')} extra={extra('decision')}>
                      <Select allowClear placeholder={t('record.decisionAuto')} options={decisionOptions(t)} />
                    </Form.Item>
                    <RemoveRowButton n={i + 1} rows={fields.length} onRemove={() => remove(name)} />
                  </fieldset>
                );
              })}
              <LotGridActions rows={fields.length} onAdd={() => add(newRow())} saving={fetching} />
            </>
          )}
        </Form.List>
      </Form>
    </section>
  );
}
