import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Drawer, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { LeaderQualificationReviewQuery } from '../../../gql/graphql';
import { DocumentPreview } from '../../../ui/document-preview';
import { QueryState } from '../../../ui/page-states';
import { useProblemText } from '../../../ui/problem-text';
import { problemsOf } from '../../../api/api-problem';
import { CertificateRecognition } from './certificate-recognition';

const ReviewDocument = graphql(`
  query LeaderQualificationReview($id: ID!) {
    chainMembership(id: $id) {
      id
      supplierUscc
      enterprise {
        id
        name
        uscc
        regionName
        sizeClass
        certifications {
          id
          scheme
          schemeName
          number
          certificationBody
          expiresOn
          status
        }
        maturityHistory {
          id
          level
          score
          submittedAt
        }
      }
      latestQualification {
        id
        decision
        submittedAt
        certificationIds
        recognisedCertificationIds
        recognitions {
          certificationId
          verifiedBy
          verifiedByProvince
          verifiedAt
        }
        maturityAssessmentId
        note
        documents {
          id
          fileName
          contentType
          sizeBytes
          downloadPath
        }
      }
    }
  }
`);
const ApproveDocument = graphql(`
  mutation LeaderApproveSupplier($id: ID!, $comment: String) {
    approveSupplier(membershipId: $id, comment: $comment) {
      id
      status
    }
  }
`);
const ReturnDocument = graphql(`
  mutation LeaderReturnQualification($id: ID!, $reasons: [String!]!) {
    returnQualification(membershipId: $id, reasons: $reasons) {
      id
      status
    }
  }
`);

type Membership = LeaderQualificationReviewQuery['chainMembership'];
interface Values {
  comment?: string;
  reasons?: { item: string; text?: string }[];
}
const GENERAL = 'general';

/** The submitted qualification beside the supplier's record, approved or returned with a reason per item to fix. */
export function QualificationReview({ membershipId, onClose, onDecided }: { membershipId: string; onClose: () => void; onDecided: () => void }) {
  const { t } = useTranslation('onboarding');
  const [result, reexecute] = useQuery({ query: ReviewDocument, variables: { id: membershipId }, requestPolicy: 'network-only' });
  const name = result.data?.chainMembership.enterprise?.name ?? result.data?.chainMembership.supplierUscc ?? '';
  return (
    <Drawer open onClose={onClose} title={t('review.title', { name })} size="large">
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => <Review membership={data.chainMembership} onDecided={onDecided} />}
      </QueryState>
    </Drawer>
  );
}

