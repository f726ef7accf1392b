import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { startSession } from '../../session/session';
import { showFormProblems } from '../../ui/form-problems';
import { useProblemText } from '../../ui/problem-text';
import { NewPasswordFields } from './new-password-fields';

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      accessToken
      expiresAt
    }
  }
`);

/** Changing the password ends every other session; this page carries on with the new grant. */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const describe = useProblemText();
  const [form] = Form.useForm();
  const [state, change] = useMutation(ChangePasswordDocument);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = async (values: { currentPassword: string; newPassword: string }) => {
    setOutcome(null);
    const result = await change({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    if (result.data?.changePassword) {
      startSession(result.data.changePassword);
      form.resetFields();
      setOutcome({ ok: true, text: t('password.changed') });
      return;
    }
    const rest = showFormProblems(form, result.error, describe);
    if (rest.length) setOutcome({ ok: false, text: rest.map(describe).join(' ') });
  };

  return (
    <Card className="narrow-card">
      <Typography.Title level={1} className="page-title">
        {t('password.title')}
      </Typography.Title>
      {outcome && <Alert type={outcome.ok ? 'success' : 'error'} showIcon title={outcome.text} className="form-alert" role={outcome.ok ? 'status' : 'alert'} />}
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <NewPasswordFields />
        <Button type="primary" htmlType="submit" size="large" loading={state.fetching}>
          {t('password.submit')}
        </Button>
      </Form>
    </Card>
  );
}
