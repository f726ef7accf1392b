import { Alert, Button, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { MembershipStatus } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { RequireWorkspace } from '../../workspace-guard';
import { InviteDrawer } from './invite-drawer';
import { MembershipTable } from './membership-table';
import './suppliers.css';

export const LeaderMembershipsDocument = graphql(`
  query LeaderMemberships($chainId: ID!, $status: MembershipStatus, $after: String) {
    industryChain(id: $chainId) {
      id
      memberships(status: $status, first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            status
            statusReason
            tier
            categories
            supplierUscc
            enterprise {
              id
              name
            }
            invitation {
              email
              expiresAt
            }
            latestQualification {
              id
              decision
              submittedAt
            }
            history {
              toStatus
              reason
              at
            }
          }
        }
      }
    }
  }
`);

/** The order a quality engineer works in: those waiting on us first. */
const FILTERS: MembershipStatus[] = ['ONBOARDING', 'INVITED', 'ACTIVE', 'SUSPENDED', 'EXITED'];

/** Onboarding: invite suppliers, review their qualification, and suspend, reinstate or end memberships. */
export function SuppliersPage() {
  return (
    <RequireWorkspace workspace="leader">
      <Suppliers />
    </RequireWorkspace>
  );
}

function Suppliers() {
  const { t } = useTranslation('onboarding');
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const chains = viewer.ledChains;
  const chainId = chains.some((c) => c.id === params.get('chain')) ? params.get('chain')! : chains[0].id;
  const status = (FILTERS.includes(params.get('status') as MembershipStatus) ? params.get('status') : 'ONBOARDING') as MembershipStatus;
  const [after, setAfter] = useState<string | undefined>();
  const [inviting, setInviting] = useState(false);
  const mayAct = viewer.can('ENTERPRISE_ADMIN') || viewer.can('QUALITY_ENGINEER');
  const [result, reexecute] = useQuery({ query: LeaderMembershipsDocument, variables: { chainId, status, after } });
  const show = (next: Record<string, string>) => {
    setAfter(undefined);
    setParams({ ...(chainId !== chains[0].id ? { chain: chainId } : {}), status, ...next });
  };
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <div className="suppliers-page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('title')}
        </Typography.Title>
        {mayAct && (
          <Button type="primary" onClick={() => setInviting(true)}>
            {t('invite.open')}
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {!mayAct && <Alert type="info" showIcon title={t('readOnly')} className="form-alert" />}
      <div className="suppliers-filters">
        {chains.length > 1 && (
          <Select aria-label={t('chain')} value={chainId} onChange={(id) => show({ chain: id })} options={chains.map((c) => ({ value: c.id, label: c.name }))} />
        )}
        <Segmented<MembershipStatus>
          aria-label={t('filter.label')}
          value={status}
          onChange={(value) => show({ status: value })}
          options={FILTERS.map((s) => ({ value: s, label: t(`filter.${s}`) }))}
        />
      </div>
      <QueryState
        result={result}
        onRetry={refresh}
        isEmpty={(data) => data.industryChain.memberships.totalCount === 0}
        empty={<PageEmpty title={t(`empty.${status}`)} hint={mayAct ? t('empty.hint') : undefined} />}
      >
        {(data) => (
          <>
            <MembershipTable rows={data.industryChain.memberships.edges.map((e) => e.node)} mayAct={mayAct} onChanged={refresh} />
            {data.industryChain.memberships.pageInfo.hasNextPage && (
              <Button className="suppliers-more" onClick={() => setAfter(data.industryChain.memberships.pageInfo.endCursor ?? undefined)}>
                {t('more')}
              </Button>
            )}
          </>
        )}
      </QueryState>
      {mayAct && <InviteDrawer chainId={chainId} open={inviting} onClose={() => setInviting(false)} onInvited={refresh} />}
    </div>
  );
}
