import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import type { AcknowledgementStatus } from '../../../gql/graphql';
import { dueStateOf } from './standard-status';

/** "Due 2026年12月3日" coloured by how near it is, with the words too (colour is never the only signal). */
export function DueDate({ ack }: { ack: { status: AcknowledgementStatus; dueOn: string; overdue: boolean } }) {
  const { t } = useTranslation('standards');
  const format = useFormat();
  const state = dueStateOf(ack.status, ack.dueOn, ack.overdue);
  return (
    <span className={`due-${state}`}>
      {t('due', { date: format.date(ack.dueOn) })}
      {state !== 'ok' && state !== 'closed' && <> · {t(`dueState.${state}`)}</>}
    </span>
  );
}
