import { ClockCircleOutlined, ExclamationCircleOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../format/format';
import { distanceOf, type TodoItem } from './todo-items';

/** Kinds whose due date is a calendar day (standards, certificates) rather than an instant (8D clocks, invitations). */
const DAY_DUE = new Set(['standard', 'certificate']);

/** One thing to do: what, for whom, its clock in the status colour (in words too, not colour alone), and where to do it. */
export function TodoCard({ item, now }: { item: TodoItem; now: number }) {
  const { t } = useTranslation('todo');
  const format = useFormat();
  const values = { ...item.values, ...kindWords(item, t) };
  const body = (
    <>
      <div className="todo-card-head">
        <span className="todo-kind">{t(`kind.${item.kind}`)}</span>
        {item.values.rejected === 1 && <span className="todo-flag due-overdue">{t('rejectedFlag')}</span>}
      </div>
      <div className="todo-card-title">{t(`title.${item.kind}`, values)}</div>
      {item.forWhom && <div className="todo-for">{t(`forWhom.${item.kind}`, { name: item.forWhom })}</div>}
      {item.notes.map((note, i) => (
        <div key={i} className="todo-note">
          {t(`note.${item.kind}`, { text: note })}
        </div>
      ))}
      {Number(item.values.overdueOthers) > 0 && <div className="todo-note due-overdue">{t('overdueOthers', { count: Number(item.values.overdueOthers) })}</div>}
      {item.kind === 'invitation' && <div className="todo-note">{t('invitationHint', { email: item.values.email })}</div>}
      {item.dueAt && (
        <div className={`todo-clock due-${item.state}`}>
          {item.state === 'overdue' ? <ExclamationCircleOutlined aria-hidden /> : <ClockCircleOutlined aria-hidden />}{' '}
          {clockText(item, now, t)}
          <span className="todo-due-on">
            {t(item.kind === 'certificate' ? 'expiresOn' : 'dueOn', { when: DAY_DUE.has(item.kind) ? format.date(String(item.values.dueDay)) : format.dateTime(item.dueAt) })}
          </span>
        </div>
      )}
    </>
  );
  return (
    <li className={`todo-card todo-${item.state}`}>
      {item.link ? (
        <Link to={item.link} className="todo-card-link">
          <div className="todo-card-body">{body}</div>
          <RightOutlined className="todo-chevron" aria-hidden />
        </Link>
      ) : (
        <div className="todo-card-body">{body}</div>
      )}
    </li>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

function kindWords(item: TodoItem, t: T): Record<string, string> {
  if (item.kind === 'step') return { stepName: t(`step.${item.values.step}`) };
  if (item.kind === 'certificate') return { schemeLabel: item.values.scheme === 'OTHER' && item.values.schemeName ? String(item.values.schemeName) : t(`scheme.${item.values.scheme}`) };
  return {};
}

function clockText(item: TodoItem, now: number, t: T): string {
  const { unit, count } = distanceOf(item.dueAt!, now);
  const span = t(`unit.${unit}`, { count });
  if (item.state === 'overdue') return t(item.kind === 'certificate' ? 'clock.expired' : 'clock.overdue', { span });
  return t(item.state === 'soon' ? 'clock.soon' : 'clock.left', { span });
}
