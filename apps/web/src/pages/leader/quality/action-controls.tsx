import { Alert, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemsOf } from '../../../api/api-problem';
import { graphql } from '../../../gql';
import { useProblemText } from '../../../ui/problem-text';
import type { LeaderAction } from './action-review-page';

const CloseDocument = graphql(`
  mutation LeaderCloseAction($actionId: ID!, $note: String) {
    closeCorrectiveAction(actionId: $actionId, note: $note) {
      id
      status
    }
  }
`);
const ReopenDocument = graphql(`
  mutation LeaderReopenAction($actionId: ID!, $reason: String!) {
    reopenCorrectiveAction(actionId: $actionId, reason: $reason) {
      id
      status
    }
  }
`);
const CancelDocument = graphql(`
  mutation LeaderCancelAction($actionId: ID!, $reason: String!) {
    cancelCorrectiveAction(actionId: $actionId, reason: $reason) {
      id
      status
    }
  }
`);

type Move = 'close' | 'reopen' | 'cancel';

/** D8 and its undoing: close once every step is approved, reopen a closed one, cancel an open one; each with its note or reason. */
export function ActionControls({ action, onChanged }: { action: LeaderAction; onChanged: () => void }) {
  const { t } = useTranslation('leader-quality');
  const [move, setMove] = useState<Move | null>(null);
  const moves: Move[] = action.status === 'OPEN' ? ['close', 'cancel'] : action.status === 'CLOSED' ? ['reopen'] : [];
  if (!moves.length) return null;
  return (
    <>
      <Space wrap className="action-controls">
        {moves.map((m) => (
          <Button key={m} type={m === 'close' ? 'primary' : 'default'} danger={m === 'cancel'} onClick={() => setMove(m)}>
            {t(`close.${m}`)}
          </Button>
        ))}
      </Space>
      {move && (
        <MoveDialog
          actionId={action.id}
          move={move}
          onClose={() => setMove(null)}
          onDone={() => {
            setMove(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}

function MoveDialog({ actionId, move, onClose, onDone }: { actionId: string; move: Move; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('leader-quality');
  const describe = useProblemText();
  const [form] = Form.useForm<{ text?: string }>();
  const [problem, setProblem] = useState<string | null>(null);
  const [closing, close] = useMutation(CloseDocument);
  const [reopening, reopen] = useMutation(ReopenDocument);
  const [cancelling, cancel] = useMutation(CancelDocument);
  const needsReason = move !== 'close';
  const send = async ({ text }: { text?: string }) => {
    setProblem(null);
    const value = text?.trim() ?? '';
    const r = move === 'close' ? await close({ actionId, note: value || null }) : await (move === 'reopen' ? reopen : cancel)({ actionId, reason: value });
    if (r.error) return setProblem(problemsOf(r.error).map(describe).join(' '));
    onDone();
  };
  return (
    <Modal
      open
      title={t(`close.${move}Title`)}
      okText={t('close.confirm')}
      cancelText={t('close.dismiss')}
      okButtonProps={{ danger: move === 'cancel', loading: closing.fetching || reopening.fetching || cancelling.fetching }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {move === 'close' && <p>{t('close.closeHint')}</p>}
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <Form form={form} layout="vertical" onFinish={(v) => void send(v)}>
        <Form.Item
          name="text"
          label={needsReason ? t('close.reason') : t('close.note')}
          rules={needsReason ? [{ required: true, whitespace: true, message: t('close.reasonRequired') }, { max: 2000 }] : [{ max: 2000 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
