import { Card, Col, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import type { RegionConsoleQuery } from '../../../gql/graphql';
import { PageEmpty } from '../../../ui/page-states';
import { RegionSection } from './region-section';

type Overview = RegionConsoleQuery['regionOverview'];
type Outcomes = RegionConsoleQuery['programOutcomes'];
interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** The region's enterprises by size class, their certificates and their maturity levels: three sections side by side on a desktop. */
export function ProfileSections({ overview, outcomes }: { overview: Overview; outcomes: Outcomes }) {
  const { t } = useTranslation(['coordinator-region', 'qualification', 'certificates']);
  const format = useFormat();
  const total = overview.enterprises;
  if (!total)
    return (
      <RegionSection title={t('size.title')}>
        <PageEmpty title={t('size.empty', { name: overview.name })} hint={t('size.emptyHint')} />
      </RegionSection>
    );
  const sizes: CountRow[] = [
    ...overview.sizeClasses.map((s) => ({ key: s.sizeClass, label: t(`size.${s.sizeClass}`, { ns: 'qualification' }), count: s.enterprises })),
    { key: 'unknown', label: t('size.unknown'), count: overview.sizeUnknown },
  ];
  const schemes: CountRow[] = overview.certificationSchemes.map((s) => ({ key: s.scheme, label: t(`scheme.${s.scheme}`, { ns: 'certificates' }), count: s.enterprises }));
  const levels: CountRow[] = [
    ...overview.maturityLevels.map((l) => ({ key: l.level, label: t(`level.${l.level}`, { ns: 'certificates' }), count: l.enterprises })),
    { key: 'none', label: t('maturity.notAssessed'), count: overview.notAssessed },
  ];
  const { current, previous } = outcomes;
  return (
    <Row gutter={[16, 0]}>
      <Col xs={24} lg={8}>
        <RegionSection title={t('size.title')} intro={t('size.intro', { name: overview.name })}>
          <Counts rows={sizes} total={total} caption={t('size.title')} label={t('size.class')} />
        </RegionSection>
      </Col>
      <Col xs={24} lg={8}>
        <RegionSection title={t('certified.title')} intro={t('certified.scope')}>
          <Card size="small" className="region-card">
            <div>{t('certified.figure')}</div>
            <div className="region-figure">{t('certified.value', { count: overview.certifiedEnterprises })}</div>
            <div className="region-note">{t('certified.share', { total: overview.enterprises, share: format.percent(overview.certifiedShare) })}</div>
          </Card>
          {schemes.length ? <Counts rows={schemes} total={total} caption={t('certified.byScheme')} label={t('certified.scheme')} /> : <p className="region-note">{t('certified.none')}</p>}
        </RegionSection>
      </Col>
      <Col xs={24} lg={8}>
        <RegionSection title={t('maturity.title')} intro={t('maturity.intro')}>
          <Counts rows={levels} total={total} caption={t('maturity.title')} label={t('maturity.level')} />
          <p className="region-note" data-figure="maturity-rose">
            {current.maturityRose ? t('maturity.rose', { year: current.year, count: current.maturityRose }) : t('maturity.roseNone', { year: current.year })}
          </p>
          <p className="region-over">{t('maturity.roseScope', { previous: previous.year, before: previous.maturityRose })}</p>
        </RegionSection>
      </Col>
    </Row>
  );
}

/** Counts with their share of the region's enterprises, each with a bar to compare at a glance. */
function Counts({ rows, total, caption, label }: { rows: CountRow[]; total: number; caption: string; label: string }) {
  const { t } = useTranslation('coordinator-region');
  const format = useFormat();
  return (
    <Table<CountRow>
      className="region-table"
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      aria-label={caption}
      columns={[
        { key: 'label', title: label, dataIndex: 'label' },
        { key: 'count', title: t('size.enterprises'), align: 'right', render: (_, r) => t('size.value', { count: r.count }) },
        {
          key: 'share',
          title: t('size.share'),
          align: 'right',
          render: (_, r) => (
            <span className="share-cell">
              <span className="share-bar" aria-hidden style={{ width: `${Math.round((r.count / total) * 60)}px` }} />
              {format.percent(r.count / total)}
            </span>
          ),
        },
      ]}
    />
  );
}
