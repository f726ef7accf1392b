import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblemError, problemFrom, type ApiProblem } from '../../api/api-problem';
import { showFormProblems } from '../../ui/form-problems';
import { useProblemText } from '../../ui/problem-text';

interface Props {
  token: string;
  /** The visit this page's opening recorded (the API's X-Share-View). */
  viewId: string;
  enterprise: string;
}

/**
 * The visitor may tell the enterprise who looked: the name goes on this
 * visit in the enterprise's view log. Optional, and correctable for an hour.
 */
export function VisitorName({ token, viewId, enterprise }: Props) {
  const { t } = useTranslation('profile');
  const describe = useProblemText();
  const [form] = Form.useForm<{ name: string }>();
  const [saving, setSaving] = useState(false);
  const [given, setGiven] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const submit = async ({ name }: { name: string }) => {
    setSaving(true);
    setProblem(null);
    try {
      const res = await fetch(`/verify/${encodeURIComponent(token)}/views/${encodeURIComponent(viewId)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ name }),
      });
      const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (!res.ok) throw new ApiProblemError(problemFrom({ code: res.status === 429 ? 'RATE_LIMITED' : undefined, ...body }));
      setGiven(String(body.name));
    } catch (error) {
      const rest = showFormProblems(form, error instanceof ApiProblemError ? error : new ApiProblemError({ code: 'NETWORK', message: '', details: {} }), describe);
      setProblem(rest[0] ?? null);
    } finally {
      setSaving(false);
    }
  };

  if (given) {
    return (
      <div className="verify-visitor" role="status">
        <CheckCircleOutlined /> {t('verify.visitor.given', { name: given, enterprise })}{' '}
        <Button type="link" size="small" onClick={() => setGiven(null)}>
          {t('verify.visitor.change')}
        </Button>
      </div>
    );
  }
  return (
    <Form form={form} name="visitor" layout="vertical" className="verify-visitor" onFinish={submit} requiredMark={false}>
      <Form.Item
        name="name"
        label={t('verify.visitor.label')}
        extra={t('verify.visitor.hint', { enterprise })}
        rules={[{ required: true, whitespace: true, message: t('verify.visitor.required') }, { max: 200, message: t('verify.visitor.tooLong') }]}
      >
        <Input placeholder={t('verify.visitor.placeholder')} autoComplete="name" maxLength={200} />
      </Form.Item>
      {problem && <Alert type="error" showIcon title={describe(problem)} className="verify-visitor-problem" />}
      <Button htmlType="submit" loading={saving}>
        {t('verify.visitor.submit')}
      </Button>
    </Form>
  );
}
