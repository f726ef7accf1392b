import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { SupplierStandardFieldsFragment } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';
import { canAcknowledge, canAdopt, canRequestDeviation } from './standard-status';

const AcknowledgeDocument = graphql(`
  mutation SupplierStandardAcknowledge($id: ID!) {
    acknowledgeStandard(acknowledgementId: $id) {
      ...SupplierStandardFields
    }
  }
`);

const AdoptDocument = graphql(`
  mutation SupplierStandardAdopt($id: ID!, $note: String) {
    adoptStandard(acknowledgementId: $id, note: $note) {
      ...SupplierStandardFields
    }
  }
`);

const DeviationDocument = graphql(`
  mutation SupplierStandardDeviation($id: ID!, $reason: String!) {
    requestStandardDeviation(acknowledgementId: $id, reason: $reason) {
      ...SupplierStandardFields
    }
  }
`);

type Mode = 'adopt' | 'deviation' | null;

/** 签收, 采标 (with an optional note) or 偏离申请 (with a reason), as the revision's status allows. */
export function StandardAnswers({ ack }: { ack: SupplierStandardFieldsFragment }) {
  const { t } = useTranslation('standards');
  const viewer = useViewer();
  const describe = useProblemText();
  const [mode, setMode] = useState<Mode>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [form] = Form.useForm();
  const [ackState, acknowledge] = useMutation(AcknowledgeDocument);
  const [adoptState, adopt] = useMutation(AdoptDocument);
  const [deviationState, deviate] = useMutation(DeviationDocument);

  if (!viewer.can('ENTERPRISE_ADMIN') && !viewer.can('QUALITY_ENGINEER')) {
    return <Typography.Paragraph type="secondary">{t('answer.notAllowed')}</Typography.Paragraph>;
  }
  const { status } = ack;
  const any = canAcknowledge(status) || canAdopt(status) || canRequestDeviation(status);

  const finish = (error: unknown, ok: boolean, text: string) => {
    if (ok) {
      setMode(null);
      setProblem(null);
      setDone(text);
      form.resetFields();
      return;
    }
    setDone(null);
    const rest = showFormProblems(form, error, describe);
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };

  const onAcknowledge = async () => {
    const r = await acknowledge({ id: ack.id });
    finish(r.error, !!r.data?.acknowledgeStandard, t('answer.acknowledged'));
  };
  const onAdopt = async (values: { note?: string }) => {
    const r = await adopt({ id: ack.id, note: values.note?.trim() || null });
    finish(r.error, !!r.data?.adoptStandard, t('answer.adopted'));
  };
  const onDeviation = async (values: { reason: string }) => {
    const r = await deviate({ id: ack.id, reason: values.reason });
    finish(r.error, !!r.data?.requestStandardDeviation, t('answer.deviationSent'));
  };

  return (
    <div className="standard-answers">
      {done && <Alert type="success" showIcon title={done} role="status" className="form-alert" />}
      {problem && <Alert type="error" showIcon title={problem} role="alert" className="form-alert" />}
      {!any && <Typography.Paragraph type="secondary">{t(`answer.closed.${status}`, { defaultValue: t('answer.nothingToDo') })}</Typography.Paragraph>}
      {any && mode === null && (
        <Space wrap size="middle">
          {canAcknowledge(status) && (
            <Button type="primary" size="large" loading={ackState.fetching} onClick={() => void onAcknowledge()}>
              {t('answer.acknowledge')}
            </Button>
          )}
          {canAdopt(status) && (
            <Button size="large" onClick={() => setMode('adopt')}>
              {t('answer.adopt')}
            </Button>
          )}
          {canRequestDeviation(status) && (
            <Button size="large" onClick={() => setMode('deviation')}>
              {t('answer.deviation')}
            </Button>
          )}
        </Space>
      )}
      {mode === 'adopt' && (
        <Form form={form} layout="vertical" onFinish={(v) => void onAdopt(v)} requiredMark="optional">
          <Typography.Paragraph>{t('answer.adoptHint')}</Typography.Paragraph>
          <Form.Item name="note" label={t('answer.note')} extra={t('answer.noteExtra')} rules={[{ max: 2000, message: t('answer.tooLong', { max: 2000 }) }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Space wrap>
            <Button type="primary" htmlType="submit" size="large" loading={adoptState.fetching}>
              {t('answer.confirmAdopt')}
            </Button>
            <Button size="large" onClick={() => setMode(null)}>
              {t('answer.cancel')}
            </Button>
          </Space>
        </Form>
      )}
      {mode === 'deviation' && (
        <Form form={form} layout="vertical" onFinish={(v) => void onDeviation(v)} requiredMark>
          <Form.Item
            name="reason"
            label={t('answer.reason')}
            extra={t('answer.reasonExtra')}
            rules={[
              { required: true, whitespace: true, message: t('answer.reasonRequired') },
              { max: 10000, message: t('answer.tooLong', { max: 10000 }) },
            ]}
          >
            <Input.TextArea rows={5} />
          </Form.Item>
          <Space wrap>
            <Button type="primary" htmlType="submit" size="large" loading={deviationState.fetching}>
              {t('answer.sendDeviation')}
            </Button>
            <Button size="large" onClick={() => setMode(null)}>
              {t('answer.cancel')}
            </Button>
          </Space>
        </Form>
      )}
    </div>
  );
}
