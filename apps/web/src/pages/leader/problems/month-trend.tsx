import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';

/** Every month (`YYYY-MM`) from the month of `from` to the month of `to`, both China days (`YYYY-MM-DD`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = dayjs(`${from.slice(0, 7)}-01`); m.format('YYYY-MM') <= to.slice(0, 7); m = m.add(1, 'month')) months.push(m.format('YYYY-MM'));
  return months;
}

/**
 * Issues per month as a row of small bars, oldest on the left: months with
 * none show as a stub, so a gap reads as a quiet month, not a missing one.
 * Screen readers get every month's count as the picture's label.
 */
export function MonthTrend({ months, trend, most }: { months: string[]; trend: { month: string; issues: number }[]; most: number }) {
  const { t } = useTranslation('leader-problems');
  const format = useFormat();
  const counts = new Map(trend.map((m) => [m.month, m.issues]));
  // The API names months as its database counts them; keep any it names beyond the window's edge.
  const all = [...new Set([...months, ...counts.keys()])].sort();
  const text = (month: string) => t('common.trendMonth', { month: format.month(`${month}-01`), count: counts.get(month) ?? 0 });
  return (
    <span className="month-trend" role="img" aria-label={t('common.trendLabel', { months: all.map(text).join(t('common.trendJoin')) })}>
      {all.map((month) => {
        const n = counts.get(month) ?? 0;
        return <span key={month} className={n ? 'month-bar' : 'month-bar month-none'} style={{ height: n ? `${Math.max(20, (n / most) * 100)}%` : undefined }} title={text(month)} />;
      })}
    </span>
  );
}
