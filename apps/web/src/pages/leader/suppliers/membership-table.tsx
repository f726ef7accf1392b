import { Button, Card, List, Table, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../format/format';
import type { LeaderMembershipsQuery, MembershipStatus } from '../../../gql/graphql';
import { noteText } from '../../membership-notes';
import { ToneTag } from '../../../ui/tone-tag';
import { MembershipDialog, type MembershipMove } from './membership-dialog';
import { STATUS_TONE } from './membership-tone';
import { QualificationReview } from './qualification-review';
import { useScreens } from '../../../ui/use-screens';

export type MembershipRow = LeaderMembershipsQuery['industryChain']['memberships']['edges'][number]['node'];

/** What the leader may do at each status (the API's membership life cycle). */
const MOVES: Record<MembershipStatus, MembershipMove[]> = {
  INVITED: ['resend', 'cancel'],
  ONBOARDING: ['exit'],
  ACTIVE: ['suspend', 'exit'],
  SUSPENDED: ['reinstate', 'exit'],
  EXITED: [],
};

/** The chain's suppliers at one status: who, what they supply, where they stand, and what to do next. */
export function MembershipTable({ rows, mayAct, onChanged }: { rows: MembershipRow[]; mayAct: boolean; onChanged: () => void }) {
  const { t } = useTranslation('onboarding');
  const screens = useScreens();
  const [dialog, setDialog] = useState<{ move: MembershipMove; row: MembershipRow } | null>(null);
  const [reviewing, setReviewing] = useState<MembershipRow | null>(null);
  const actions = (row: MembershipRow) => (mayAct ? <RowActions row={row} onMove={(move) => setDialog({ move, row })} onReview={() => setReviewing(row)} /> : null);
  const columns = [
    { key: 'supplier', title: t('columns.supplier'), render: (_: unknown, r: MembershipRow) => <SupplierCell row={r} /> },
    { key: 'tier', title: t('columns.tier'), render: (_: unknown, r: MembershipRow) => t('invite.tierValue', { tier: r.tier }) },
    { key: 'categories', title: t('columns.categories'), render: (_: unknown, r: MembershipRow) => r.categories.join('、') || '—' },
    { key: 'status', title: t('columns.status'), render: (_: unknown, r: MembershipRow) => <ToneTag tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</ToneTag> },
    { key: 'detail', title: t('columns.detail'), render: (_: unknown, r: MembershipRow) => <Detail row={r} /> },
    ...(mayAct ? [{ key: 'actions', title: t('columns.actions'), render: (_: unknown, r: MembershipRow) => actions(r) }] : []),
  ];

  return (
    <>
      {screens.md ? (
        <Table<MembershipRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          pagination={false}
          className="suppliers-table"
          expandable={{ expandedRowRender: (r) => <History row={r} />, expandRowByClick: false }}
        />
      ) : (
        <List
          dataSource={rows}
          renderItem={(r) => (
            <List.Item key={r.id}>
              <Card size="small" className="supplier-card" title={<SupplierCell row={r} />} extra={<ToneTag tone={STATUS_TONE[r.status]}>{t(`status.${r.status}`)}</ToneTag>}>
                <Detail row={r} />
                <div className="supplier-sub">
                  {t('invite.tierValue', { tier: r.tier })}
                  {r.categories.length ? ` · ${r.categories.join('、')}` : ''}
                </div>
                {actions(r)}
              </Card>
            </List.Item>
          )}
        />
      )}
      {dialog && (
        <MembershipDialog
          move={dialog.move}
          row={dialog.row}
          onClose={() => setDialog(null)}
          onDone={() => {
            setDialog(null);
            onChanged();
          }}
        />
      )}
      {reviewing && (
        <QualificationReview
          membershipId={reviewing.id}
          onClose={() => setReviewing(null)}
          onDecided={() => {
            setReviewing(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}

function SupplierCell({ row }: { row: MembershipRow }) {
  const { t } = useTranslation('onboarding');
  return (
    <div>
      {/* The record is shared with the chain from acceptance until exit: only then is there a supplier page to open. */}
      <div className="supplier-name">{row.enterprise ? <Link to={`/leader/suppliers/${row.enterprise.id}`}>{row.enterprise.name}</Link> : t('row.notRegistered')}</div>
      <div className="supplier-sub">{row.supplierUscc}</div>
    </div>
  );
}

function Detail({ row }: { row: MembershipRow }) {
  const { t } = useTranslation('onboarding');
  const format = useFormat();
  if (row.status === 'INVITED' && row.invitation) {
    const expired = new Date(row.invitation.expiresAt).getTime() <= Date.now();
    return (
      <div>
        <div>{t('row.invitedTo', { email: row.invitation.email })}</div>
        <div className={expired ? 'supplier-sub due-overdue' : 'supplier-sub'}>{t(expired ? 'row.expired' : 'row.expires', { date: format.date(row.invitation.expiresAt) })}</div>
      </div>
    );
  }
  if (row.status === 'ONBOARDING') {
    const q = row.latestQualification;
    if (q?.decision === 'PENDING') return <span>{t('row.submitted', { date: format.date(q.submittedAt) })}</span>;
    return <span>{t(q?.decision === 'RETURNED' ? 'row.returned' : 'row.waiting')}</span>;
  }
  return <span>{row.statusReason ? noteText(row.statusReason, t, 'notes') : '—'}</span>;
}

function RowActions({ row, onMove, onReview }: { row: MembershipRow; onMove: (move: MembershipMove) => void; onReview: () => void }) {
  const { t } = useTranslation('onboarding');
  const name = row.enterprise?.name ?? row.supplierUscc;
  return (
    <div className="supplier-actions">
      {row.status === 'ONBOARDING' && row.latestQualification?.decision === 'PENDING' && (
        <Button type="primary" size="small" onClick={onReview} aria-label={`${t('act.review')}：${name}`}>
          {t('act.review')}
        </Button>
      )}
      {MOVES[row.status].map((move) => (
        <Button key={move} size="small" danger={move === 'exit' || move === 'cancel'} onClick={() => onMove(move)} aria-label={`${t(`act.${move}`)}：${name}`}>
          {t(`act.${move}`)}
        </Button>
      ))}
    </div>
  );
}

function History({ row }: { row: MembershipRow }) {
  const { t } = useTranslation('onboarding');
  const format = useFormat();
  return (
    <section className="supplier-history" aria-label={t('row.history')}>
      <Timeline
        items={row.history.map((e, i) => ({
          key: i,
          color: STATUS_TONE[e.toStatus] === 'default' ? 'gray' : STATUS_TONE[e.toStatus],
          content: (
            <div>
              <strong>{t(`status.${e.toStatus}`)}</strong> · {format.dateTime(e.at)}
              {e.reason && <div className="supplier-sub">{noteText(e.reason, t, 'notes')}</div>}
            </div>
          ),
        }))}
      />
    </section>
  );
}
