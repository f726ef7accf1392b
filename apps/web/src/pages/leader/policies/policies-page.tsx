import { Alert, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { useViewer } from '../../../session/viewer';
import { QueryState } from '../../../ui/page-states';
import { RequireWorkspace } from '../../workspace-guard';
import { BandsForm } from './bands-form';
import { ClocksForm } from './clocks-form';
import { LeaderPassRatePolicyDocument } from './policy-documents';
import { ThresholdForm } from './threshold-form';
import { WeightsForm } from './weights-form';
import './policies.css';

/** The chain leader's policies: pass-rate thresholds that raise quality issues, and how the supplier scorecard scores and grades. */
export function PoliciesPage() {
  return (
    <RequireWorkspace workspace="leader">
      <Policies />
    </RequireWorkspace>
  );
}

function Policies() {
  const { t } = useTranslation('leader-policies');
  const format = useFormat();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const chains = viewer.ledChains;
  const chainId = chains.some((c) => c.id === params.get('chain')) ? params.get('chain')! : chains[0].id;
  const mayAct = viewer.can('ENTERPRISE_ADMIN') || viewer.can('QUALITY_ENGINEER');
  // The policy has no id of its own, so the cache cannot tell a saved one from the one it holds: always ask.
  const [result, reexecute] = useQuery({ query: LeaderPassRatePolicyDocument, variables: { chainId }, requestPolicy: 'network-only' });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  // While another chain's policy loads, urql still holds the previous chain's answer: not shown as this chain's.
  const current = result.operation?.variables.chainId === chainId ? result : { ...result, data: undefined };

  return (
    <div className="policies-page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('title')}
        </Typography.Title>
        {chains.length > 1 && (
          <Select
            aria-label={t('chain')}
            value={chainId}
            onChange={(id) => setParams(id === chains[0].id ? {} : { chain: id })}
            options={chains.map((c) => ({ value: c.id, label: c.name }))}
            className="policies-chain"
          />
        )}
      </div>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {!mayAct && <Alert type="info" showIcon title={t('readOnly')} className="form-alert" />}
      <QueryState result={current} onRetry={refresh} rows={10}>
        {({ passRatePolicy: policy }) => (
          <div key={chainId}>
            <Typography.Paragraph className="policies-updated">
              {policy ? t('updated', { time: format.dateTime(policy.updatedAt) }) : t('neverSet')}
            </Typography.Paragraph>
            <ThresholdForm chainId={chainId} policy={policy ?? null} mayAct={mayAct} onSaved={refresh} />
            <WeightsForm chainId={chainId} policy={policy ?? null} mayAct={mayAct} onSaved={refresh} />
            <BandsForm chainId={chainId} policy={policy ?? null} mayAct={mayAct} onSaved={refresh} />
            <ClocksForm chainId={chainId} mayAct={mayAct} />
          </div>
        )}
      </QueryState>
    </div>
  );
}
