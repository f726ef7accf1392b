import { Alert, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { ReducedEndReason } from '../../../gql/graphql';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';

const EndReducedDocument = graphql(`
  mutation LeaderEndReduced($chainId: ID!, $supplierEnterpriseId: ID!, $partNumber: String!, $reason: ReducedEndReason!, $note: String) {
    endReducedInspection(chainId: $chainId, supplierEnterpriseId: $supplierEnterpriseId, partNumber: $partNumber, reason: $reason, note: $note) {
      id
      severity
      lastEvent
      reducedApprovedAt
      ...LeaderSamplingHistory
    }
  }
`);

const REASONS: ReducedEndReason[] = ['PRODUCTION_IRREGULAR', 'OTHER'];

/** The leader ends a part's reduced inspection before a lot is rejected (GB/T 2828.1-2012 9.3.4), saying why. */
export function EndReducedDialog({ part, who, onClose, onEnded }: { part: { chainId: string; supplierEnterpriseId: string; partNumber: string }; who: string; onClose: () => void; onEnded: () => void }) {
  const { t } = useTranslation('leader-inspection');
  const describe = useProblemText();
  const [form] = Form.useForm<{ reason: ReducedEndReason; note?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [ending, end] = useMutation(EndReducedDocument);
  const submit = async ({ reason, note }: { reason: ReducedEndReason; note?: string }) => {
    setProblem(null);
    const result = await end({ ...part, reason, note: note?.trim() || null });
    if (!result.error) return onEnded();
    const rest = showFormProblems(form, result.error, describe);
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };
  return (
    <Modal open title={t('end.title', { who })} okText={t('end.submit')} cancelText={t('end.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={ending.fetching} destroyOnHidden>
      <p>{t('end.intro')}</p>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <Form form={form} layout="vertical" initialValues={{ reason: 'PRODUCTION_IRREGULAR' }} onFinish={(values) => void submit(values)}>
        <Form.Item name="reason" label={t('end.reason')}>
          <Radio.Group options={REASONS.map((r) => ({ value: r, label: t(`end.reasons.${r}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('end.note')}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
