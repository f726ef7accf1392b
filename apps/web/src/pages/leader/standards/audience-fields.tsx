import { Checkbox, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { LeaderDistributeAudienceQuery } from '../../../gql/graphql';

const AudienceDocument = graphql(`
  query LeaderDistributeAudience($chainId: ID!) {
    industryChain(id: $chainId) {
      id
      clusterIds
      memberships(first: 100) {
        edges {
          node {
            id
            status
            tier
            supplierUscc
            enterprise {
              id
              name
            }
          }
        }
      }
    }
    industryClusters(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const ClusterMembersDocument = graphql(`
  query LeaderClusterMembers($clusterId: ID!) {
    industryCluster(id: $clusterId) {
      id
      members(first: 100) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);

/** Where a revision can go. A chain leader may not send to a cluster itself (its coordinating office does): "a cluster's members" means our chain's members in it. */
export type Target = 'ALL_ACTIVE' | 'TIERS' | 'MEMBERSHIPS' | 'CLUSTER';
export const TARGETS: Target[] = ['ALL_ACTIVE', 'TIERS', 'MEMBERSHIPS', 'CLUSTER'];
export const TIERS = [1, 2, 3];

type Member = LeaderDistributeAudienceQuery['industryChain']['memberships']['edges'][number]['node'];
export type Eligible = Member & { enterprise: NonNullable<Member['enterprise']> };

export interface Audience {
  fetching: boolean;
  error?: unknown;
  /** Members a revision may be sent to by name: registered, neither invited only nor gone (the API's rule). */
  eligible: Eligible[];
  active: Eligible[];
  clusters: { id: string; name: string }[];
  /** The chosen cluster's members that are in our chain. */
  inCluster: Eligible[];
}

export function useAudience(chainId: string, clusterId: string | undefined): Audience {
  const [result] = useQuery({ query: AudienceDocument, variables: { chainId } });
  const [members] = useQuery({ query: ClusterMembersDocument, variables: { clusterId: clusterId ?? '' }, pause: !clusterId });
  const chain = result.data?.industryChain;
  const eligible = (chain?.memberships.edges ?? [])
    .map((e) => e.node)
    .filter((m): m is Eligible => !!m.enterprise && m.status !== 'INVITED' && m.status !== 'EXITED')
    .sort((a, b) => a.tier - b.tier || a.enterprise.name.localeCompare(b.enterprise.name));
  const inClusterIds = new Set((clusterId ? (members.data?.industryCluster.members.edges ?? []) : []).map((e) => e.node.id));
  return {
    fetching: result.fetching || members.fetching,
    error: result.error ?? members.error,
    eligible,
    active: eligible.filter((m) => m.status === 'ACTIVE'),
    clusters: (result.data?.industryClusters.edges ?? []).map((e) => e.node).filter((c) => chain?.clusterIds.includes(c.id)),
    inCluster: eligible.filter((m) => inClusterIds.has(m.enterprise.id)),
  };
}

/** The fields of the chosen target: tiers, suppliers by name, or a cluster with the suppliers it reaches. */
export function AudienceFields({ target, audience, tiers, clusterId }: { target: Target; audience: Audience; tiers: number[]; clusterId?: string }) {
  const { t } = useTranslation('leader-standards');
  const memberLabel = (m: Eligible) =>
    t('distribute.member', { name: m.enterprise.name, tier: m.tier, status: m.status === 'ACTIVE' ? '' : t('distribute.memberStatus', { status: t(`memberStatus.${m.status}`) }) });

  if (target === 'ALL_ACTIVE') return <Reach count={audience.active.length} />;
  if (target === 'TIERS') {
    return (
      <>
        <Form.Item name="tiers" label={t('distribute.tiers')} rules={[{ required: true, type: 'array', min: 1, message: t('distribute.tiersRequired') }]}>
          <Checkbox.Group options={TIERS.map((n) => ({ value: n, label: t('distribute.tier', { tier: n }) }))} />
        </Form.Item>
        <Reach count={audience.active.filter((m) => tiers.includes(m.tier)).length} />
      </>
    );
  }
  if (target === 'MEMBERSHIPS') {
    return (
      <Form.Item
        name="membershipIds"
        label={t('distribute.suppliers')}
        extra={t('distribute.suppliersExtra')}
        rules={[{ required: true, type: 'array', min: 1, message: t('distribute.suppliersRequired') }]}
      >
        <Select
          mode="multiple"
          loading={audience.fetching}
          optionFilterProp="label"
          notFoundContent={t('distribute.noSuppliers')}
          options={audience.eligible.map((m) => ({ value: m.id, label: memberLabel(m) }))}
        />
      </Form.Item>
    );
  }
  return (
    <>
      <Form.Item
        name="clusterId"
        label={t('distribute.cluster')}
        extra={t('distribute.clusterExtra')}
        rules={[
          { required: true, message: t('distribute.clusterRequired') },
          { validator: () => (audience.fetching || audience.inCluster.length ? Promise.resolve() : Promise.reject(new Error(t('distribute.clusterEmpty')))) },
        ]}
      >
        <Select loading={audience.fetching} notFoundContent={t('distribute.noClusters')} options={audience.clusters.map((c) => ({ value: c.id, label: c.name }))} />
      </Form.Item>
      {clusterId && !audience.fetching && audience.inCluster.length > 0 && (
        <Typography.Paragraph className="leader-distribute-reach">
          {t('distribute.clusterReach', { count: audience.inCluster.length, names: audience.inCluster.map((m) => m.enterprise.name).join(t('audience.separator')) })}
        </Typography.Paragraph>
      )}
    </>
  );
}

function Reach({ count }: { count: number }) {
  const { t } = useTranslation('leader-standards');
  return <Typography.Paragraph className="leader-distribute-reach">{count ? t('distribute.reach', { count }) : t('distribute.reachNone')}</Typography.Paragraph>;
}
