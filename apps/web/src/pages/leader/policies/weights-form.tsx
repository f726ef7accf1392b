import { CheckCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Col, Form, InputNumber, Row } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import { PolicySection, SaveButton, usePolicySave, type FieldOf } from './policy-section';
import { WEIGHT_KEYS, weightInput, weightsAddUp, weightTotal, weightValues, type Policy, type WeightKey, type WeightValues } from './policy-values';

type Values = WeightValues & { total?: unknown };

// The API names `weights.ppm` (its rule) or `scorecardWeights.ppm` (the input's); `weights` alone is the sum.
const fieldOf: FieldOf = (apiField) => {
  const name = apiField.split('.').pop()!;
  if (name === 'weights' || name === 'scorecardWeights') return ['total'];
  return (WEIGHT_KEYS as readonly string[]).includes(name) || name === 'ppmAtZeroScore' ? [name] : undefined;
};

/** How much each part of the supplier scorecard counts: four weights that add up to 100%, and the PPM that scores nothing. */
export function WeightsForm({ chainId, policy, mayAct, onSaved }: { chainId: string; policy: Policy | null; mayAct: boolean; onSaved: () => void }) {
  const { t } = useTranslation('leader-policies');
  const format = useFormat();
  const [form] = Form.useForm<Values>();
  const initial = weightValues(policy);
  const { fetching, saved, problems, save, edited } = usePolicySave(form, chainId, fieldOf, onSaved);
  const v: WeightValues = { ...initial, ...Form.useWatch((values: Values) => values, form) };
  const share = (k: WeightKey) => format.percent((v[k] ?? 0) / 100);
  const zero = v.ppmAtZeroScore;

  const weightRule: Rule = { validator: (_, value: number | null) => (value == null || value < 0 ? Promise.reject(new Error(t('weights.rules.weight'))) : Promise.resolve()) };
  const totalRule: Rule = {
    validator: () => {
      const values = form.getFieldsValue(WEIGHT_KEYS as unknown as string[]) as Partial<WeightValues>;
      return weightsAddUp(values) ? Promise.resolve() : Promise.reject(new Error(t('weights.rules.total', { total: format.percent(weightTotal(values) / 100) })));
    },
  };

  return (
    <PolicySection id="weights" title={t('weights.title')} intro={t('weights.intro')} saved={saved ? t('weights.saved') : null} problems={problems}>
      <Form<Values>
        name="weights"
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={!mayAct}
        onFinish={(values) => void save({ scorecardWeights: weightInput(values) })}
        onValuesChange={edited}
        scrollToFirstError
      >
        <ShareBar values={v} label={(k) => t(`weights.short.${k}`)} />
        <Row gutter={16}>
          {WEIGHT_KEYS.map((k) => (
            <Col xs={24} md={12} key={k}>
              <Form.Item name={k} label={t(`weights.${k}`)} extra={t(`weights.${k}Extra`, { share: share(k) })} rules={[weightRule]}>
                <InputNumber precision={1} step={5} inputMode="decimal" suffix="%" className="policy-number" />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24} md={12}>
            <Form.Item name="total" label={t('weights.total')} dependencies={[...WEIGHT_KEYS]} rules={[totalRule]}>
              <WeightTotal total={weightTotal(v)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="ppmAtZeroScore"
              label={t('weights.ppmAtZeroScore')}
              extra={zero ? t('weights.ppmAtZeroScoreExtra', { ppm: format.count(zero), example: format.count(zero / 5) }) : t('weights.ppmAtZeroScoreEmpty')}
              rules={[{ required: true, message: t('weights.rules.ppmAtZeroScore') }, { type: 'number', min: 1, message: t('weights.rules.ppmAtZeroScore') }]}
            >
              <InputNumber precision={0} step={1000} inputMode="numeric" suffix="PPM" className="policy-number" />
            </Form.Item>
          </Col>
        </Row>
        <p className="policy-note">{t('weights.leftOut')}</p>
        <SaveButton mayAct={mayAct} fetching={fetching} />
      </Form>
    </PolicySection>
  );
}

/** The weights' sum as it is typed; the form item around it holds the "must add up to 100%" message. */
function WeightTotal({ total, id, ref }: { total: number; id?: string; ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation('leader-policies');
  const format = useFormat();
  const ok = Math.abs(total - 100) < 0.05;
  const gap = format.percent(Math.abs(100 - total) / 100);
  return (
    <div ref={ref} id={id} className={ok ? 'weight-total weight-total-ok' : 'weight-total weight-total-off'} aria-live="polite">
      {ok ? <CheckCircleFilled aria-hidden /> : <ExclamationCircleFilled aria-hidden />} {format.percent(total / 100)}
      <span className="weight-total-note">{ok ? t('weights.totalOk') : total < 100 ? t('weights.totalShort', { gap }) : t('weights.totalOver', { gap })}</span>
    </div>
  );
}

/** Each weight's share of the score as a bar (the same figures are in the fields' texts). */
function ShareBar({ values, label }: { values: WeightValues; label: (k: WeightKey) => string }) {
  const total = Math.max(100, weightTotal(values));
  return (
    <div className="share-bar" aria-hidden="true">
      {WEIGHT_KEYS.filter((k) => (values[k] ?? 0) > 0).map((k) => (
        <div key={k} className={`share-bar-part share-${k}`} style={{ width: `${((values[k] ?? 0) / total) * 100}%` }}>
          <span>
            {label(k)} {Math.round(values[k] ?? 0)}%
          </span>
        </div>
      ))}
    </div>
  );
}
