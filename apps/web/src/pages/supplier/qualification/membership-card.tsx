import { Alert, Card, Descriptions, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import type { MembershipStatus, QualificationDecision, QualificationEnterpriseFieldsFragment, SupplierQualificationQuery } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { DocumentPreview } from '../../../ui/document-preview';
import { noteText } from '../../membership-notes';
import { ToneTag, type Tone } from '../../../ui/tone-tag';
import { QualificationForm } from './qualification-form';

type Membership = SupplierQualificationQuery['myMemberships'][number];

const STATUS_COLOUR: Record<MembershipStatus, Tone> = { INVITED: 'blue', ONBOARDING: 'gold', ACTIVE: 'green', SUSPENDED: 'red', EXITED: 'default' };
const DECISION_COLOUR: Record<QualificationDecision, Tone> = { PENDING: 'gold', RETURNED: 'red', APPROVED: 'green' };
/** One chain: where our membership stands, its history, the latest qualification and, when it is our turn, the form to (re)submit. */
export function MembershipCard({ membership: m, enterprise, onChanged }: { membership: Membership; enterprise: QualificationEnterpriseFieldsFragment; onChanged: () => void }) {
  const { t } = useTranslation('qualification');
  const format = useFormat();
  const viewer = useViewer();
  const q = m.latestQualification;
  const ourTurn = m.status === 'ONBOARDING' && q?.decision !== 'PENDING';
  const mayAnswer = viewer.can('ENTERPRISE_ADMIN') || viewer.can('QUALITY_ENGINEER');
  const note = (text: string | null | undefined) => noteText(text, t, 'history.notes');
  const certificates = enterprise.certifications.filter((c) => q?.certificationIds.includes(c.id));

  return (
    <Card
      className="qualification-card"
      title={<h3 className="qualification-card-title">{m.chain.name}</h3>}
      extra={<ToneTag tone={STATUS_COLOUR[m.status]}>{t(`membership.${m.status}`)}</ToneTag>}
    >
      <Typography.Paragraph type="secondary">{t(`membershipHint.${m.status}`)}</Typography.Paragraph>
      <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('chains.leader')}>{m.chain.leader.name}</Descriptions.Item>
        <Descriptions.Item label={t('chains.tier')}>{t('chains.tierValue', { tier: m.tier })}</Descriptions.Item>
      </Descriptions>

      {q && (
        <section className="qualification-latest" aria-label={t('latest.title')}>
          <Typography.Title level={4} className="qualification-subtitle">
            {t('latest.title')} <ToneTag tone={DECISION_COLOUR[q.decision]}>{t(`decision.${q.decision}`)}</ToneTag>
          </Typography.Title>
          {q.decision === 'RETURNED' && (
            <Alert
              type="warning"
              showIcon
              className="form-alert"
              title={t('latest.returnedTitle', { leader: m.chain.leader.name, date: format.date(q.decidedAt) })}
              description={
                <ul className="qualification-reasons">
                  {q.decisionReasons.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
              }
            />
          )}
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('latest.submittedAt')}>{format.dateTime(q.submittedAt)}</Descriptions.Item>
            {q.decidedAt && <Descriptions.Item label={t('latest.decidedAt')}>{format.dateTime(q.decidedAt)}</Descriptions.Item>}
            <Descriptions.Item label={t('latest.certificates')}>
              {certificates.length ? certificates.map((c) => `${c.schemeName ?? t(`scheme.${c.scheme}`)} ${c.number}`).join('、') : t('latest.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('latest.maturity')}>{q.maturityAssessmentId ? t('latest.maturityAttached') : t('latest.none')}</Descriptions.Item>
            <Descriptions.Item label={t('latest.documents')}>
              {q.documents.length ? (
                <ul className="qualification-documents">
                  {q.documents.map((d) => (
                    <li key={d.id}>
                      <DocumentPreview document={d} />
                    </li>
                  ))}
                </ul>
              ) : (
                t('latest.none')
              )}
            </Descriptions.Item>
            {q.note && <Descriptions.Item label={t('latest.note')}>{q.note}</Descriptions.Item>}
          </Descriptions>
        </section>
      )}

      {ourTurn && mayAnswer && <QualificationForm membershipId={m.id} enterprise={enterprise} previous={q?.decision === 'RETURNED' ? q : null} onSubmitted={onChanged} />}
      {ourTurn && !mayAnswer && <Typography.Paragraph type="secondary">{t('form.notAllowed')}</Typography.Paragraph>}

      <Typography.Title level={4} className="qualification-subtitle">
        {t('history.title')}
      </Typography.Title>
      <Timeline
        items={m.history.map((e, i) => ({
          key: i,
          color: STATUS_COLOUR[e.toStatus] === 'default' ? 'gray' : STATUS_COLOUR[e.toStatus],
          content: (
            <div>
              <div>
                <strong>{t(`membership.${e.toStatus}`)}</strong> · {format.dateTime(e.at)}
              </div>
              {note(e.reason) && <div className="qualification-event-note">{note(e.reason)}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
