import { Card, List, Select, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import { ToneTag } from '../../../ui/tone-tag';
import type { Member, MemberSort, SortKey } from './member-filters';
import { useScreens } from '../../../ui/use-screens';

/** The sorts a phone offers in one list (a table header does it on a desk). */
const PHONE_SORTS: MemberSort[] = [
  { key: 'lotPassRate', order: 'ascend' },
  { key: 'lotPassRate', order: 'descend' },
  { key: 'openIssues', order: 'descend' },
  { key: 'name', order: 'ascend' },
];
const sortValue = (s: MemberSort) => `${s.key}:${s.order}`;

/** The members as a sortable table on a desk, as cards on a phone; the caller filters and sorts the rows. */
export function MemberList({ rows, sort, onSort, caption }: { rows: Member[]; sort: MemberSort; onSort: (sort: MemberSort) => void; caption: string }) {
  const { t } = useTranslation(['coordinator-cluster', 'qualification']);
  const format = useFormat();
  const phone = !useScreens().md;
  const size = (m: Member) => (m.sizeClass ? t(`qualification:size.${m.sizeClass}`) : t('members.sizeUnknown'));
  const level = (m: Member) => (m.maturityLevel ? t(`qualification:level.${m.maturityLevel}`) : t('members.notAssessed'));
  const certificates = (m: Member) =>
    m.certified ? <ToneTag tone="green">{m.certificationSchemes.map((s) => t(`qualification:scheme.${s}`)).join(t('listSeparator'))}</ToneTag> : <span className="cluster-muted">{t('members.noCertificate')}</span>;
  const passRate = (m: Member) => (
    <>
      <div>{format.percent(m.lotPassRate)}</div>
      <div className="cluster-muted">{m.lotsInspected ? t('members.lots', { lots: format.count(m.lotsInspected) }) : t('members.noLots')}</div>
    </>
  );
  const issues = (m: Member) => <span className={m.openIssues ? 'due-soon' : undefined}>{format.count(m.openIssues)}</span>;

  if (phone) {
    return (
      <>
        <Select
          aria-label={t('members.sortBy')}
          value={sortValue(sort)}
          onChange={(v: string) => onSort(PHONE_SORTS.find((s) => sortValue(s) === v)!)}
          options={PHONE_SORTS.map((s) => ({ value: sortValue(s), label: t(`members.sorts.${s.key}_${s.order}`) }))}
          className="cluster-phone-sort"
        />
        <List
          aria-label={caption}
          dataSource={rows}
          renderItem={(m) => (
            <List.Item key={m.enterpriseId}>
              <Card size="small" className="cluster-card" title={m.name}>
                <dl className="cluster-card-facts">
                  <dt>{t('members.county')}</dt>
                  <dd>{m.regionName}</dd>
                  <dt>{t('members.size')}</dt>
                  <dd>{size(m)}</dd>
                  <dt>{t('members.certified')}</dt>
                  <dd>{certificates(m)}</dd>
                  <dt>{t('members.level')}</dt>
                  <dd>{level(m)}</dd>
                  <dt>{t('members.lotPassRate')}</dt>
                  <dd>{passRate(m)}</dd>
                  <dt>{t('members.openIssues')}</dt>
                  <dd>{issues(m)}</dd>
                </dl>
              </Card>
            </List.Item>
          )}
        />
      </>
    );
  }

  const sortable = (key: SortKey) => ({ sorter: true, sortOrder: sort.key === key ? sort.order : null, sortDirections: ['ascend', 'descend', 'ascend'] as ('ascend' | 'descend')[] });
  const columns: TableColumnsType<Member> = [
    {
      key: 'name',
      title: t('members.name'),
      render: (_, m) => (
        <>
          <div>{m.name}</div>
          <div className="cluster-muted">{m.uscc}</div>
        </>
      ),
      ...sortable('name'),
    },
    { key: 'county', title: t('members.county'), render: (_, m) => m.regionName, ...sortable('county') },
    { key: 'size', title: t('members.size'), render: (_, m) => size(m), ...sortable('size') },
    { key: 'certified', title: t('members.certified'), render: (_, m) => certificates(m) },
    { key: 'level', title: t('members.level'), render: (_, m) => level(m), ...sortable('level') },
    { key: 'lotPassRate', title: t('members.lotPassRate'), align: 'right', render: (_, m) => passRate(m), ...sortable('lotPassRate') },
    { key: 'openIssues', title: t('members.openIssues'), align: 'right', render: (_, m) => issues(m), ...sortable('openIssues') },
  ];
  return (
    // The wrapper scrolls sideways when the window is narrow; as a labelled region with a tab stop, a keyboard can scroll it too.
    <div className="cluster-scroll" role="region" aria-label={caption} tabIndex={0}>
      <Table<Member>
        rowKey="enterpriseId"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        onChange={(_, __, sorter) => {
          const chosen = Array.isArray(sorter) ? sorter[0] : sorter;
          if (chosen?.columnKey && chosen.order) onSort({ key: chosen.columnKey as SortKey, order: chosen.order });
        }}
      />
    </div>
  );
}
