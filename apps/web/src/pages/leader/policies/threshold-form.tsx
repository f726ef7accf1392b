import { Alert, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import { PolicySection, SaveButton, usePolicySave, type FieldOf } from './policy-section';
import { DEFECT_CODE, MAX_PPM, MAX_WINDOW_DAYS, STAGES, thresholdInput, thresholdValues, type Policy, type ThresholdValues } from './policy-values';

const FIELDS = new Set(['stage', 'windowDays', 'minLots', 'minLotPassRate', 'maxPpm', 'fallbackDefectCode']);
const fieldOf: FieldOf = (apiField) => {
  const name = apiField.split('.').pop()!;
  return FIELDS.has(name) ? [name] : undefined;
};

/** When a supplier's lot pass rate or PPM breaches the chain's threshold, a quality issue with an 8D request is raised. */
export function ThresholdForm({ chainId, policy, mayAct, onSaved }: { chainId: string; policy: Policy | null; mayAct: boolean; onSaved: () => void }) {
  const { t } = useTranslation('leader-policies');
  const format = useFormat();
  const [form] = Form.useForm<ThresholdValues>();
  const initial = thresholdValues(policy);
  const { fetching, saved, problems, save, edited } = usePolicySave(form, chainId, fieldOf, onSaved);
  const v = { ...initial, ...Form.useWatch((values: ThresholdValues) => values, form) };

  const some = (n: number | null | undefined, show: (n: number) => string) => (n == null ? '…' : show(n));
  const days = some(v.windowDays, format.count);
  const lots = some(v.minLots, format.count);
  const rate = v.minLotPassRate == null ? null : format.percent(v.minLotPassRate / 100);
  const ppm = v.maxPpm == null ? null : format.count(v.maxPpm);
  const conditions = [rate && t('thresholds.effect.rate', { rate }), ppm && t('thresholds.effect.ppm', { ppm })].filter(Boolean);
  const stage = t(`thresholds.stageScope.${v.stage}`);

  const between = (min: number, max: number, message: string, integer = false): Rule => ({
    validator: (_, value: number | null) => (value == null || (value >= min && value <= max && (!integer || Number.isInteger(value))) ? Promise.resolve() : Promise.reject(new Error(message))),
  });
  const required = (message: string): Rule => ({ required: true, message });

  return (
    <PolicySection
      id="thresholds"
      title={t('thresholds.title')}
      intro={t('thresholds.intro')}
      saved={saved ? t('thresholds.saved') : null}
      problems={problems}
    >
      <Form<ThresholdValues>
        name="thresholds"
        form={form}
        layout="vertical"
        initialValues={initial}
        disabled={!mayAct}
        onFinish={(values) => void save(thresholdInput(values))}
        onValuesChange={edited}
        scrollToFirstError
      >
        <Alert type="info" role="status" aria-live="polite" className="policy-effect" title={conditions.length ? t('thresholds.effect.sentence', { days, stage, conditions: conditions.join(t('thresholds.effect.or')), lots }) : t('thresholds.effect.none')} />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="minLotPassRate" label={t('thresholds.minLotPassRate')} extra={rate ? t('thresholds.minLotPassRateExtra', { rate }) : t('thresholds.minLotPassRateOff')} rules={[between(0.1, 100, t('thresholds.rules.rate'))]}>
              <InputNumber precision={1} step={0.5} inputMode="decimal" placeholder="95.0" suffix="%" className="policy-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="maxPpm" label={t('thresholds.maxPpm')} extra={ppm ? t('thresholds.maxPpmExtra', { ppm }) : t('thresholds.maxPpmOff')} rules={[between(0, MAX_PPM, t('thresholds.rules.ppm'), true)]}>
              <InputNumber precision={0} step={100} inputMode="numeric" placeholder="2000" suffix="PPM" className="policy-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="stage" label={t('thresholds.stage')} extra={t('thresholds.stageExtra')}>
              <Select options={STAGES.map((s) => ({ value: s, label: t(`thresholds.stages.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="windowDays"
              label={t('thresholds.windowDays')}
              extra={t('thresholds.windowDaysExtra', { days })}
              rules={[required(t('thresholds.rules.windowDays')), between(1, MAX_WINDOW_DAYS, t('thresholds.rules.windowDays'), true)]}
            >
              <InputNumber precision={0} inputMode="numeric" suffix={t('thresholds.daysUnit')} className="policy-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="minLots" label={t('thresholds.minLots')} extra={t('thresholds.minLotsExtra', { days, lots })} rules={[required(t('thresholds.rules.minLots')), between(1, 2_147_483_647, t('thresholds.rules.minLots'), true)]}>
              <InputNumber precision={0} inputMode="numeric" suffix={t('thresholds.lotsUnit')} className="policy-number" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="fallbackDefectCode"
              label={t('thresholds.fallbackDefectCode')}
              extra={t('thresholds.fallbackDefectCodeExtra')}
              normalize={(value: string) => value.toUpperCase()}
              rules={[required(t('thresholds.rules.defectCode')), { pattern: DEFECT_CODE, message: t('thresholds.rules.defectCode') }]}
            >
              <Input maxLength={40} autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
        </Row>
        <SaveButton mayAct={mayAct} fetching={fetching} />
      </Form>
    </PolicySection>
  );
}