function Review({ membership: m, onDecided }: { membership: Membership; onDecided: () => void }) {
  const { t } = useTranslation(['onboarding', 'qualification']);
  const format = useFormat();
  const describe = useProblemText();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [approving, approve] = useMutation(ApproveDocument);
  const [returning, sendBack] = useMutation(ReturnDocument);
  const q = m.latestQualification;
  const e = m.enterprise;
  const certificates = e?.certifications.filter((c) => q?.certificationIds.includes(c.id)) ?? [];
  const maturity = e?.maturityHistory.find((a) => a.id === q?.maturityAssessmentId);
  const scheme = (c: (typeof certificates)[number]) => c.schemeName ?? t(`scheme.${c.scheme}`, { ns: 'qualification' });
  const items = [
    { value: GENERAL, label: t('review.itemGeneral') },
    ...certificates.map((c) => ({ value: `cert:${c.id}`, label: `${scheme(c)} ${c.number}` })),
    ...(maturity ? [{ value: 'maturity', label: t('review.maturity') }] : []),
    ...(q?.documents ?? []).map((d) => ({ value: `doc:${d.id}`, label: d.fileName })),
    ...(q?.note ? [{ value: 'note', label: t('review.note') }] : []),
  ];

  if (!q || q.decision !== 'PENDING') return <Alert type="info" showIcon title={t('review.notPending', { decision: t(`decision.${q?.decision ?? 'RETURNED'}`) })} />;

  const failed = (error: unknown) => setProblem(problemsOf(error).map(describe).join(' '));
  const onApprove = async () => {
    setProblem(null);
    const r = await approve({ id: m.id, comment: form.getFieldValue('comment')?.trim() || null });
    if (r.error) failed(r.error);
    else onDecided();
  };
  const onReturn = async () => {
    setProblem(null);
    const { reasons = [] } = await form.validateFields(['reasons'], { recursive: true });
    const texts = reasons.filter((r) => r.text?.trim()).map((r) => (r.item === GENERAL ? r.text!.trim() : `${items.find((i) => i.value === r.item)?.label ?? ''}：${r.text!.trim()}`));
    if (!texts.length) return setProblem(t('review.needReason'));
    const res = await sendBack({ id: m.id, reasons: texts });
    if (res.error) failed(res.error);
    else onDecided();
  };

  return (
    <>
      <section className="review-section" aria-labelledby="review-enterprise">
        <h3 id="review-enterprise">{t('review.enterprise')}</h3>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('review.uscc')}>{e?.uscc ?? m.supplierUscc}</Descriptions.Item>
          {e && <Descriptions.Item label={t('review.region')}>{e.regionName}</Descriptions.Item>}
          {e?.sizeClass && <Descriptions.Item label={t('review.size')}>{t(`size.${e.sizeClass}`, { ns: 'qualification' })}</Descriptions.Item>}
          <Descriptions.Item label={t('review.submittedAt')}>{format.dateTime(q.submittedAt)}</Descriptions.Item>
        </Descriptions>
      </section>
      <section className="review-section" aria-labelledby="review-certificates">
        <h3 id="review-certificates">{t('review.certificates')}</h3>
        {certificates.length ? (
          <ul className="review-list">
            {certificates.map((c) => (
              <li key={c.id}>
                {t('review.certificate', { scheme: scheme(c), number: c.number, body: c.certificationBody, date: format.date(c.expiresOn) })} · {t(`review.certificateStatus.${c.status}`)}
                <CertificateRecognition
                  membershipId={m.id}
                  certificationId={c.id}
                  recognitions={q.recognitions.filter((r) => r.certificationId === c.id)}
                  accepted={q.recognisedCertificationIds.includes(c.id)}
                />
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary">{t('review.none')}</Typography.Text>
        )}
      </section>
      <section className="review-section" aria-labelledby="review-maturity">
        <h3 id="review-maturity">{t('review.maturity')}</h3>
        {maturity ? (
          t('review.maturityValue', { level: t(`level.${maturity.level}`, { ns: 'qualification' }), score: maturity.score, date: format.date(maturity.submittedAt) })
        ) : (
          <Typography.Text type="secondary">{t('review.none')}</Typography.Text>
        )}
      </section>
      <section className="review-section" aria-labelledby="review-documents">
        <h3 id="review-documents">{t('review.documents')}</h3>
        {q.documents.length ? (
          <ul className="review-list">
            {q.documents.map((d) => (
              <li key={d.id}>
                <DocumentPreview document={d} />
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary">{t('review.none')}</Typography.Text>
        )}
      </section>
      {q.note && (
        <section className="review-section" aria-labelledby="review-note">
          <h3 id="review-note">{t('review.note')}</h3>
          <Typography.Paragraph>{q.note}</Typography.Paragraph>
        </section>
      )}
      <section className="review-section" aria-labelledby="review-decide">
        <h3 id="review-decide">{t('review.decide')}</h3>
        {problem && <Alert type="error" showIcon role="alert" title={problem} className="form-alert" />}
        <Form<Values> form={form} layout="vertical" initialValues={{ reasons: [{ item: GENERAL, text: '' }] }}>
          <Form.Item label={t('review.returnReasons')} required={false}>
            <Form.List name="reasons">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field, index) => (
                    <div key={field.key} className="review-reason">
                      <Form.Item name={[field.name, 'item']} noStyle>
                        <Select aria-label={`${t('review.item')} ${index + 1}`} options={items} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'text']} noStyle rules={[{ max: 500 }]}>
                        <Input aria-label={`${t('review.reasonText')} ${index + 1}`} placeholder={t('review.reasonPlaceholder')} />
                      </Form.Item>
                      {fields.length > 1 && <Button icon={<DeleteOutlined />} aria-label={t('review.removeReason')} onClick={() => remove(field.name)} />}
                    </div>
                  ))}
                  <Button icon={<PlusOutlined />} onClick={() => add({ item: GENERAL, text: '' })}>
                    {t('review.addReason')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
          <Form.Item name="comment" label={t('review.comment')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <div className="review-buttons">
            <Button type="primary" onClick={() => void onApprove()} loading={approving.fetching}>
              {t('review.approve')}
            </Button>
            <Button danger onClick={() => void onReturn()} loading={returning.fetching}>
              {t('review.return')}
            </Button>
          </div>
        </Form>
      </section>
    </>
  );
}
