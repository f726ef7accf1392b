import { Button, Table } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import { SEGMENTS, type Figures, type Segment } from './adoption';

interface Row {
  key: Segment | 'overdue' | 'recipients';
  count: number;
}

/**
 * A revision's answers as one stacked bar, with the words beside it (each
 * group's count and share, so colour is never the only signal) and, unless
 * compact, the table behind it.
 */
export function AdoptionBar({ figures, over, compact = false }: { figures: Figures; over: string; compact?: boolean }) {
  const { t } = useTranslation('leader-standards');
  const format = useFormat();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const share = (count: number) => format.percent(figures.recipients ? count / figures.recipients : 0);
  const shown = compact ? SEGMENTS.filter((s) => figures[s] > 0) : SEGMENTS;
  const words = (s: Segment) => t('adoption.segment', { label: t(`adoption.${s}`), count: figures[s], share: share(figures[s]) });
  if (figures.recipients === 0) return <span className="adoption-none">{t('adoption.none')}</span>;

  return (
    <div className={compact ? 'adoption adoption-compact' : 'adoption'}>
      <div className="adoption-bar" role="img" aria-label={t('adoption.label', { over, summary: SEGMENTS.filter((s) => figures[s] > 0).map(words).join(t('adoption.listSeparator')) })}>
        {SEGMENTS.filter((s) => figures[s] > 0).map((s) => (
          <span key={s} className={`adoption-segment adoption-${s}`} style={{ width: `${(figures[s] / figures.recipients) * 100}%` }} />
        ))}
      </div>
      <ul className="adoption-legend">
        {shown.map((s) => (
          <li key={s}>
            <span className={`adoption-swatch adoption-${s}`} aria-hidden />
            {words(s)}
          </li>
        ))}
        {figures.overdue > 0 && <li className="due-overdue">{t('adoption.overdueOf', { count: figures.overdue })}</li>}
      </ul>
      {!compact && (
        <>
          <div className="adoption-over">{over}</div>
          <Button size="small" onClick={() => setShowTable((v) => !v)} aria-expanded={showTable} aria-controls={tableId}>
            {showTable ? t('adoption.hideTable') : t('adoption.showTable')}
          </Button>
          {showTable && (
            <div id={tableId} role="region" aria-label={t('adoption.tableCaption', { over })} tabIndex={0} className="adoption-table">
              <Table<Row>
                size="small"
                pagination={false}
                title={() => t('adoption.tableCaption', { over })}
                dataSource={[...SEGMENTS.map((s) => ({ key: s, count: figures[s] })), { key: 'overdue', count: figures.overdue }, { key: 'recipients', count: figures.recipients }]}
                columns={[
                  { key: 'group', title: t('adoption.group'), render: (_, r) => t(`adoption.${r.key}`) },
                  { key: 'count', title: t('adoption.count'), align: 'right', render: (_, r) => format.count(r.count) },
                  { key: 'share', title: t('adoption.share'), align: 'right', render: (_, r) => share(r.count) },
                ]}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}
