import { Alert, Button, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { ProfileSection } from '../../../gql/graphql';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';

const CreateShareDocument = graphql(`
  mutation CreateProfileShare($input: CreateProfileShareInput!) {
    createProfileShare(input: $input) {
      link
      qrSvg
      qrPng
      share {
        id
        recipient
        expiresAt
      }
    }
  }
`);

const SECTIONS: ProfileSection[] = ['CERTIFICATES', 'MATURITY', 'CHAIN_PERFORMANCE'];
const DAYS = [7, 30, 60, 90];

interface Values {
  recipient: string;
  purpose: string;
  sections: ProfileSection[];
  expiresInDays: number;
}

/** The admin names the recipient and purpose, picks the sections and how long; then gets the link and its QR code, shown this once. */
export function ShareDialog({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation('profile');
  const describe = useProblemText();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ link: string; qrSvg: string; qrPng: string } | null>(null);
  const [state, create] = useMutation(CreateShareDocument);
  const submit = async (values: Values) => {
    setProblem(null);
    const result = await create({ input: { ...values, recipient: values.recipient.trim(), purpose: values.purpose.trim() } });
    if (result.data) {
      setCreated(result.data.createProfileShare);
      return onCreated();
    }
    const rest = showFormProblems(form, result.error, describe);
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };

  if (created) {
    return (
      <Modal open title={t('created.title')} onCancel={onClose} footer={<Button type="primary" onClick={onClose}>{t('created.done')}</Button>} destroyOnHidden>
        <Typography.Paragraph>{t('created.intro')}</Typography.Paragraph>
        <Typography.Paragraph copyable={{ text: created.link }} className="share-link">
          <a href={created.link} target="_blank" rel="noreferrer">{created.link}</a>
        </Typography.Paragraph>
        <div className="share-qr">
          <img src={created.qrPng} alt={t('created.qrAlt')} />
          <div className="verify-actions">
            <Button href={created.qrPng} download="chainq-profile-share.png">{t('created.png')}</Button>
            <Button href={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(created.qrSvg)}`} download="chainq-profile-share.svg">{t('created.svg')}</Button>
          </div>
        </div>
        <Alert type="warning" showIcon className="form-alert" title={t('created.once')} />
      </Modal>
    );
  }
  return (
    <Modal open title={t('create.title')} okText={t('create.submit')} cancelText={t('create.cancel')} onOk={() => form.submit()} onCancel={onClose} confirmLoading={state.fetching} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('create.intro')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <Form form={form} layout="vertical" initialValues={{ sections: SECTIONS, expiresInDays: 30 }} onFinish={(values) => void submit(values)}>
        <Form.Item name="recipient" label={t('create.recipient')} extra={t('create.recipientHint')} rules={[{ required: true, whitespace: true, message: t('create.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="purpose" label={t('create.purpose')} extra={t('create.purposeHint')} rules={[{ required: true, whitespace: true, message: t('create.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="sections" label={t('create.sections')} extra={t('create.sectionsHint')}>
          <Checkbox.Group options={SECTIONS.map((s) => ({ value: s, label: t(`section.${s}`) }))} />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('create.expires')}>
          <Select options={DAYS.map((d) => ({ value: d, label: t('create.days', { count: d }) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
