import { Col, Form, InputNumber, Row } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { PolicySection, SaveButton, usePolicySave, type FieldOf } from './policy-section';
import { bandInput, bandValues, type BandValues, type Policy } from './policy-values';

type Values = BandValues & { D?: unknown };

// `bands` (the API's rule: 0..100, A above B above C) is shown by grade D's line, which lists the whole ladder.
const fieldOf: FieldOf = (apiField) => {
  const name = apiField.split('.').pop()!;
  if (name === 'bands' || name === 'gradeBands') return ['D'];
  return ['A', 'B', 'C'].includes(name) ? [name] : undefined;
};

/** Which score makes which grade: the lowest score of A, B and C, kept in order; below C is D. */
export function BandsForm({ chainId, policy, mayAct, onSaved }: { chainId: string; policy: Policy | null; mayAct: boolean; onSaved: () => void }) {
  const { t } = useTranslation('leader-policies');
  const [form] = Form.useForm<Values>();
  const initial = bandValues(policy);
  const { fetching, saved, problems, save, edited } = usePolicySave(form, chainId, fieldOf, onSaved);
  const v: BandValues = { ...initial, ...Form.useWatch((values: Values) => values, form) };
  const score = (n: number | null) => (n == null ? '…' : String(n));

  const inRange: Rule = {
    validator: (_, value: number | null) => (value != null && value >= 0 && value <= 100 ? Promise.resolve() : Promise.reject(new Error(t('bands.rules.range')))),
  };
  /** A band must stay below the one above it. */
  const below = (upper: 'A' | 'B'): Rule => ({
    validator: (_, value: number | null) => {
      const limit = form.getFieldValue(upper) as number | null;
      return value == null || limit == null || value < limit ? Promise.resolve() : Promise.reject(new Error(t('bands.rules.below', { grade: upper, score: limit })));
    },
  });

  return (
    <PolicySection id="bands" title={t('bands.title')} intro={t('bands.intro')} saved={saved ? t('bands.saved') : null} problems={problems}>
      <Form<Values>
        name="bands"
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={!mayAct}
        onFinish={(values) => void save({ gradeBands: bandInput(values) })}
        onValuesChange={edited}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="A" label={t('bands.A')} extra={t('bands.AExtra', { a: score(v.A) })} rules={[inRange]}>
              <InputNumber precision={1} inputMode="decimal" suffix={t('bands.points')} className="policy-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="B" label={t('bands.B')} extra={t('bands.BExtra', { a: score(v.A), b: score(v.B) })} dependencies={['A']} rules={[inRange, below('A')]}>
              <InputNumber precision={1} inputMode="decimal" suffix={t('bands.points')} className="policy-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="C" label={t('bands.C')} extra={t('bands.CExtra', { b: score(v.B), c: score(v.C) })} dependencies={['B']} rules={[inRange, below('B')]}>
              <InputNumber precision={1} inputMode="decimal" suffix={t('bands.points')} className="policy-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="D" label={t('bands.D')}>
              <GradeD text={t('bands.DText', { c: score(v.C) })} />
            </Form.Item>
          </Col>
        </Row>
        <SaveButton mayAct={mayAct} fetching={fetching} />
      </Form>
    </PolicySection>
  );
}

/** Grade D has no lower bound to type: it is what is left below C. */
function GradeD({ text, id, ref }: { text: string; id?: string; ref?: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} id={id} className="grade-d">
      {text}
    </div>
  );
}
