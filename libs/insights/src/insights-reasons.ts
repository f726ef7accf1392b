import { defineReasons, ErrorCode } from '@chainq/core';

/** Why an overview, scorecard or pass-rate policy request was refused (`extensions.reason`). */
export enum InsightsReason {
  PolicyValueOutOfRange = 'POLICY_VALUE_OUT_OF_RANGE',
  ScoringConfigInvalid = 'SCORING_CONFIG_INVALID',
  OverviewCoordinatorsOnly = 'OVERVIEW_COORDINATORS_ONLY',
  LotNotOfChain = 'LOT_NOT_OF_CHAIN',
  CountryIdInvalid = 'COUNTRY_ID_INVALID',
}

const { BadUserInput, Forbidden } = ErrorCode;

export const INSIGHTS_REASONS = defineReasons<InsightsReason>('insights', {
  [InsightsReason.PolicyValueOutOfRange]: { code: BadUserInput, meaning: 'A pass-rate policy value is outside its allowed range; `field` names it.' },
  [InsightsReason.ScoringConfigInvalid]: { code: BadUserInput, meaning: 'Scorecard weights must be 0 or more (at least one above 0) and grade bands must be scores from 0 to 100 with A above B above C; `field` names the one at fault.' },
  [InsightsReason.LotNotOfChain]: { code: BadUserInput, meaning: 'A lot linked to a quality issue must be an inspection lot of the issue’s chain that the caller may read; `field` names it (`lotIds[i]`).' },
  [InsightsReason.OverviewCoordinatorsOnly]: { code: Forbidden, meaning: 'This overview is for the coordinators responsible for the cluster or region (the whole country’s is for platform admins).' },
  [InsightsReason.CountryIdInvalid]: { code: BadUserInput, meaning: 'The whole country is the scope `{ kind: COUNTRY, id: "CN" }`; any other id is refused and `field` names it (`scope.id`).' },
});
