import { ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CorrectiveActionStatus } from '../../../gql/graphql';
import { useFormat } from '../../../format/format';
import { clockOf, distanceOf, isHandedIn, type StepLike } from './action-clock';

/** A step's due time in words and colour: "剩余 5 小时" in amber, "已逾期 3 天" in red. */
export function DueClock({ actionStatus, step }: { actionStatus: CorrectiveActionStatus; step: StepLike | undefined }) {
  const { t } = useTranslation('actions');
  const f = useFormat();
  const clock = clockOf(actionStatus, step);
  if (!step) return <span className="due-closed">{t(`status.${actionStatus}`)}</span>;
  if (clock === 'closed') {
    const text = isHandedIn(step.status) ? t(`stepStatus.${step.status}`) : step.dueAt ? t('clock.dueOn', { date: f.dateTime(step.dueAt) }) : t('clock.noClock');
    return <span className="due-closed">{text}</span>;
  }
  const d = distanceOf(step.dueAt!);
  const Icon = clock === 'overdue' ? ExclamationCircleOutlined : ClockCircleOutlined;
  return (
    <span className={`due-${clock} due-clock`} title={t('clock.dueOn', { date: f.dateTime(step.dueAt) })}>
      <Icon aria-hidden /> {t(`clock.${d.late ? 'late' : 'left'}${d.unit === 'hours' ? 'Hours' : 'Days'}`, { count: d.count })}
    </span>
  );
}
