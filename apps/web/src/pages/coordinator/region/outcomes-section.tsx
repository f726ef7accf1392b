import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../format/format';
import type { RegionConsoleQuery } from '../../../gql/graphql';
import { StatCard } from '../../home-figures';
import { RegionSection } from './region-section';

type Outcomes = RegionConsoleQuery['programOutcomes'];
const RATES = [
  { key: 'lotPassRate', change: 'lotPassRateChange' },
  { key: 'firstPassYield', change: 'firstPassYieldChange' },
  { key: 'unitPassRate', change: 'unitPassRateChange' },
] as const;

/**
 * The programme's outcome figures of the region for this China year so far,
 * each beside last year's: the pass rates with their change in percentage
 * points, problems solved, certificates gained and enterprises helped.
 */
export function OutcomesSection({ outcomes }: { outcomes: Outcomes }) {
  const { t } = useTranslation('coordinator-region');
  const format = useFormat();
  const { current, previous } = outcomes;
  const lots = current.lotsInspected ? t('outcomes.lots', { year: current.year, lots: format.count(current.lotsInspected) }) : t('outcomes.noLots', { year: current.year });
  const change = (points: number | null | undefined) =>
    points == null ? t('outcomes.noChange', { year: previous.year }) : t('outcomes.change', { year: previous.year, sign: points >= 0 ? '+' : '−', value: Math.abs(points).toFixed(1) });
  return (
    <RegionSection title={t('outcomes.title', { year: current.year })} intro={t('outcomes.intro', { year: current.year, previous: previous.year })}>
      <Row gutter={[16, 16]}>
        {RATES.map((rate) => (
          <Col key={rate.key} xs={24} sm={12} lg={8}>
            <StatCard
              title={t(`outcomes.${rate.key}`)}
              value={format.percent(current[rate.key])}
              scope={lots}
              extra={
                <>
                  <div>{change(outcomes[rate.change])}</div>
                  <div>{t('outcomes.previous', { year: previous.year, value: format.percent(previous[rate.key]) })}</div>
                </>
              }
            />
          </Col>
        ))}
        <Col xs={24} sm={12} lg={8}>
          <StatCard
            title={t('outcomes.problemsSolved')}
            value={format.count(current.problemsSolved)}
            suffix={t('outcomes.unit.count')}
            scope={t('outcomes.problemsSolvedScope', { year: current.year })}
            extra={t('outcomes.previous', { year: previous.year, value: format.count(previous.problemsSolved) })}
          />
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <StatCard
            title={t('outcomes.certificatesGained')}
            value={format.count(current.certificatesGained)}
            suffix={t('outcomes.unit.certificates')}
            scope={t('outcomes.certificatesScope', { year: current.year })}
            extra={t('outcomes.previous', { year: previous.year, value: format.count(previous.certificatesGained) })}
          />
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <StatCard
            title={t('outcomes.helped')}
            value={format.count(current.enterprisesHelped)}
            suffix={t('outcomes.unit.enterprises')}
            scope={t('outcomes.helpedScope', { covered: format.count(current.enterprisesCovered) })}
            extra={t('outcomes.previous', { year: previous.year, value: format.count(previous.enterprisesHelped) })}
          />
        </Col>
      </Row>
    </RegionSection>
  );
}
