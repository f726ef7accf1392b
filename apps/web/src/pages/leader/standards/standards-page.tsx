import { Alert, Button, Card, Drawer, List, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { graphql } from '../../../gql';
import type { LeaderStandardsQuery } from '../../../gql/graphql';
import { useViewer } from '../../../session/viewer';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { RequireWorkspace } from '../../workspace-guard';
import { figuresOf, type Figures } from './adoption';
import { AdoptionBar } from './adoption-bar';
import { CreateStandardDialog } from './create-standard-dialog';
import { StandardDetail } from './standard-detail';
import './leader-standards.css';
import { useScreens } from '../../../ui/use-screens';

const LeaderStandardsDocument = graphql(`
  query LeaderStandards($after: String) {
    standards(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          title
          kind
          ownerOrganisationId
          revisions {
            ...LeaderRevisionFields
          }
        }
      }
    }
    standardDistributions {
      ...LeaderDistributionFields
    }
  }
`);

type StandardNode = LeaderStandardsQuery['standards']['edges'][number]['node'];
interface Row {
  standard: StandardNode;
  latest: StandardNode['revisions'][number] | undefined;
  figures: Figures;
}

/** Standards transmission: the chain leader's standards, their revisions, where each went and how the suppliers answered. */
export function LeaderStandardsPage() {
  return (
    <RequireWorkspace workspace="leader">
      <Standards />
    </RequireWorkspace>
  );
}

function Standards() {
  // Both namespaces at once: the due dates speak the supplier page's words.
  const { t } = useTranslation(['leader-standards', 'standards']);
  const viewer = useViewer();
  const screens = useScreens();
  const desktop = screens.md;
  const [params, setParams] = useSearchParams();
  const [after, setAfter] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const mayAct = viewer.can('ENTERPRISE_ADMIN') || viewer.can('QUALITY_ENGINEER');
  const [result, reexecute] = useQuery({ query: LeaderStandardsDocument, variables: { after } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const openId = params.get('open');
  const open = (id: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (id) next.set('open', id);
      else next.delete('open');
      return next;
    });

  // `standards` also lists those sent to us as a supplier: this page is about our own.
  const rows: Row[] = (result.data?.standards.edges ?? [])
    .map((e) => e.node)
    .filter((s) => s.ownerOrganisationId === viewer.me.organisation.id)
    .map((standard) => {
      const latest = standard.revisions.at(-1);
      const figures = figuresOf((result.data?.standardDistributions ?? []).filter((d) => latest && d.revisionId === latest.id));
      return { standard, latest, figures };
    });
  const selected = rows.find((r) => r.standard.id === openId)?.standard;

  return (
    <div className="leader-standards">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('title')}
        </Typography.Title>
        {mayAct && (
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('create.open')}
          </Button>
        )}
      </div>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      {!mayAct && <Alert type="info" showIcon title={t('readOnly')} className="form-alert" />}
      <QueryState
        result={result}
        onRetry={refresh}
        isEmpty={() => rows.length === 0 && !result.data?.standards.pageInfo.hasNextPage}
        empty={<PageEmpty title={t('empty.title')} hint={mayAct ? t('empty.hint') : t('empty.readOnlyHint')} />}
      >
        {(data) => (
          <>
            {desktop ? <StandardsTable rows={rows} onOpen={open} /> : <StandardsCards rows={rows} onOpen={open} />}
            {data.standards.pageInfo.hasNextPage && (
              <Button className="leader-standards-more" onClick={() => setAfter(data.standards.pageInfo.endCursor ?? undefined)}>
                {t('more')}
              </Button>
            )}
          </>
        )}
      </QueryState>
      <Drawer
        open={!!openId}
        onClose={() => open(null)}
        size={desktop ? 880 : '100%'}
        title={selected ? `${selected.number} ${selected.title}` : t('detail.title')}
        destroyOnHidden
      >
        {openId && <StandardDetail standardId={openId} mayAct={mayAct} onChanged={refresh} />}
      </Drawer>
      {mayAct && (
        <CreateStandardDialog
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            refresh();
            open(id);
          }}
        />
      )}
    </div>
  );
}

function Latest({ row }: { row: Row }) {
  const { t } = useTranslation('leader-standards');
  const format = useFormat();
  if (!row.latest) return <span className="leader-standards-sub">{t('list.noRevision')}</span>;
  return (
    <div>
      <div>{t('list.version', { version: row.latest.version })}</div>
      <div className="leader-standards-sub">{t('list.effectiveOn', { date: format.date(row.latest.effectiveOn) })}</div>
    </div>
  );
}

function Progress({ row }: { row: Row }) {
  const { t } = useTranslation('leader-standards');
  if (!row.latest) return <span className="leader-standards-sub">—</span>;
  return <AdoptionBar figures={row.figures} over={t('list.over', { version: row.latest.version, recipients: row.figures.recipients })} compact />;
}

function StandardsTable({ rows, onOpen }: { rows: Row[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation('leader-standards');
  return (
    <Table<Row>
      rowKey={(r) => r.standard.id}
      dataSource={rows}
      pagination={false}
      className="leader-standards-table"
      onRow={(r) => ({ onClick: () => onOpen(r.standard.id), className: 'leader-standards-row' })}
      columns={[
        { key: 'number', title: t('columns.number'), className: 'leader-standards-nowrap', render: (_, r) => <Typography.Text strong>{r.standard.number}</Typography.Text> },
        { key: 'title', title: t('columns.title'), render: (_, r) => r.standard.title },
        { key: 'kind', title: t('columns.kind'), className: 'leader-standards-nowrap', render: (_, r) => t(`kind.${r.standard.kind}`, { ns: 'standards', defaultValue: t('kind.OTHER', { ns: 'standards' }) }) },
        { key: 'latest', title: t('columns.latest'), render: (_, r) => <Latest row={r} /> },
        { key: 'progress', title: t('columns.progress'), width: 320, render: (_, r) => <Progress row={r} /> },
        {
          key: 'open',
          title: t('columns.open'),
          render: (_, r) => (
            <a
              href={`?open=${r.standard.id}`}
              onClick={(e) => {
                e.preventDefault();
                e.stopPropagation();
                onOpen(r.standard.id);
              }}
            >
              {t('open', { number: r.standard.number })}
            </a>
          ),
        },
      ]}
    />
  );
}

function StandardsCards({ rows, onOpen }: { rows: Row[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation('leader-standards');
  return (
    <List
      dataSource={rows}
      className="leader-standards-cards"
      renderItem={(r) => (
        <List.Item key={r.standard.id}>
          <Card
            size="small"
            className="leader-standards-card"
            title={r.standard.number}
            actions={[
              <button type="button" key="open" className="leader-standards-card-open" onClick={() => onOpen(r.standard.id)}>
                {t('open', { number: r.standard.number })}
              </button>,
            ]}
          >
            <div className="leader-standards-card-title">{r.standard.title}</div>
            <Latest row={r} />
            <Progress row={r} />
          </Card>
        </List.Item>
      )}
    />
  );
}
