import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EightDStep } from '../../../gql/graphql';

type Name = (string | number)[];

/** What a new step's form starts with: one empty row in each list, three whys for the occurrence chain (5 Why). */
export const BLANK: Record<EightDStep, Record<string, unknown>> = {
  D1: { team: [{}] },
  D2: { isIsNot: [{}] },
  D3: {},
  D4: { occurrence: { whys: ['', '', ''] }, escape: { whys: [''] } },
  D5: { actions: [{}] },
  D6: { actions: [{}] },
  D7: { documentsUpdated: [''] },
};

/** The fields of one 8D step, named exactly as the API's step content (libs/quality step-content.ts). */
export function StepFields({ step }: { step: EightDStep }) {
  switch (step) {
    case 'D1':
      return <RowList name={['team']} item="member" columns={['name', 'role']} />;
    case 'D2':
      return (
        <>
          {(['what', 'where', 'when', 'who', 'why', 'how', 'howMany'] as const).map((k) => (
            <Text key={k} name={[k]} label={`d2.${k}`} area={k === 'what'} />
          ))}
          <RowList name={['isIsNot']} item="comparison" columns={['aspect', 'is', 'isNot']} />
        </>
      );
    case 'D3':
      return (
        <>
          {(['atCustomer', 'atSupplier', 'inTransit'] as const).map((place) => (
            <fieldset key={place} className="step-group">
              <GroupLegend k={`d3.${place}`} />
              <Quantity name={[place, 'quantity']} />
              <Text name={[place, 'action']} label="d3.action" area />
            </fieldset>
          ))}
        </>
      );
    case 'D4':
      return (
        <>
          {(['occurrence', 'escape'] as const).map((kind) => (
            <fieldset key={kind} className="step-group">
              <GroupLegend k={`d4.${kind}`} />
              <Whys name={[kind, 'whys']} />
              <Text name={[kind, 'rootCause']} label="d4.rootCause" area />
            </fieldset>
          ))}
        </>
      );
    case 'D5':
    case 'D6':
      return (
        <>
          <ActionList validated={step === 'D6'} />
          <Text name={[step === 'D5' ? 'verification' : 'validation']} label={step === 'D5' ? 'd5.verification' : 'd6.validation'} area />
        </>
      );
    case 'D7':
      return (
        <>
          <StringList name={['documentsUpdated']} item="document" />
          <Text name={['controls']} label="d7.controls" area />
        </>
      );
  }
}

function useField(label: string) {
  const { t } = useTranslation('actions');
  return { label: t(`form.${label}.label`), extra: t(`form.${label}.extra`, { defaultValue: '' }) || undefined };
}

function GroupLegend({ k }: { k: string }) {
  const { t } = useTranslation('actions');
  return (
    <legend className="step-legend">
      {t(`form.${k}.label`)}
      <span className="step-legend-hint">{t(`form.${k}.extra`)}</span>
    </legend>
  );
}

function Text({ name, label, area }: { name: Name; label: string; area?: boolean }) {
  const field = useField(label);
  return (
    <Form.Item name={name} {...field}>
      {area ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} /> : <Input maxLength={1000} />}
    </Form.Item>
  );
}

function Quantity({ name }: { name: Name }) {
  const field = useField('d3.quantity');
  return (
    <Form.Item name={name} {...field}>
      <InputNumber className="step-number" inputMode="numeric" />
    </Form.Item>
  );
}

function ListErrors({ errors }: { errors: ReactNode[] }) {
  return errors.length ? <Form.ErrorList errors={errors} className="step-list-errors" /> : null;
}

/** Rows of text columns (team members, is / is-not comparisons): add and remove rows. */
function RowList({ name, item, columns }: { name: Name; item: string; columns: string[] }) {
  const { t } = useTranslation('actions');
  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <div className="step-list" role="group" aria-label={t(`form.${item}.group`)}>
          <div className="step-list-title">{t(`form.${item}.group`)}</div>
          {fields.map((f, i) => (
            <div key={f.key} className="step-row">
              <div className="step-row-head">
                <span>{t(`form.${item}.row`, { n: i + 1 })}</span>
                <RemoveButton label={t('form.remove', { what: t(`form.${item}.row`, { n: i + 1 }) })} onClick={() => remove(f.name)} />
              </div>
              {columns.map((c) => (
                <Text key={c} name={[f.name, c]} label={`${item}.${c}`} />
              ))}
            </div>
          ))}
          <ListErrors errors={errors} />
          <AddButton label={t(`form.${item}.add`)} onClick={() => add({})} />
        </div>
      )}
    </Form.List>
  );
}

