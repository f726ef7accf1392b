import { Alert, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { problemsOf } from '../../../api/api-problem';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { SupplierActionDetailQuery } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { ToneTag } from '../../../ui/tone-tag';
import { useProblemText } from '../../../ui/problem-text';

const ShareSolutionDocument = graphql(`
  mutation SupplierShareSolution($actionId: ID!, $shared: Boolean!) {
    shareSolution(actionId: $actionId, shared: $shared) {
      id
      shared
    }
  }
`);

type Action = SupplierActionDetailQuery['correctiveAction'];

/**
 * The supplier's consent to put an effective 8D in the solution library for
 * other enterprises (its own chain leader sees it anyway). Only the
 * enterprise's admin decides, and only once the effectiveness check has
 * confirmed the fix; everyone else sees the decision.
 */
export function SolutionSharing({ action, onChanged }: { action: Action; onChanged: () => void }) {
  const { t } = useTranslation('actions');
  const f = useFormat();
  const describe = useProblemText();
  const { can } = useViewer();
  const [state, share] = useMutation(ShareSolutionDocument);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  if (action.status !== 'EFFECTIVE' && action.status !== 'CLOSED') return null;

  const decide = async (shared: boolean) => {
    setOutcome(null);
    const r = await share({ actionId: action.id, shared });
    if (r.error) return setOutcome({ ok: false, text: problemsOf(r.error).map(describe).join(' ') });
    setOutcome({ ok: true, text: t(shared ? 'sharing.shared' : 'sharing.withdrawn') });
    onChanged(); // the timeline gains the decision
  };

  return (
    <Card size="small" className="solution-sharing">
      <section aria-labelledby="sharing-heading">
        <div className="step-panel-head">
          <Typography.Title level={2} id="sharing-heading" className="card-title">
            {t('sharing.title')}
          </Typography.Title>
          {action.status === 'EFFECTIVE' && <ToneTag tone={action.shared ? 'green' : 'default'}>{t(action.shared ? 'sharing.on' : 'sharing.off')}</ToneTag>}
        </div>
        {action.status === 'CLOSED' ? (
          <p className="sharing-text">{t('sharing.pending', { date: f.date(action.effectivenessDueAt) })}</p>
        ) : (
          <>
            <p className="sharing-text">{t('sharing.why', { code: action.issue.defectCode })}</p>
            {outcome && <Alert className="form-alert" type={outcome.ok ? 'success' : 'error'} showIcon role={outcome.ok ? 'status' : 'alert'} title={outcome.text} />}
            {can('ENTERPRISE_ADMIN') ? (
              <Button type={action.shared ? 'default' : 'primary'} loading={state.fetching} onClick={() => void decide(!action.shared)}>
                {t(action.shared ? 'sharing.withdraw' : 'sharing.share')}
              </Button>
            ) : (
              <p className="sharing-text">{t('sharing.adminOnly')}</p>
            )}
          </>
        )}
      </section>
    </Card>
  );
}
