import { Alert, Col, Descriptions, Form, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { problemsOf } from '../../../api/api-problem';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import { useProblemText } from '../../../ui/problem-text';
import { aqlOptions, levelOptions } from './sampling-options';

const PlanDocument = graphql(`
  query LeaderSamplingPlan($lotSize: Int!, $level: String!, $aql: String!, $severity: String!) {
    samplingPlan(lotSize: $lotSize, level: $level, aql: $aql, severity: $severity) {
      codeLetter
      originalCodeLetter
      sampleSize
      acceptanceNumber
      rejectionNumber
      hundredPercent
      severity
      aql
      note
    }
  }
`);

const SEVERITIES = ['NORMAL', 'TIGHTENED'];

interface Values {
  lotSize: number | null;
  level: string;
  aql: string;
  severity: string;
}

/** The single sampling plan for a lot as it is typed: code letter, sample size, Ac and Re (GB/T 2828.1-2012), from the API's tables. */
export function SamplingCalculator() {
  const { t } = useTranslation('leader-inspection');
  const format = useFormat();
  const describe = useProblemText();
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch((v: Values) => v, form) ?? { lotSize: 1000, level: 'II', aql: '1.0', severity: 'NORMAL' };
  const ready = !!values.lotSize && values.lotSize >= 2;
  const [result] = useQuery({ query: PlanDocument, variables: { lotSize: values.lotSize ?? 0, level: values.level, aql: values.aql, severity: values.severity }, pause: !ready });
  const plan = result.data?.samplingPlan;
  return (
    <section aria-labelledby="calculator-heading" className="quality-section">
      <Typography.Title level={2} id="calculator-heading" className="section-title">
        {t('calculator.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('calculator.intro')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ lotSize: 1000, level: 'II', aql: '1.0', severity: 'NORMAL' }}>
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item name="lotSize" label={t('calculator.lotSize')}>
              <InputNumber min={2} max={10_000_000} precision={0} className="policy-number" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="level" label={t('calculator.level')}>
              <Select options={levelOptions} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="aql" label={t('calculator.aql')}>
              <Select options={aqlOptions} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="severity" label={t('calculator.severity')}>
              <Select options={SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {result.error && <Alert type="error" showIcon role="alert" title={problemsOf(result.error).map(describe).join(' ')} />}
      {ready && plan && (
        <div role="status" aria-live="polite" aria-label={t('calculator.result')}>
          <Descriptions bordered size="small" column={{ xs: 1, md: 4 }}>
            <Descriptions.Item label={t('calculator.codeLetter')}>
              {plan.codeLetter}
              {plan.originalCodeLetter !== plan.codeLetter ? ` (${t('calculator.from', { letter: plan.originalCodeLetter })})` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('calculator.sampleSize')}>{plan.hundredPercent ? t('calculator.hundredPercent', { n: format.count(plan.sampleSize) }) : format.count(plan.sampleSize)}</Descriptions.Item>
            <Descriptions.Item label="Ac">{plan.acceptanceNumber}</Descriptions.Item>
            <Descriptions.Item label="Re">{plan.rejectionNumber}</Descriptions.Item>
          </Descriptions>
          <p className="calculator-rule">{t('calculator.rule', { n: format.count(plan.sampleSize), ac: plan.acceptanceNumber, re: plan.rejectionNumber })}</p>
        </div>
      )}
    </section>
  );
}
