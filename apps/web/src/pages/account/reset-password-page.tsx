import { Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { ResetPasswordDocument } from '../../gql-public/graphql';
import { showFormProblems } from '../../ui/form-problems';
import { useProblemText } from '../../ui/problem-text';
import { NewPasswordFields } from './new-password-fields';
import { Notice } from './notice';
import { PublicFrame } from './public-frame';

/** Opened from the e-mailed link (`/reset-password?token=…`); a used or expired link says so and offers a new one. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const describe = useProblemText();
  const [form] = Form.useForm();
  const [state, reset] = useMutation(ResetPasswordDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const token = params.get('token') ?? '';

  const submit = async ({ newPassword }: { newPassword: string }) => {
    const result = await reset({ token, newPassword });
    if (result.data?.resetPassword) return navigate('/sign-in?reset=1', { replace: true });
    const rest = showFormProblems(form, result.error, describe);
    setProblem(rest.length ? rest.map(describe).join(' ') : null);
  };

  return (
    <PublicFrame title={t('reset.title')}>
      {!token ? (
        <Notice type="warning">{t('reset.noToken')}</Notice>
      ) : (
        <>
          {problem && <Notice type="error">{problem}</Notice>}
          <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
            <NewPasswordFields />
            <Button type="primary" htmlType="submit" block size="large" loading={state.fetching}>
              {t('reset.submit')}
            </Button>
          </Form>
        </>
      )}
      <p className="public-links">
        <Link to="/forgot-password">{t('reset.again')}</Link>
      </p>
    </PublicFrame>
  );
}
