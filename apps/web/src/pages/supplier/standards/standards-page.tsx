import { Card, Drawer, List, Select, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { SupplierStandardFieldsFragment } from '../../../gql/graphql';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { DueDate } from './due-date';
import { StandardDetail } from './standard-detail';
import { ALL_STATUSES, OPEN_STATUSES, STATUS_COLOUR } from './standard-status';
import { ToneTag } from '../../../ui/tone-tag';
import './standards.css';
import { useScreens } from '../../../ui/use-screens';

export const SupplierStandardFields = graphql(`
  fragment SupplierStandardFields on StandardAcknowledgement {
    id
    status
    dueOn
    overdue
    deviationReason
    decisionComment
    updatedAt
    standard {
      id
      number
      title
      kind
      owner {
        id
        name
      }
    }
    revision {
      id
      version
      effectiveOn
      changeSummary
      document {
        id
        fileName
        contentType
        sizeBytes
        downloadPath
      }
    }
    history {
      at
      fromStatus
      toStatus
      note
      actorName
    }
  }
`);

const SupplierStandardsDocument = graphql(`
  query SupplierStandards {
    myStandardAcknowledgements {
      ...SupplierStandardFields
    }
  }
`);

type Row = SupplierStandardFieldsFragment;
/** `open` (still waiting for an answer), `all`, or one status. */
type Filter = 'open' | 'all' | Row['status'];

/** The standard revisions sent to our enterprise: what to acknowledge, adopt or ask to deviate from, and by when. */
export function StandardsPage() {
  const { t } = useTranslation('standards');
  const [params, setParams] = useSearchParams();
  const screens = useScreens();
  const desktop = screens.lg;
  const [result, reexecute] = useQuery({ query: SupplierStandardsDocument });
  const filter = (params.get('status') ?? 'open') as Filter;
  const openId = params.get('open');
  const rows = useMemo(() => result.data?.myStandardAcknowledgements ?? [], [result.data]);
  const shown = rows.filter((r) => (filter === 'all' ? true : filter === 'open' ? OPEN_STATUSES.includes(r.status) : r.status === filter));
  const selected = rows.find((r) => r.id === openId);

  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value === null) next.delete(key);
      else next.set(key, value);
      return next;
    });
  const count = (f: Filter) => rows.filter((r) => (f === 'all' ? true : f === 'open' ? OPEN_STATUSES.includes(r.status) : r.status === f)).length;
  const options = (['open', 'all', ...ALL_STATUSES] as Filter[]).map((f) => ({ value: f, label: t('filter.option', { label: t(f === 'open' || f === 'all' ? `filter.${f}` : `status.${f}`), count: count(f) }) }));

  return (
    <>
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('title')}
        </Typography.Title>
        <label className="standards-filter">
          <span>{t('filter.label')}</span>
          <Select aria-label={t('filter.label')} value={filter} options={options} onChange={(v) => setParam('status', v)} popupMatchSelectWidth={false} />
        </label>
      </div>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.myStandardAcknowledgements.length === 0}
        empty={<PageEmpty title={t('empty.title')} hint={t('empty.hint')} />}
      >
        {() =>
          shown.length === 0 ? (
            <PageEmpty title={t('empty.filtered')} />
          ) : desktop ? (
            <StandardsTable rows={shown} onOpen={(id) => setParam('open', id)} />
          ) : (
            <StandardsCards rows={shown} onOpen={(id) => setParam('open', id)} />
          )
        }
      </QueryState>
      <Drawer
        open={!!selected}
        onClose={() => setParam('open', null)}
        size={desktop ? 560 : '100%'}
        title={selected ? `${selected.standard.number} ${selected.standard.title}` : ''}
        destroyOnHidden
      >
        {selected && <StandardDetail ack={selected} />}
      </Drawer>
    </>
  );
}

function StatusTag({ status }: { status: Row['status'] }) {
  const { t } = useTranslation('standards');
  return <ToneTag tone={STATUS_COLOUR[status]}>{t(`status.${status}`)}</ToneTag>;
}

function StandardsTable({ rows, onOpen }: { rows: Row[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation('standards');
  return (
    <Table<Row>
      rowKey="id"
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20 } : false}
      onRow={(r) => ({ onClick: () => onOpen(r.id), className: 'standards-row' })}
      columns={[
        { title: t('columns.number'), key: 'number', render: (_, r) => <Typography.Text strong>{r.standard.number}</Typography.Text> },
        { title: t('columns.title'), key: 'title', render: (_, r) => r.standard.title },
        { title: t('columns.revision'), key: 'revision', render: (_, r) => r.revision.version },
        { title: t('columns.owner'), key: 'owner', render: (_, r) => r.standard.owner.name },
        { title: t('columns.due'), key: 'due', render: (_, r) => <DueDate ack={r} /> },
        { title: t('columns.status'), key: 'status', render: (_, r) => <StatusTag status={r.status} /> },
        {
          title: t('columns.open'),
          key: 'open',
          render: (_, r) => (
            <a
              href={`?open=${r.id}`}
              onClick={(e) => {
                e.preventDefault();
                e.stopPropagation();
                onOpen(r.id);
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
  const { t } = useTranslation('standards');
  return (
    <List
      dataSource={rows}
      className="standards-cards"
      renderItem={(r) => (
        <List.Item key={r.id}>
          <Card
            size="small"
            className="standards-card"
            title={r.standard.number}
            extra={<StatusTag status={r.status} />}
            actions={[
              <button type="button" key="open" className="standards-card-open" onClick={() => onOpen(r.id)}>
                {t('open', { number: r.standard.number })}
              </button>,
            ]}
          >
            <div className="standards-card-title">{r.standard.title}</div>
            <div>{t('revisionOf', { version: r.revision.version, owner: r.standard.owner.name })}</div>
            <DueDate ack={r} />
          </Card>
        </List.Item>
      )}
    />
  );
}
