import { Alert, Button, Card, Form, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';
import { MATURITY_DIMENSIONS, SCALE_MAX } from './maturity-dimensions';

const SubmitMaturityDocument = graphql(`
  mutation CertificatesSubmitMaturity($input: SubmitMaturityAssessmentInput!) {
    submitMaturityAssessment(input: $input) {
      id
      level
      score
      submittedAt
    }
  }
`);

const SCORES = Array.from({ length: SCALE_MAX + 1 }, (_, i) => i);

/** The self-assessment: one 0–5 choice per dimension, each explained with an example; the level shows on submit. */
export function MaturityForm({ enterpriseId, onSubmitted }: { enterpriseId: string; onSubmitted: () => void }) {
  const { t } = useTranslation('certificates');
  const describe = useProblemText();
  const [form] = Form.useForm<{ scores: Record<string, number> }>();
  const [state, submitAssessment] = useMutation(SubmitMaturityDocument);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (values: { scores: Record<string, number> }) => {
    setOutcome(null);
    const scores = MATURITY_DIMENSIONS.map((dimension) => ({ dimension, score: values.scores[dimension] }));
    const result = await submitAssessment({ input: { enterpriseId, scores } });
    const done = result.data?.submitMaturityAssessment;
    if (done) {
      setOutcome({ ok: true, text: t('form.done', { level: t(`level.${done.level}`), score: done.score.toFixed(1) }) });
      onSubmitted();
      return;
    }
    const rest = showFormProblems(form, result.error, describe);
    if (rest.length) setOutcome({ ok: false, text: rest.map(describe).join(' ') });
  };

  return (
    <Card className="maturity-form-card">
      <Typography.Title level={3} className="section-subtitle">
        {t('form.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('form.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        {MATURITY_DIMENSIONS.map((key) => (
          <Form.Item
            key={key}
            name={['scores', key]}
            label={t(`dimension.${key}.label`)}
            extra={t(`dimension.${key}.hint`)}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Radio.Group optionType="button" buttonStyle="solid" size="large" className="score-choice" aria-label={t(`dimension.${key}.label`)}>
              {SCORES.map((s) => (
                <Radio.Button key={s} value={s} title={t(`scale.${s}`)}>
                  {s}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
        ))}
        {outcome && <Alert type={outcome.ok ? 'success' : 'error'} showIcon title={outcome.text} className="form-alert" role={outcome.ok ? 'status' : 'alert'} />}
        <Button type="primary" htmlType="submit" size="large" loading={state.fetching} block>
          {t('form.submit')}
        </Button>
      </Form>
    </Card>
  );
}