/** The why-chain: each answer asks "why?" of the one before it. */
function Whys({ name }: { name: Name }) {
  const { t } = useTranslation('actions');
  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <div className="step-list" role="group" aria-label={t('form.why.group')}>
          <div className="step-list-hint">{t('form.why.extra')}</div>
          {fields.map((f, i) => (
            <div key={f.key} className="step-inline">
              <Form.Item name={[f.name]} label={t('form.why.row', { n: i + 1 })} className="step-inline-item">
                <Input maxLength={1000} />
              </Form.Item>
              <RemoveButton label={t('form.remove', { what: t('form.why.row', { n: i + 1 }) })} onClick={() => remove(f.name)} />
            </div>
          ))}
          <ListErrors errors={errors} />
          <AddButton label={t('form.why.add')} onClick={() => add('')} />
        </div>
      )}
    </Form.List>
  );
}

function StringList({ name, item }: { name: Name; item: string }) {
  const { t } = useTranslation('actions');
  return (
    <Form.List name={name}>
      {(fields, { add, remove }, { errors }) => (
        <div className="step-list" role="group" aria-label={t(`form.${item}.group`)}>
          <div className="step-list-title">{t(`form.${item}.group`)}</div>
          <div className="step-list-hint">{t(`form.${item}.extra`)}</div>
          {fields.map((f, i) => (
            <div key={f.key} className="step-inline">
              <Form.Item name={[f.name]} label={t(`form.${item}.row`, { n: i + 1 })} className="step-inline-item">
                <Input maxLength={1000} />
              </Form.Item>
              <RemoveButton label={t('form.remove', { what: t(`form.${item}.row`, { n: i + 1 }) })} onClick={() => remove(f.name)} />
            </div>
          ))}
          <ListErrors errors={errors} />
          <AddButton label={t(`form.${item}.add`)} onClick={() => add('')} />
        </div>
      )}
    </Form.List>
  );
}

/** Actions with an owner and a due date (D5 planned, D6 implemented and validated). */
function ActionList({ validated }: { validated: boolean }) {
  const { t } = useTranslation('actions');
  const due = useField('action.dueOn');
  return (
    <Form.List name={['actions']}>
      {(fields, { add, remove }, { errors }) => (
        <div className="step-list" role="group" aria-label={t('form.action.group')}>
          <div className="step-list-title">{t('form.action.group')}</div>
          {fields.map((f, i) => (
            <div key={f.key} className="step-row">
              <div className="step-row-head">
                <span>{t('form.action.row', { n: i + 1 })}</span>
                <RemoveButton label={t('form.remove', { what: t('form.action.row', { n: i + 1 }) })} onClick={() => remove(f.name)} />
              </div>
              <Text name={[f.name, 'description']} label="action.description" area />
              <Text name={[f.name, 'owner']} label="action.owner" />
              <Form.Item
                name={[f.name, 'dueOn']}
                {...due}
                getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })}
                normalize={(d: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}
              >
                <DatePicker className="step-date" inputReadOnly />
              </Form.Item>
              <Text name={[f.name, 'evidence']} label="action.evidence" area />
              {validated && (
                <Form.Item name={[f.name, 'validated']} valuePropName="checked">
                  <Checkbox>{t('form.action.validated.label')}</Checkbox>
                </Form.Item>
              )}
            </div>
          ))}
          <ListErrors errors={errors} />
          <AddButton label={t('form.action.add')} onClick={() => add({})} />
        </div>
      )}
    </Form.List>
  );
}

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button type="dashed" icon={<PlusOutlined />} onClick={onClick} block className="step-add">
      {label}
    </Button>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return <Button type="text" danger icon={<DeleteOutlined />} aria-label={label} title={label} onClick={onClick} className="step-remove" />;
}
