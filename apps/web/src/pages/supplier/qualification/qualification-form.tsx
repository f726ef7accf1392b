import { Alert, Button, Checkbox, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { QualificationEnterpriseFieldsFragment } from '../../../gql/graphql';
import { DocumentUpload, documentIdsOf, storedDocumentFile, uploadingAny, type DocumentFile } from '../../../ui/document-upload';
import { showFormProblems } from '../../../ui/form-problems';
import { useProblemText } from '../../../ui/problem-text';

const SubmitQualificationDocument = graphql(`
  mutation QualificationSubmit($input: SubmitQualificationInput!) {
    submitQualification(input: $input) {
      id
      decision
      submittedAt
    }
  }
`);

interface Values {
  certificationIds: string[];
  withMaturity: boolean;
  documents?: DocumentFile[];
  note?: string;
}

/** The documents of the submission the leader returned: a resubmission starts with them. */
interface Previous {
  documents: { id: string; fileName: string; contentType: string; sizeBytes: number }[];
}

/** The most documents one submission carries (libs/registry MAX_QUALIFICATION_DOCUMENTS). */
const MAX_DOCUMENTS = 20;
/** API fields by the form field that shows their problem. */
const FORM_FIELDS: Record<string, string> = { maturityAssessmentId: 'withMaturity', documentIds: 'documents' };

/** What the leader reviews: our certificates, our latest maturity self-assessment, our documents, and a note. */
export function QualificationForm({
  membershipId,
  enterprise,
  previous,
  onSubmitted,
}: {
  membershipId: string;
  enterprise: QualificationEnterpriseFieldsFragment;
  /** Set when resubmitting a returned qualification. */
  previous: Previous | null;
  onSubmitted: () => void;
}) {
  const resubmit = previous !== null;
  const { t } = useTranslation('qualification');
  const format = useFormat();
  const describe = useProblemText();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [state, submit] = useMutation(SubmitQualificationDocument);
  const valid = enterprise.certifications.filter((c) => c.status === 'VALID');
  const maturity = enterprise.maturity;
  const documents = Form.useWatch('documents', form);

  const send = async (v: Values) => {
    setProblem(null);
    const r = await submit({
      input: {
        membershipId,
        certificationIds: v.certificationIds ?? [],
        maturityAssessmentId: v.withMaturity && maturity ? maturity.id : null,
        documentIds: documentIdsOf(v.documents),
        note: v.note?.trim() || null,
      },
    });
    if (r.data?.submitQualification) {
      form.resetFields();
      onSubmitted();
      return;
    }
    const rest = showFormProblems(form, r.error, describe, (f) => {
      const last = f.split('.').pop()!.replace(/\[\d+\]$/, '');
      return [FORM_FIELDS[last] ?? last];
    });
    if (rest.length) setProblem(rest.map(describe).join(' '));
  };

  return (
    <section className="qualification-form" aria-label={resubmit ? t('form.resubmitTitle') : t('form.title')}>
      <Typography.Title level={4} className="qualification-subtitle">
        {resubmit ? t('form.resubmitTitle') : t('form.title')}
      </Typography.Title>
      <Typography.Paragraph>{resubmit ? t('form.resubmitHint') : t('form.hint')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void send(v)}
        initialValues={{ certificationIds: valid.map((c) => c.id), withMaturity: !!maturity, documents: previous?.documents.map(storedDocumentFile) ?? [] }}
      >
        <Form.Item
          name="certificationIds"
          label={t('form.certificates')}
          extra={valid.length ? t('form.certificatesExtra') : t('form.noCertificates')}
          rules={[
            {
              validator: (_, ids: string[] | undefined) =>
                (ids?.length ?? 0) > 0 || form.getFieldValue('withMaturity') || documentIdsOf(form.getFieldValue('documents')).length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('form.needSomething'))),
            },
          ]}
        >
          <Checkbox.Group
            className="qualification-checks"
            options={valid.map((c) => ({
              value: c.id,
              label: t('form.certificate', { scheme: c.schemeName ?? t(`scheme.${c.scheme}`), number: c.number, body: c.certificationBody, date: format.date(c.expiresOn) }),
            }))}
          />
        </Form.Item>
        <Form.Item name="withMaturity" valuePropName="checked" extra={maturity ? t('form.maturityExtra') : t('form.noMaturity')}>
          <Checkbox disabled={!maturity}>
            {maturity ? t('form.maturity', { level: t(`level.${maturity.level}`), date: format.date(maturity.submittedAt) }) : t('form.maturityNone')}
          </Checkbox>
        </Form.Item>
        <Form.Item name="documents" label={t('form.documents')} extra={resubmit ? t('form.documentsExtraResubmit') : t('form.documentsExtra')}>
          <DocumentUpload hint={t('form.documentsHint')} maxFiles={MAX_DOCUMENTS} />
        </Form.Item>
        <Form.Item name="note" label={t('form.note')} extra={resubmit ? t('form.noteExtraResubmit') : t('form.noteExtra')} rules={[{ max: 2000, message: t('form.tooLong', { max: 2000 }) }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" loading={state.fetching} disabled={uploadingAny(documents)}>
          {resubmit ? t('form.resubmit') : t('form.submit')}
        </Button>
      </Form>
    </section>
  );
}
