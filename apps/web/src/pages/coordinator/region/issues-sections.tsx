import { Col, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import type { RegionConsoleQuery } from '../../../gql/graphql';
import { useDefectName } from '../../../ui/defect-name';
import { PageEmpty } from '../../../ui/page-states';
import { ToneTag } from '../../../ui/tone-tag';
import { StatCard } from '../../home-figures';
import { RegionSection } from './region-section';

type Overview = RegionConsoleQuery['regionOverview'];
type Problem = Overview['commonProblems'][number];
/** How many common problems the console lists: the most widespread (as the annual report lists them). */
const TOP_PROBLEMS = 10;

/** Quality issues with 8Ds at the region's enterprises: found and closed over the period, open and overdue now (red when any is). */
export function IssuesSection({ issues }: { issues: Overview['issues'] }) {
  const { t } = useTranslation('coordinator-region');
  const format = useFormat();
  const figures = [
    { key: 'opened', value: issues.opened, scope: t('issues.period') },
    { key: 'closed', value: issues.closed, scope: t('issues.period') },
    { key: 'openNow', value: issues.openNow, scope: t('issues.now') },
    { key: 'overdueNow', value: issues.overdueNow, scope: t('issues.overdueScope') },
  ] as const;
  return (
    <RegionSection title={t('issues.title')} intro={t('issues.over')}>
      <Row gutter={[12, 12]}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} xl={12}>
            <StatCard title={t(`issues.${f.key}`)} value={format.count(f.value)} suffix={t('issues.unit')} scope={f.scope} tone={f.key === 'overdueNow' && f.value > 0 ? 'overdue' : undefined} />
          </Col>
        ))}
      </Row>
    </RegionSection>
  );
}

/** The region's ten most widespread common problems, with whether the solution library holds a shared solution for each. */
export function ProblemsSection({ problems }: { problems: Problem[] }) {
  const { t } = useTranslation('coordinator-region');
  const defectName = useDefectName();
  const top = problems.slice(0, TOP_PROBLEMS);
  return (
    <RegionSection title={t('problems.title')} intro={t('problems.intro')}>
      {top.length === 0 ? (
        <PageEmpty title={t('problems.empty')} hint={t('problems.emptyHint')} />
      ) : (
        <>
          <div className="region-table" role="region" aria-label={t('problems.title')} tabIndex={0}>
            <Table<Problem>
              size="small"
              rowKey="defectCode"
              pagination={false}
              dataSource={top}
              columns={[
                { key: 'defect', title: t('problems.defect'), render: (_, p) => `${p.defectCode} ${defectName(p.defectCode, p.defectName)}` },
                { key: 'suppliers', title: t('problems.suppliers'), align: 'right', render: (_, p) => t('problems.suppliersValue', { count: p.suppliers }) },
                { key: 'issues', title: t('problems.issues'), align: 'right', render: (_, p) => t('problems.issuesValue', { count: p.issues }) },
                {
                  key: 'shared',
                  title: t('problems.shared'),
                  render: (_, p) => <ToneTag tone={p.sharedSolution ? 'green' : 'default'}>{p.sharedSolution ? t('problems.sharedYes') : t('problems.sharedNo')}</ToneTag>,
                },
              ]}
            />
          </div>
          <p className="region-over">{t('problems.sharedHint')}</p>
        </>
      )}
    </RegionSection>
  );
}
