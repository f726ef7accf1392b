import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { SamplingHistoryEvent } from '../../../gql/graphql';
import { QueryState } from '../../../ui/page-states';

/** A part's history as the timeline shows it; the leader's decisions select it too, so an open timeline follows them. */
export const HistoryFields = graphql(`
  fragment LeaderSamplingHistory on SamplingState {
    history {
      id
      event
      severity
      occurredAt
      lotNumber
      actorName
      reason
      note
    }
  }
`);

const HistoryDocument = graphql(`
  query LeaderSamplingHistory($chainId: ID!, $supplierEnterpriseId: ID!, $partNumber: String!) {
    samplingState(chainId: $chainId, supplierEnterpriseId: $supplierEnterpriseId, partNumber: $partNumber) {
      id
      ...LeaderSamplingHistory
    }
  }
`);

// Red where inspection got stricter or stopped, green where it relaxed, blue for the leader's decisions.
const COLOUR: Record<SamplingHistoryEvent, string> = {
  NORMAL_TO_TIGHTENED: 'red',
  DISCONTINUED: 'red',
  TIGHTENED_TO_NORMAL: 'green',
  NORMAL_TO_REDUCED: 'green',
  REDUCED_TO_NORMAL: 'gray',
  REDUCED_APPROVED: 'blue',
  RESUMED: 'blue',
};

/** One part's switching history (GB/T 2828.1-2012 clause 9.3), read when its row is opened: each switch with the lot that caused it, each decision with who took it. */
export function SwitchingHistory({ chainId, supplierEnterpriseId, partNumber }: { chainId: string; supplierEnterpriseId: string; partNumber: string }) {
  const { t } = useTranslation('leader-inspection');
  const format = useFormat();
  const [result, reexecute] = useQuery({ query: HistoryDocument, variables: { chainId, supplierEnterpriseId, partNumber }, requestPolicy: 'cache-and-network' });
  return (
    <section aria-label={`${t('state.history')}：${partNumber}`} className="switching-history">
      <QueryState
        result={result}
        rows={2}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.samplingState.history.length === 0}
        empty={<Typography.Text type="secondary">{t('state.historyEmpty')}</Typography.Text>}
      >
        {(data) => (
          <Timeline
            items={data.samplingState.history.map((h) => ({
              key: h.id,
              color: COLOUR[h.event],
              content: (
                <div className="event">
                  <div>{h.reason ? t('state.endedBy', { reason: t(`state.endReason.${h.reason}`) }) : t(`state.event.${h.event}`)}</div>
                  {h.note && <div>{h.note}</div>}
                  <div className="event-time">
                    {[format.dateTime(h.occurredAt), h.lotNumber ? t('state.byLot', { lot: h.lotNumber }) : null, h.actorName ? t('state.byUser', { name: h.actorName }) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </div>
                </div>
              ),
            }))}
          />
        )}
      </QueryState>
    </section>
  );
}
