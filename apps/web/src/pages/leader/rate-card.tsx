import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/format';
import { StatCard } from '../home-figures';

export const RATES = ['lotPassRate', 'firstPassYield', 'ppm'] as const;
type Rate = (typeof RATES)[number];

interface Point {
  periodStart: string;
  lotsInspected: number;
  lotPassRate?: number | null;
  firstPassYield?: number | null;
  ppm?: number | null;
}

interface Policy {
  stage: string;
  minLotPassRate?: number | null;
  maxPpm?: number | null;
}

/**
 * One of the chain's figures for its latest month with lots: the change from
 * the month before (percentage points for rates) and the chain's own limit
 * where its pass-rate policy sets one, red when the month breaks it.
 */
export function RateCard({ rate, latest, before, policy, month }: { rate: Rate; latest?: Point; before?: Point; policy?: Policy | null; month: (periodStart: string) => string }) {
  const { t } = useTranslation(['leader', 'quality']);
  const format = useFormat();
  const value = latest?.[rate] ?? null;
  const previous = before?.[rate] ?? null;
  const shown = (v: number | null) => (rate === 'ppm' ? format.ppm(v) : format.percent(v));
  const limit = rate === 'lotPassRate' ? policy?.minLotPassRate : rate === 'ppm' ? policy?.maxPpm : null;
  // The figures are over all stages: a limit set for one stage is shown beside them, not judged against them.
  const broken = value !== null && limit != null && policy?.stage === 'ALL' && (rate === 'ppm' ? value > limit : value < limit);
  const change =
    value === null || previous === null || !before
      ? null
      : rate === 'ppm'
        ? t('passRate.changePpm', { sign: value >= previous ? '+' : '−', value: format.ppm(Math.abs(value - previous)), month: month(before.periodStart) })
        : t('passRate.changePoints', { sign: value >= previous ? '+' : '−', value: (Math.abs(value - previous) * 100).toFixed(1), month: month(before.periodStart) });
  return (
    <StatCard
      title={t(`passRate.titles.${rate}`)}
      value={latest ? shown(value) : '—'}
      tone={broken ? 'overdue' : undefined}
      scope={latest ? t('passRate.scope', { month: month(latest.periodStart), lots: format.count(latest.lotsInspected) }) : t('passRate.noneScope')}
      extra={
        latest ? (
          <>
            {change && <div>{change}</div>}
            {limit != null && (
              <div className={broken ? 'due-overdue' : undefined}>
                {t(rate === 'ppm' ? 'passRate.limitPpm' : 'passRate.limitRate', { value: shown(limit), stage: t(`stage.${policy!.stage}`, { ns: 'quality', defaultValue: policy!.stage }) })}
              </div>
            )}
          </>
        ) : (
          t('passRate.none')
        )
      }
    />
  );
}
