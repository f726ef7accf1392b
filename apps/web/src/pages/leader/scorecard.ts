import dayjs from 'dayjs';
import type { Formatters } from '../../format/format';
import type { ScoreComponentName, SupplierGrade } from '../../gql/graphql';
import type { Tone } from '../../ui/tone-tag';
import { chinaToday } from '../../format/format';

/** The periods a scorecard is read over, on the dashboard and on a supplier's page alike, so a figure clicked through reads the same on both. */
export type Span = 'month' | 'lastMonth' | 'days90' | 'months12';
export const SPANS: Span[] = ['month', 'lastMonth', 'days90', 'months12'];
export const isSpan = (value: string | null): value is Span => SPANS.includes(value as Span);

export const GRADES: SupplierGrade[] = ['A', 'B', 'C', 'D'];
export const GRADE_TONE: Record<SupplierGrade, Tone> = { A: 'green', B: 'blue', C: 'gold', D: 'red' };

/** [from, to) China days of a span, `to` exclusive. */
export function spanDays(span: Span, today = chinaToday()): { from: string; to: string } {
  const day = dayjs(today);
  const tomorrow = day.add(1, 'day').format('YYYY-MM-DD');
  if (span === 'month') return { from: day.startOf('month').format('YYYY-MM-DD'), to: tomorrow };
  if (span === 'lastMonth') return { from: day.startOf('month').subtract(1, 'month').format('YYYY-MM-DD'), to: day.startOf('month').format('YYYY-MM-DD') };
  if (span === 'days90') return { from: day.subtract(89, 'day').format('YYYY-MM-DD'), to: tomorrow };
  return { from: day.startOf('month').subtract(11, 'month').format('YYYY-MM-DD'), to: tomorrow };
}


/** A score component's figure as the scorecard shows it: PPM an integer, the rates and the corrective-action index as percentages. */
export function componentFigure(c: { name: ScoreComponentName; value?: number | null }, format: Formatters): string {
  if (c.value === null || c.value === undefined) return '—';
  return c.name === 'PPM' ? format.ppm(c.value) : format.percent(c.value);
}
