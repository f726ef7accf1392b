import dayjs from 'dayjs';
import { chinaToday } from '../../../format/format';

export type Period = 'MONTH' | 'WEEK';

/** The window the trend covers: the last 12 months (whole months) or the last 26 ISO weeks (from a Monday), to tomorrow. */
export function trendWindow(period: Period, today = chinaToday()): { from: string; to: string } {
  const day = dayjs(today);
  const to = day.add(1, 'day').format('YYYY-MM-DD');
  if (period === 'MONTH') return { from: day.startOf('month').subtract(11, 'month').format('YYYY-MM-DD'), to };
  const monday = day.subtract((day.day() + 6) % 7, 'day');
  return { from: monday.subtract(25, 'week').format('YYYY-MM-DD'), to };
}

/** A China calendar day (YYYY-MM-DD) as the instant its midnight starts, for lot filters. */
export const chinaMidnight = (day: string): string => new Date(`${day}T00:00:00+08:00`).toISOString();
