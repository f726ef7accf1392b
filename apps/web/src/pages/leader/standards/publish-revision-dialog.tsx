import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { DocumentUpload, documentIdsOf, uploadingAny, type DocumentFile } from '../../../ui/document-upload';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';

const PublishRevisionDocument = graphql(`
  mutation LeaderPublishRevision($input: PublishStandardRevisionInput!) {
    publishStandardRevision(input: $input) {
      ...LeaderRevisionFields
      standard {
        id
        revisions {
          ...LeaderRevisionFields
        }
      }
    }
  }
`);

interface Values {
  version: string;
  effectiveOn: string;
  changeSummary: string;
  document?: DocumentFile[];
}

/** API fields by the form field that shows their problem. */
const FORM_FIELDS: Record<string, string> = { documentId: 'document' };

/** A `YYYY-MM-DD` field shown by a date picker: the day picked is the calendar day sent, with no time zone in between. */
export const dayField = {
  getValueProps: (v: string | undefined) => ({ value: v ? dayjs(v) : undefined }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined),
};

/** A new revision of a standard: its label, effective date, what changed (the suppliers read it) and its text, uploaded with progress. */
export function PublishRevisionDialog({
  standard,
  onClose,
  onPublished,
}: {
  standard: { id: string; number: string };
  onClose: () => void;
  onPublished: (version: string) => void;
}) {
  const { t } = useTranslation('leader-standards');
  const describe = useProblemText();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, publish] = useMutation(PublishRevisionDocument);
  const document = Form.useWatch('document', form);

  const send = async (v: Values) => {
    setProblem(null);
    const input = { standardId: standard.id, version: v.version.trim(), effectiveOn: v.effectiveOn, changeSummary: v.changeSummary.trim(), documentId: documentIdsOf(v.document)[0] };
    const r = await publish({ input });
    if (r.data?.publishStandardRevision) return onPublished(input.version);
    const rest = showFormProblems(form, r.error, describe, (f) => {
      const last = f.split('.').pop()!;
      return [FORM_FIELDS[last] ?? last];
    });
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };

  return (
    <Modal
      open
      title={t('publish.title', { number: standard.number })}
      okText={t('publish.submit')}
      cancelText={t('dialog.cancel')}
      okButtonProps={{ loading: state.fetching, disabled: uploadingAny(document) }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Typography.Paragraph type="secondary">{t('publish.hint')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void send(v)} initialValues={{ document: [] }}>
        <Form.Item
          name="version"
          label={t('publish.version')}
          extra={t('publish.versionExtra')}
          rules={[
            { required: true, whitespace: true, message: t('publish.versionRequired') },
            { max: 40, message: t('tooLong', { max: 40 }) },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('publish.effectiveOn')} extra={t('publish.effectiveOnExtra')} rules={[{ required: true, message: t('publish.effectiveOnRequired') }]} {...dayField}>
          <DatePicker className="leader-standards-date" />
        </Form.Item>
        <Form.Item
          name="changeSummary"
          label={t('publish.changeSummary')}
          extra={t('publish.changeSummaryExtra')}
          rules={[
            { required: true, whitespace: true, message: t('publish.changeSummaryRequired') },
            { max: 4000, message: t('tooLong', { max: 4000 }) },
          ]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="document"
          label={t('publish.document')}
          extra={t('publish.documentExtra')}
          rules={[{ validator: (_, files: DocumentFile[] | undefined) => (documentIdsOf(files).length || uploadingAny(files) ? Promise.resolve() : Promise.reject(new Error(t('publish.documentRequired')))) }]}
        >
          <DocumentUpload hint={t('publish.documentHint')} maxFiles={1} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
