import { Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { problemsOf } from '../../api/api-problem';
import { LoginDocument } from '../../gql-public/graphql';
import { startSession } from '../../session/session';
import { useProblemText } from '../../ui/problem-text';
import { Notice } from './notice';
import { PublicFrame } from './public-frame';
import { TextInput, PasswordInput } from './plain-inputs';

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const describe = useProblemText();
  const [state, login] = useMutation(LoginDocument);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (values: { email: string; password: string }) => {
    setProblem(null);
    const result = await login(values);
    if (result.data?.login) {
      startSession(result.data.login);
      navigate(safeNext(params.get('next')), { replace: true });
    } else {
      setProblem(problemsOf(result.error).map(describe).join(' '));
    }
  };

  return (
    <PublicFrame title={t('signIn.title')}>
      {params.get('reset') && <Notice type="success">{t('signIn.afterReset')}</Notice>}
      {problem && <Notice type="error">{problem}</Notice>}
      <Form layout="vertical" onFinish={submit} requiredMark={false} disabled={state.fetching}>
        <Form.Item name="email" label={t('signIn.email')} rules={[{ required: true, type: 'email', message: t('signIn.emailRequired') }]}>
          <TextInput autoComplete="username" inputMode="email" size="large" />
        </Form.Item>
        <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
          <PasswordInput autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={state.fetching}>
          {t('signIn.submit')}
        </Button>
      </Form>
      <p className="public-links">
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
    </PublicFrame>
  );
}
