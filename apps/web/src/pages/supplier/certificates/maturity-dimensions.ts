/**
 * The nine dimensions of T/CCAA 66-2023, in the order of the API's model
 * (libs/registry maturity-model.data.ts), each scored 0 to SCALE_MAX. Their
 * words are in the `certificates` namespace under `dimension.<key>`.
 */
export const MATURITY_DIMENSIONS = [
  'COMPLIANCE_INTEGRITY',
  'STRATEGY_RISK',
  'RESOURCES',
  'PRODUCT_IMPROVEMENT_SERVICE',
  'PURCHASING_SUPPLIERS',
  'PRODUCT_REALISATION',
  'CUSTOMER_SATISFACTION',
  'IMPROVEMENT_INNOVATION',
  'DISTINCTIVE_FEATURES',
] as const;

export const SCALE_MAX = 5;

/** Level bands on the mean score, as the API scores them: below 2, 3, 4; 4 and above is leading. */
export const LEVEL_BANDS = [2, 3, 4];
