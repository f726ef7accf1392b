import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { problemsOf } from '../../api/api-problem';
import { graphql } from '../../gql';
import { useProblemText } from '../../ui/problem-text';
import { PublicFrame } from './public-frame';

const RequestResetDocument = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** The same answer whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const describe = useProblemText();
  const [state, request] = useMutation(RequestResetDocument);
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async ({ email }: { email: string }) => {
    const result = await request({ email });
    if (result.data) setSent(true);
    else setProblem(problemsOf(result.error).map(describe).join(' '));
  };
  return (
    <PublicFrame title={t('forgot.title')}>
      {sent ? (
        <Alert type="success" showIcon title={t('forgot.sent')} role="status" />
      ) : (
        <>
          <p>{t('forgot.hint')}</p>
          {problem && <Alert type="error" showIcon title={problem} className="form-alert" role="alert" />}
          <Form layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item name="email" label={t('signIn.email')} rules={[{ required: true, type: 'email', message: t('signIn.emailRequired') }]}>
              <Input autoComplete="email" inputMode="email" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={state.fetching}>
              {t('forgot.submit')}
            </Button>
          </Form>
        </>
      )}
      <p className="public-links">
        <Link to="/sign-in">{t('forgot.back')}</Link>
      </p>
    </PublicFrame>
  );
}
