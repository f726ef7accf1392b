import { isValidStandardNumber } from '@chainq/codes';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';

const CreateStandardDocument = graphql(`
  mutation LeaderCreateStandard($input: CreateStandardInput!) {
    createStandard(input: $input) {
      id
      number
      title
      kind
      ownerOrganisationId
    }
  }
`);

interface Values {
  number: string;
  title: string;
}

/** A new standard of our own: its number (checked by the API, which also tells its kind) and title; revisions follow. */
export function CreateStandardDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation('leader-standards');
  const describe = useProblemText();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, create] = useMutation(CreateStandardDocument);

  const send = async (v: Values) => {
    setProblem(null);
    const r = await create({ input: { number: v.number.trim(), title: v.title.trim() } });
    const created = r.data?.createStandard;
    if (created) {
      form.resetFields();
      onCreated(created.id);
      return;
    }
    const rest = showFormProblems(form, r.error, describe);
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };
  const close = () => {
    setProblem(null);
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('create.title')}
      okText={t('create.submit')}
      cancelText={t('dialog.cancel')}
      okButtonProps={{ loading: state.fetching }}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('create.hint')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void send(v)}>
        <Form.Item
          name="number"
          label={t('create.number')}
          extra={t('create.numberExtra')}
          validateTrigger={['onChange', 'onBlur']}
          rules={[
            { required: true, whitespace: true, message: t('create.numberRequired') },
            { max: 200, message: t('tooLong', { max: 200 }) },
            // The server's own rule (libs/codes), checked when the field is left.
            {
              validateTrigger: 'onBlur',
              validator: (_, v: string | undefined) => (!v?.trim() || isValidStandardNumber(v) ? Promise.resolve() : Promise.reject(new Error(t('STANDARD_NUMBER_INVALID', { ns: 'reasons' })))),
            },
          ]}
        >
          <Input autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Form.Item name="title" label={t('create.name')} extra={t('create.nameExtra')} rules={[{ required: true, whitespace: true, message: t('create.nameRequired') }, { max: 300, message: t('tooLong', { max: 300 }) }]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
