import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';
import type { MembershipRow } from './membership-table';

export type MembershipMove = 'resend' | 'cancel' | 'suspend' | 'reinstate' | 'exit';

const ResendDocument = graphql(`
  mutation LeaderResendInvitation($id: ID!, $email: String) {
    resendInvitation(membershipId: $id, email: $email) {
      expiresAt
      membership {
        id
        status
      }
    }
  }
`);
const CancelDocument = graphql(`
  mutation LeaderCancelInvitation($id: ID!, $reason: String) {
    cancelInvitation(membershipId: $id, reason: $reason) {
      id
      status
    }
  }
`);
const SuspendDocument = graphql(`
  mutation LeaderSuspendSupplier($id: ID!, $reason: String!) {
    suspendSupplier(membershipId: $id, reason: $reason) {
      id
      status
    }
  }
`);
const ReinstateDocument = graphql(`
  mutation LeaderReinstateSupplier($id: ID!, $reason: String) {
    reinstateSupplier(membershipId: $id, reason: $reason) {
      id
      status
    }
  }
`);
const ExitDocument = graphql(`
  mutation LeaderExitSupplier($id: ID!, $reason: String!) {
    exitSupplier(membershipId: $id, reason: $reason) {
      id
      status
    }
  }
`);

/** Moves whose reason the supplier must be given (the API requires it). */
const REASON_REQUIRED: MembershipMove[] = ['suspend', 'exit'];

interface Values {
  email?: string;
  reason?: string;
}

/** One membership action, confirmed in a dialog with its reason (or, to send an invitation again, the address). */
export function MembershipDialog({ move, row, onClose, onDone }: { move: MembershipMove; row: MembershipRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('onboarding');
  const describe = useProblemText();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, resend] = useMutation(ResendDocument);
  const [, cancel] = useMutation(CancelDocument);
  const [, suspend] = useMutation(SuspendDocument);
  const [, reinstate] = useMutation(ReinstateDocument);
  const [, exit] = useMutation(ExitDocument);
  const required = REASON_REQUIRED.includes(move);

  const send = async (v: Values) => {
    setProblem(null);
    setBusy(true);
    const id = row.id;
    const reason = v.reason?.trim() || null;
    const result =
      move === 'resend'
        ? await resend({ id, email: v.email?.trim() || null })
        : move === 'cancel'
          ? await cancel({ id, reason })
          : move === 'reinstate'
            ? await reinstate({ id, reason })
            : await (move === 'suspend' ? suspend : exit)({ id, reason: reason ?? '' });
    setBusy(false);
    if (!result.error) return onDone();
    const rest = showFormProblems(form, result.error, describe);
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };

  return (
    <Modal
      open
      title={t(`dialog.${move}Title`)}
      okText={t('dialog.confirm')}
      cancelText={t('dialog.cancel')}
      okButtonProps={{ danger: move === 'exit' || move === 'cancel', loading: busy }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        <strong>{row.enterprise?.name ?? row.supplierUscc}</strong>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t(`dialog.${move}Hint`)}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void send(v)} initialValues={{ email: row.invitation?.email ?? '' }}>
        {move === 'resend' ? (
          <Form.Item name="email" label={t('invite.email')} extra={t('invite.emailExtra')} rules={[{ required: true, type: 'email', message: t('invite.emailInvalid') }]}>
            <Input type="email" autoComplete="off" />
          </Form.Item>
        ) : (
          <Form.Item
            name="reason"
            label={required ? t('dialog.reason') : t('dialog.reasonOptional')}
            rules={required ? [{ required: true, whitespace: true, message: t('dialog.reasonRequired') }, { max: 1000 }] : [{ max: 1000 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
