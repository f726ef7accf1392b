import { Button, Descriptions, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { isNotFound, problemsOf } from '../../../api/api-problem';
import type { LeaderSupplierQuery } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { QueryState } from '../../../ui/page-states';
import { ToneTag } from '../../../ui/tone-tag';
import { LotsSection } from '../../supplier/quality/lots-section';
import { PassRateSection } from '../../supplier/quality/pass-rate-section';
import { RequireWorkspace } from '../../workspace-guard';
import { isSpan, type Span } from '../scorecard';
import { STATUS_TONE } from '../suppliers/membership-tone';
import { AcknowledgementsSection } from './acknowledgements-section';
import { ActionsSection } from './actions-section';
import { RecordSections } from './record-sections';
import { ScorecardSection } from './scorecard-section';
import { LeaderSupplierDocument } from './supplier-documents';
import '../../supplier/quality/quality.css';
import './supplier-detail.css';

type Membership = LeaderSupplierQuery['industryChain']['memberships']['edges'][number]['node'];
type Enterprise = LeaderSupplierQuery['enterprise'];

/** Every id the API takes is a UUID: anything else in the address is a page that cannot exist (asked nothing). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One supplier of the leader's chain, everything the chain knows of it on one page: who it is, its scorecard and the
 * figures behind it, its pass-rate trend and lots, its 8Ds with response times, certificates, maturity and standards.
 */
export function SupplierDetailPage() {
  return (
    <RequireWorkspace workspace="leader">
      <SupplierDetail />
    </RequireWorkspace>
  );
}

function SupplierDetail() {
  const { enterpriseId = '' } = useParams();
  const chain = useViewer().ledChains[0];
  const valid = UUID.test(enterpriseId);
  const [result, reexecute] = useQuery({ query: LeaderSupplierDocument, variables: { chainId: chain.id, id: enterpriseId }, pause: !valid });
  // The API answers NOT_FOUND for an enterprise outside the leader's view; one in view (its own, say) without a membership is no supplier either.
  if (!valid || (result.error && isNotFound(problemsOf(result.error))) || (result.data && !result.data.industryChain.memberships.edges.length)) return <SupplierNotFound />;
  return (
    <div className="supplier-detail">
      <QueryState result={result} onRetry={() => reexecute({ requestPolicy: 'network-only' })} rows={4}>
        {/* Keyed by the supplier: another supplier's page starts with no filters of this one's. */}
        {(data) => <Supplier key={data.enterprise.id} chainId={chain.id} chainName={data.industryChain.name} enterprise={data.enterprise} membership={data.industryChain.memberships.edges[0].node} />}
      </QueryState>
    </div>
  );
}

function Supplier({ chainId, chainName, enterprise, membership }: { chainId: string; chainName: string; enterprise: Enterprise; membership: Membership }) {
  const { t } = useTranslation('leader-supplier');
  const [params, setParams] = useSearchParams();
  const asked = params.get('span');
  const span: Span = isSpan(asked) ? asked : 'month';
  // Kept in the address: a reload or a link shows the same period (the dashboard links here with its own).
  const setSpan = (next: Span) => setParams(next === 'month' ? {} : { span: next }, { replace: true });
  return (
    <>
      <Typography.Title level={1} className="page-title">
        {enterprise.name}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro', { chain: chainName })}</Typography.Paragraph>
      <Facts enterprise={enterprise} membership={membership} />
      <ScorecardSection chainId={chainId} supplierId={enterprise.id} span={span} onSpan={setSpan} />
      <PassRateSection scope={{ kind: 'CHAIN_SUPPLIER', id: `${chainId}:${enterprise.id}` }} chainId={chainId} chainName={t('trendScope', { chain: chainName, supplier: enterprise.name })} />
      <LotsSection chainId={chainId} supplierEnterpriseId={enterprise.id} refresh={0} />
      <ActionsSection chainId={chainId} supplierId={enterprise.id} span={span} />
      <RecordSections supplierId={enterprise.id} />
      <AcknowledgementsSection chainId={chainId} supplierId={enterprise.id} />
    </>
  );
}

/** Who the supplier is (its registry record, shared with the chain while it is a member) and where it stands in the chain. */
function Facts({ enterprise, membership }: { enterprise: Enterprise; membership: Membership }) {
  const { t } = useTranslation(['leader-supplier', 'onboarding', 'qualification']);
  const region = enterprise.region?.name ?? enterprise.regionName;
  return (
    <section className="quality-section" aria-labelledby="supplier-facts">
      <Typography.Title level={2} id="supplier-facts" className="section-title">
        {t('facts.title')}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={[
          { key: 'uscc', label: t('facts.uscc'), children: <span className="supplier-uscc">{enterprise.uscc}</span> },
          { key: 'tier', label: t('facts.tier'), children: t('invite.tierValue', { ns: 'onboarding', tier: membership.tier }) },
          { key: 'status', label: t('facts.status'), children: <ToneTag tone={STATUS_TONE[membership.status]}>{t(`status.${membership.status}`, { ns: 'onboarding' })}</ToneTag> },
          { key: 'region', label: t('facts.region'), children: t('facts.regionValue', { name: region, code: enterprise.regionCode }) },
          { key: 'size', label: t('facts.sizeClass'), children: enterprise.sizeClass ? t(`size.${enterprise.sizeClass}`, { ns: 'qualification' }) : t('facts.notGiven') },
          { key: 'categories', label: t('facts.categories'), children: membership.categories.join('、') || t('facts.notGiven') },
        ]}
      />
    </section>
  );
}

function SupplierNotFound() {
  const { t } = useTranslation('leader-supplier');
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.hint')}
      extra={
        <Button type="primary" onClick={() => navigate('/leader/suppliers')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
