import { Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { ExportButton } from '../../../ui/export-button';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { lastDayOf } from '../../../format/format';
import { ClusterMembersDocument } from './cluster-documents';
import { ClusterSection } from './cluster-section';
import { MemberList } from './member-list';
import { DEFAULT_SORT, LEVELS, matches, NO_FILTER, SIZE_CLASSES, sorted, type MemberFilter, type MemberSort } from './member-filters';

/**
 * Every member of the cluster with what a coordinator checks first: size,
 * certificates, maturity, lot pass rate over the period and open issues;
 * narrowed and sorted here, and the whole table as an Excel file.
 */
export function MembersSection({ cluster, period }: { cluster: { id: string; name: string }; period: { from: string; to: string } }) {
  const { t } = useTranslation(['coordinator-cluster', 'qualification']);
  const format = useFormat();
  const [filter, setFilter] = useState<MemberFilter>(NO_FILTER);
  const [sort, setSort] = useState<MemberSort>(DEFAULT_SORT);
  const [result, reexecute] = useQuery({ query: ClusterMembersDocument, variables: { clusterId: cluster.id, ...period } });
  const over = t('members.over', { from: format.date(period.from), to: format.date(lastDayOf(period)) });
  const rows = useMemo(() => sorted((result.data?.clusterMembers ?? []).filter((m) => matches(m, filter)), sort), [result.data, filter, sort]);
  const set = <K extends keyof MemberFilter>(key: K) => (value: MemberFilter[K]) => setFilter((f) => ({ ...f, [key]: value }));
  const option = (value: string, label: string) => ({ value, label });

  return (
    <ClusterSection
      title={t('members.title')}
      over={over}
      actions={<ExportButton path="/exports/cluster-members.xlsx" params={{ clusterId: cluster.id, ...period }} fileName={t('members.fileName', { cluster: cluster.name, from: period.from })} label={t('members.export')} />}
    >
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.clusterMembers.length === 0}
        empty={<PageEmpty title={t('members.empty')} hint={t('members.emptyHint')} />}
        rows={6}
      >
        {(data) => (
          <>
            <div className="cluster-controls">
              <Input.Search aria-label={t('members.search')} placeholder={t('members.search')} allowClear onChange={(e) => set('search')(e.target.value)} className="cluster-search" />
              <Select
                aria-label={t('members.size')}
                value={filter.size}
                onChange={set('size')}
                options={[option('all', t('members.anySize')), ...SIZE_CLASSES.map((s) => option(s, t(`qualification:size.${s}`))), option('none', t('members.sizeUnknown'))]}
                className="cluster-filter"
              />
              <Select
                aria-label={t('members.certified')}
                value={filter.certified}
                onChange={set('certified')}
                options={[option('all', t('members.anyCertified')), option('yes', t('members.certifiedYes')), option('no', t('members.certifiedNo'))]}
                className="cluster-filter"
              />
              <Select
                aria-label={t('members.level')}
                value={filter.level}
                onChange={set('level')}
                options={[option('all', t('members.anyLevel')), ...LEVELS.map((l) => option(l, t(`qualification:level.${l}`))), option('none', t('members.notAssessed'))]}
                className="cluster-filter"
              />
            </div>
            <p className="cluster-over" role="status">
              {t('members.shown', { shown: rows.length, total: data.clusterMembers.length })}
            </p>
            <MemberList rows={rows} sort={sort} onSort={setSort} caption={t('members.tableCaption', { over })} />
          </>
        )}
      </QueryState>
    </ClusterSection>
  );
}
