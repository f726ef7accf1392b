import { useTranslation } from 'react-i18next';
import type { AcknowledgementStatus } from '../../../gql/graphql';
import { STATUS_COLOUR } from '../../supplier/standards/standard-status';
import { ToneTag } from '../../../ui/tone-tag';

/** A supplier's answer to a standard, in the leader's words (the recipients of a revision, a supplier's page). */
export function StatusTag({ status }: { status: AcknowledgementStatus }) {
  const { t } = useTranslation('leader-standards');
  return <ToneTag tone={STATUS_COLOUR[status]}>{t(`status.${status}`)}</ToneTag>;
}
