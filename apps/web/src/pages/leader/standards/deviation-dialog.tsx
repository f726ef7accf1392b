import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';
import type { Answer } from './recipients';

const DecideDeviationDocument = graphql(`
  mutation LeaderDecideDeviation($id: ID!, $accept: Boolean!, $comment: String) {
    decideStandardDeviation(acknowledgementId: $id, accept: $accept, comment: $comment) {
      ...LeaderAcknowledgementFields
    }
  }
`);

interface Values {
  comment?: string;
}

/** Accepts or rejects one deviation request; a rejection says why (the supplier must then adopt the revision). */
export function DeviationDialog({ answer, accept, onClose, onDone }: { answer: Answer; accept: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('leader-standards');
  const describe = useProblemText();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, decide] = useMutation(DecideDeviationDocument);
  const mode = accept ? 'accept' : 'reject';

  const send = async (v: Values) => {
    setProblem(null);
    const r = await decide({ id: answer.id, accept, comment: v.comment?.trim() || null });
    if (r.data?.decideStandardDeviation) return onDone();
    const rest = showFormProblems(form, r.error, describe);
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };

  return (
    <Modal
      open
      title={t(`decide.${mode}Title`, { name: answer.recipient.name })}
      okText={t(`decide.${mode}Submit`)}
      cancelText={t('dialog.cancel')}
      okButtonProps={{ loading: state.fetching, danger: !accept }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`decide.${mode}Hint`)}</Typography.Paragraph>
      <div className="leader-deviation-quote">
        <div className="leader-standards-sub">{t('decide.reason')}</div>
        <div className="leader-standards-prewrap">{answer.deviationReason}</div>
      </div>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void send(v)}>
        <Form.Item
          name="comment"
          label={accept ? t('decide.commentOptional') : t('decide.comment')}
          extra={t(`decide.${mode}CommentExtra`)}
          rules={[...(accept ? [] : [{ required: true, whitespace: true, message: t('decide.commentRequired') }]), { max: 10000, message: t('tooLong', { max: 10000 }) }]}
        >
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
