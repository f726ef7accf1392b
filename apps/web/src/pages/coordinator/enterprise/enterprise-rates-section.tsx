import { Button } from 'antd';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useFormat } from '../../../format/format';
import { PageEmpty, QueryState } from '../../../ui/page-states';
import { passRateOf } from '../../home-figures';
import { PassRateChart } from '../../supplier/quality/pass-rate-chart';
import { TrendTable } from '../../supplier/quality/pass-rate-section';
import { trendWindow } from '../../supplier/quality/quality-dates';
import { RegionSection } from '../region/region-section';
import { RegionEnterprisePassRatesDocument } from './enterprise-documents';
import '../../supplier/quality/pass-rate.css';

/**
 * The enterprise's pass rates month by month over the last twelve months,
 * every chain it supplies and every stage together: the chart (no target: a
 * chain's own limits do not apply to the sum) and the table behind it.
 */
export function EnterpriseRatesSection({ enterpriseId, name }: { enterpriseId: string; name: string }) {
  const { t } = useTranslation(['coordinator-region', 'quality']);
  const format = useFormat();
  const span = useMemo(() => trendWindow('MONTH'), []);
  const [result, reexecute] = useQuery({ query: RegionEnterprisePassRatesDocument, variables: { id: enterpriseId, ...span } });
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const over = t('enterprise.ratesOver', { name });
  return (
    <RegionSection title={t('enterprise.rates')} intro={over}>
      <QueryState
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        isEmpty={(d) => d.enterprisePassRates.length === 0}
        empty={<PageEmpty title={t('enterprise.ratesEmpty')} hint={t('enterprise.ratesEmptyHint')} />}
        rows={6}
      >
        {(data) => {
          const points = data.enterprisePassRates;
          const all = passRateOf(points);
          const first = points.reduce((s, p) => ({ lots: s.lots + p.firstLots, accepted: s.accepted + p.firstAccepted }), { lots: 0, accepted: 0 });
          const labelOf = (p: (typeof points)[number]) => format.month(p.periodStart);
          return (
            <>
              <p className="region-note" data-figure="enterprise-rates-total">
                {t('enterprise.ratesTotal', { lots: format.count(all.lots), lot: format.percent(all.rate), fpy: format.percent(first.lots ? first.accepted / first.lots : null) })}
              </p>
              <PassRateChart
                points={points.map((p) => ({ label: labelOf(p), lotPassRate: p.lotPassRate ?? null, firstPassYield: p.firstPassYield ?? null, ppm: p.ppm ?? null }))}
                target={null}
                label={t('trend.chartLabel', { ns: 'quality', over })}
              />
              <Button className="region-table-toggle" onClick={() => setShowTable((s) => !s)} aria-expanded={showTable} aria-controls={tableId}>
                {showTable ? t('trend.hideTable', { ns: 'quality' }) : t('trend.showTable', { ns: 'quality' })}
              </Button>
              {showTable && <TrendTable id={tableId} points={points} labelOf={labelOf} caption={t('trend.tableCaption', { ns: 'quality', over })} />}
            </>
          );
        }}
      </QueryState>
    </RegionSection>
  );
}
