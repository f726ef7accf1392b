import { Button, Form, Input, Select, Space, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { RegionEnterprisesQuery, SizeClass } from '../../../gql/graphql';
import { ToneTag } from '../../../ui/tone-tag';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { chinaToday } from '../../../format/format';
import { shownStatus } from '../../supplier/certificates/certificate-status';
import { RegionEnterprisesDocument } from './region-documents';
import { RegionSection } from './region-section';
import { useScreens } from '../../../ui/use-screens';

type Enterprise = RegionEnterprisesQuery['enterprises']['edges'][number]['node'];
const PAGE_SIZE = 20;
const SIZES: SizeClass[] = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'];

/** A certificate in force today counts, as on the enterprise's own certificates page (only VALID, not past its date). */
const certifiedToday = (e: Enterprise, today: string) => e.certifications.some((c) => ['VALID', 'EXPIRING'].includes(shownStatus(c.status, c.expiresOn, today)));

/**
 * The enterprises registered in the region and its sub-divisions, a page at
 * a time (cursors: earlier pages are remembered), by name or USCC and size;
 * each opens its read-only page.
 */
export function EnterpriseListSection({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation(['coordinator-region', 'qualification', 'certificates']);
  const screens = useScreens();
  const [text, setText] = useState('');
  const [size, setSize] = useState<SizeClass | undefined>();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const filter = useMemo(() => ({ regionPrefix: code, text: text || undefined, sizeClass: size }), [code, text, size]);
  const [result, reexecute] = useQuery({ query: RegionEnterprisesDocument, variables: { filter, first: PAGE_SIZE, after: cursors[cursors.length - 1] } });
  const today = chinaToday();
  const change = (next: () => void) => {
    next();
    setCursors([null]);
  };
  return (
    <RegionSection title={t('enterprises.title')} intro={t('enterprises.intro', { name })}>
      <Form layout={screens.md ? 'inline' : 'vertical'} className="region-controls" role="search" aria-label={t('enterprises.title')}>
        <Form.Item label={t('enterprises.search')} htmlFor="region-enterprise-text">
          <Input.Search id="region-enterprise-text" allowClear placeholder={t('enterprises.searchPlaceholder')} onSearch={(v) => change(() => setText(v.trim()))} />
        </Form.Item>
        <Form.Item label={t('enterprises.size')} htmlFor="region-enterprise-size">
          <Select<SizeClass>
            id="region-enterprise-size"
            allowClear
            placeholder={t('enterprises.anySize')}
            value={size}
            onChange={(v) => change(() => setSize(v))}
            options={SIZES.map((s) => ({ value: s, label: t(`size.${s}`, { ns: 'qualification' }) }))}
            style={{ minWidth: 140 }}
          />
        </Form.Item>
      </Form>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.enterprises.edges.length === 0}
        empty={<PageEmpty title={t('enterprises.empty')} hint={t('enterprises.emptyHint')} />}
      >
        {(data) => (
          <>
            <div className="region-table" role="region" aria-label={t('enterprises.title')} tabIndex={0}>
              <Table<Enterprise>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={data.enterprises.edges.map((e) => e.node)}
                columns={[
                  { key: 'name', title: t('enterprises.name'), render: (_, e) => <Link to={`/region/enterprises/${e.id}`}>{e.name}</Link> },
                  { key: 'county', title: t('enterprises.county'), render: (_, e) => e.regionName },
                  { key: 'size', title: t('enterprises.size'), render: (_, e) => (e.sizeClass ? t(`size.${e.sizeClass}`, { ns: 'qualification' }) : t('enterprises.notGiven')) },
                  {
                    key: 'certified',
                    title: t('enterprises.certified'),
                    render: (_, e) => (certifiedToday(e, today) ? <ToneTag tone="green">{t('enterprises.certifiedYes')}</ToneTag> : <ToneTag tone="default">{t('enterprises.certifiedNo')}</ToneTag>),
                  },
                  { key: 'maturity', title: t('enterprises.maturity'), render: (_, e) => (e.maturity ? t(`level.${e.maturity.level}`, { ns: 'certificates' }) : t('enterprises.notAssessed')) },
                ]}
              />
            </div>
            <div className="region-pager">
              <span>
                {t('enterprises.total', { count: data.enterprises.totalCount })} · {t('enterprises.pageN', { n: cursors.length })}
              </span>
              <Space>
                <Button disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
                  {t('enterprises.previous')}
                </Button>
                <Button disabled={!data.enterprises.pageInfo.hasNextPage} onClick={() => setCursors((c) => [...c, data.enterprises.pageInfo.endCursor ?? null])}>
                  {t('enterprises.next')}
                </Button>
              </Space>
            </div>
          </>
        )}
      </QueryState>
    </RegionSection>
  );
}
