import { Button, Card, List, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import type { AcknowledgementStatus, LeaderAcknowledgementFieldsFragment } from '../../../gql/graphql';
import { DueDate } from '../../supplier/standards/due-date';
import { StatusTag } from './ack-status-tag';
import { DeviationDialog } from './deviation-dialog';
import { useScreens } from '../../../ui/use-screens';

export type Answer = LeaderAcknowledgementFieldsFragment;

/** What needs the leader first: deviations to decide, then the late, then those not yet answered. */
const ORDER: AcknowledgementStatus[] = ['DEVIATION_REQUESTED', 'PENDING', 'ACKNOWLEDGED', 'DEVIATION_REJECTED', 'DEVIATION_ACCEPTED', 'ADOPTED', 'SUPERSEDED'];
const rank = (a: Answer) => (a.overdue && a.status !== 'DEVIATION_REQUESTED' ? 0.5 : ORDER.indexOf(a.status));

/** Each supplier's answer to the revision: a table at a desk, cards on a phone. */
export function Recipients({ acknowledgements, version }: { acknowledgements: Answer[]; version: string }) {
  const { t } = useTranslation('leader-standards');
  const format = useFormat();
  const screens = useScreens();
  const rows = [...acknowledgements].sort((a, b) => rank(a) - rank(b) || a.recipient.name.localeCompare(b.recipient.name));
  const label = t('recipients.label', { version });
  const note = (a: Answer) => (
    <>
      {a.deviationReason && <div className="leader-standards-prewrap">{t('recipients.reason', { text: a.deviationReason })}</div>}
      {a.decisionComment && <div className="leader-standards-prewrap">{t('recipients.comment', { text: a.decisionComment })}</div>}
    </>
  );
  const answered = (a: Answer) => (a.status === 'PENDING' ? '—' : format.dateTime(a.updatedAt));

  return (
    <section aria-label={label} className="leader-recipients">
      <Typography.Title level={4} className="leader-standards-subsection">
        {t('recipients.title', { count: rows.length })}
      </Typography.Title>
      {screens.md ? (
        <Table<Answer>
          rowKey="id"
          size="small"
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20 } : false}
          columns={[
            { key: 'supplier', title: t('recipients.supplier'), render: (_, a) => a.recipient.name },
            { key: 'status', title: t('recipients.status'), render: (_, a) => <StatusTag status={a.status} /> },
            { key: 'due', title: t('recipients.due'), render: (_, a) => <DueDate ack={a} /> },
            { key: 'answered', title: t('recipients.answeredAt'), render: (_, a) => answered(a) },
            { key: 'note', title: t('recipients.note'), render: (_, a) => (a.deviationReason || a.decisionComment ? note(a) : '—') },
          ]}
        />
      ) : (
        <List
          dataSource={rows}
          className="leader-recipient-cards"
          renderItem={(a) => (
            <List.Item key={a.id}>
              <Card size="small" className="leader-recipient-card" title={a.recipient.name} extra={<StatusTag status={a.status} />}>
                <DueDate ack={a} />
                {a.status !== 'PENDING' && <div className="leader-standards-sub">{t('recipients.answeredOn', { date: answered(a) })}</div>}
                {note(a)}
              </Card>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}

/** Deviations the suppliers asked for and the leader has not decided: each with its reason, to accept or reject with a comment. */
export function DeviationRequests({ acknowledgements, mayAct, onDecided }: { acknowledgements: Answer[]; mayAct: boolean; onDecided: () => void }) {
  const { t } = useTranslation('leader-standards');
  const format = useFormat();
  const [deciding, setDeciding] = useState<{ answer: Answer; accept: boolean } | null>(null);
  const waiting = acknowledgements.filter((a) => a.status === 'DEVIATION_REQUESTED');
  if (waiting.length === 0) return null;

  return (
    <section aria-label={t('deviations.title', { count: waiting.length })} className="leader-deviations">
      <Typography.Title level={4} className="leader-standards-subsection">
        {t('deviations.title', { count: waiting.length })}
      </Typography.Title>
      {waiting.map((a) => (
        <Card key={a.id} size="small" className="leader-deviation" title={a.recipient.name} extra={<StatusTag status={a.status} />}>
          <div className="leader-standards-sub">{t('deviations.requestedAt', { date: format.dateTime(a.updatedAt) })}</div>
          <Typography.Paragraph className="leader-standards-prewrap leader-deviation-reason">{a.deviationReason}</Typography.Paragraph>
          {mayAct ? (
            <div className="leader-deviation-actions">
              <Button type="primary" onClick={() => setDeciding({ answer: a, accept: true })} aria-label={t('deviations.acceptFor', { name: a.recipient.name })}>
                {t('deviations.accept')}
              </Button>
              <Button danger onClick={() => setDeciding({ answer: a, accept: false })} aria-label={t('deviations.rejectFor', { name: a.recipient.name })}>
                {t('deviations.reject')}
              </Button>
            </div>
          ) : (
            <Typography.Text type="secondary">{t('deviations.readOnly')}</Typography.Text>
          )}
        </Card>
      ))}
      {deciding && (
        <DeviationDialog
          answer={deciding.answer}
          accept={deciding.accept}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            onDecided();
          }}
        />
      )}
    </section>
  );
}
