import { List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isWithinDivision } from '@chainq/codes';
import type { RegionAssignmentQuery } from '../../../gql/graphql';
import { PageEmpty } from '../../../ui/page-states';
import { RegionSection } from './region-section';

export type Cluster = RegionAssignmentQuery['industryClusters']['edges'][number]['node'];

/** The clusters lying in the region (or, with no region given, those assigned), each linked to its own page. */
export function ClustersSection({ clusters, code, name }: { clusters: Cluster[]; code?: string; name: string }) {
  const { t } = useTranslation('coordinator-region');
  const inRegion = code ? clusters.filter((c) => isWithinDivision(c.regionCode, code)) : clusters;
  return (
    <RegionSection title={t('clusters.title')} intro={code ? t('clusters.intro', { name }) : undefined}>
      {inRegion.length === 0 ? (
        <PageEmpty title={t('clusters.empty', { name })} />
      ) : (
        <List
          className="cluster-list"
          dataSource={inRegion}
          renderItem={(c) => (
            <List.Item>
              <List.Item.Meta title={<Link to={`/region/clusters/${c.id}`}>{c.name}</Link>} description={`${c.regionName} · ${c.product} · ${t('clusters.members', { count: c.memberCount })}`} />
            </List.Item>
          )}
        />
      )}
    </RegionSection>
  );
}
