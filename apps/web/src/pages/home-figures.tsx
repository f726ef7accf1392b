import { Card, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { CHINA_TZ } from '../format/format';
import './home-figures.css';

/** One headline figure: what it counts, the number, and the scope and period it is over. */
export function StatCard({ title, value, suffix, scope, extra, tone }: { title: string; value: ReactNode; suffix?: string; scope: string; extra?: ReactNode; tone?: 'ok' | 'soon' | 'overdue' }) {
  return (
    <Card className="stat-card" data-figure={title}>
      <Statistic title={<span className="stat-title">{title}</span>} value={value as string} suffix={suffix} className={tone ? `stat-${tone}` : undefined} />
      {extra && <div className="stat-extra">{extra}</div>}
      <div className="stat-scope">{scope}</div>
    </Card>
  );
}

/** `YYYY-MM-DD` of a China calendar day. */
function chinaDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: CHINA_TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The last twelve whole months including this one: [first day 11 months ago, first day of next month). */
export function lastTwelveMonths(now = new Date()): { from: string; to: string } {
  const [y, m] = chinaDay(now).split('-').map(Number);
  const first = (year: number, month: number) => {
    const d = new Date(Date.UTC(year, month - 1, 1));
    return d.toISOString().slice(0, 10);
  };
  return { from: first(y, m - 11), to: first(y, m + 1) };
}


/** The last `days` days up to now, as instants. */
export function lastDays(days: number, now = new Date()): { from: string; to: string } {
  return { from: new Date(now.getTime() - days * 86_400_000).toISOString(), to: now.toISOString() };
}

/** Lots accepted / inspected over the points given (null when none were inspected). */
export function passRateOf(points: { lotsAccepted: number; lotsInspected: number }[]): { rate: number | null; lots: number } {
  const lots = points.reduce((s, p) => s + p.lotsInspected, 0);
  const accepted = points.reduce((s, p) => s + p.lotsAccepted, 0);
  return { rate: lots ? accepted / lots : null, lots };
}
