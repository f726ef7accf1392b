import { Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { problemsOf } from '../../api/api-problem';
import { RequestPasswordResetDocument } from '../../gql-public/graphql';
import { useProblemText } from '../../ui/problem-text';
import { Notice } from './notice';
import { PublicFrame } from './public-frame';
import { TextInput } from './plain-inputs';

/** The same answer whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const describe = useProblemText();
  const [state, request] = useMutation(RequestPasswordResetDocument);
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
        <Notice type="success">{t('forgot.sent')}</Notice>
      ) : (
        <>
          <p>{t('forgot.hint')}</p>
          {problem && <Notice type="error">{problem}</Notice>}
          <Form layout="vertical" onFinish={submit} requiredMark={false}>
            <Form.Item name="email" label={t('signIn.email')} rules={[{ required: true, type: 'email', message: t('signIn.emailRequired') }]}>
              <TextInput autoComplete="email" inputMode="email" size="large" />
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
