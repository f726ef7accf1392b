import { Descriptions, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import type { SupplierStandardFieldsFragment } from '../../../gql/graphql';
import { DocumentPreview } from '../../../ui/document-preview';
import { DueDate } from './due-date';
import { StandardAnswers } from './standard-answers';
import { STATUS_COLOUR } from './standard-status';
import { ToneTag } from '../../../ui/tone-tag';

/** One revision sent to us: what it is, its document, what we may answer, and every answer so far. */
export function StandardDetail({ ack }: { ack: SupplierStandardFieldsFragment }) {
  const { t } = useTranslation('standards');
  const format = useFormat();
  const { standard, revision } = ack;
  return (
    <div className="standard-detail">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('detail.status')}>
          <ToneTag tone={STATUS_COLOUR[ack.status]}>{t(`status.${ack.status}`)}</ToneTag>
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.number')}>{standard.number}</Descriptions.Item>
        <Descriptions.Item label={t('detail.kind')}>{t(`kind.${standard.kind}`, { defaultValue: t('kind.OTHER') })}</Descriptions.Item>
        <Descriptions.Item label={t('detail.owner')}>{standard.owner.name}</Descriptions.Item>
        <Descriptions.Item label={t('detail.revision')}>{revision.version}</Descriptions.Item>
        <Descriptions.Item label={t('detail.effectiveOn')}>{format.date(revision.effectiveOn)}</Descriptions.Item>
        <Descriptions.Item label={t('detail.dueOn')}>
          <DueDate ack={ack} />
        </Descriptions.Item>
        <Descriptions.Item label={t('detail.changeSummary')}>{revision.changeSummary}</Descriptions.Item>
        {ack.deviationReason && <Descriptions.Item label={t('detail.deviationReason')}>{ack.deviationReason}</Descriptions.Item>}
        {ack.decisionComment && <Descriptions.Item label={t('detail.decisionComment')}>{ack.decisionComment}</Descriptions.Item>}
      </Descriptions>

      <Typography.Title level={2} className="standard-section">
        {t('document.title')}
      </Typography.Title>
      <DocumentPreview document={revision.document} />

      <Typography.Title level={2} className="standard-section">
        {t('answer.title')}
      </Typography.Title>
      <StandardAnswers ack={ack} />

      <Typography.Title level={2} className="standard-section">
        {t('history.title')}
      </Typography.Title>
      {ack.history.length === 0 ? (
        <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>
      ) : (
        <Timeline
          items={ack.history.map((e, i) => ({
            key: i,
            color: STATUS_COLOUR[e.toStatus] === 'default' ? 'gray' : STATUS_COLOUR[e.toStatus],
            content: (
              <div className="standard-event">
                <div>
                  <strong>{e.actorName ?? t('history.system')}</strong> · {format.dateTime(e.at)}
                </div>
                <div>{e.fromStatus ? t('history.change', { to: t(`status.${e.toStatus}`) }) : t('history.distributed')}</div>
                {e.note && <div className="standard-event-note">{e.note}</div>}
              </div>
            ),
          }))}
        />
      )}
    </div>
  );
}
