import { MaturityLevel } from './maturity-assessment.entity';

export interface MaturityModel {
  version: string;
  /** Each dimension is scored from 0 to `scaleMax`. */
  scaleMax: number;
  dimensions: { key: string; label: string; weight: number }[];
  /** Ascending: the first band whose `below` exceeds the weighted mean wins; the last has none. */
  bands: { level: MaturityLevel; below?: number }[];
}

/**
 * The nine dimensions of T/CCAA 66-2023. The standard's scoring is not
 * verified here: equal weights, a 0-5 scale and the level bands below are
 * configuration, to be replaced by the published method when available.
 */
export const DEFAULT_MATURITY_MODEL: MaturityModel = {
  version: 'T/CCAA 66-2023 dimensions; scoring v1 (unverified)',
  scaleMax: 5,
  dimensions: [
    { key: 'COMPLIANCE_INTEGRITY', label: 'Compliance & integrity', weight: 1 },
    { key: 'STRATEGY_RISK', label: 'Strategy & risk', weight: 1 },
    { key: 'RESOURCES', label: 'Resources', weight: 1 },
    { key: 'PRODUCT_IMPROVEMENT_SERVICE', label: 'Product improvement & service', weight: 1 },
    { key: 'PURCHASING_SUPPLIERS', label: 'Purchasing & supplier management', weight: 1 },
    { key: 'PRODUCT_REALISATION', label: 'Product realisation', weight: 1 },
    { key: 'CUSTOMER_SATISFACTION', label: 'Customer relations & satisfaction', weight: 1 },
    { key: 'IMPROVEMENT_INNOVATION', label: 'Improvement & innovation', weight: 1 },
    { key: 'DISTINCTIVE_FEATURES', label: 'Distinctive features', weight: 1 },
  ],
  bands: [
    { level: MaturityLevel.INITIAL, below: 2 },
    { level: MaturityLevel.EFFECTIVE, below: 3 },
    { level: MaturityLevel.CONTINUAL_IMPROVEMENT, below: 4 },
    { level: MaturityLevel.LEADING },
  ],
};
