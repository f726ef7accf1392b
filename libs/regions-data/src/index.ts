export { DIVISION_SOURCE, isStatisticalZoneCode, loadDivisions } from './division-source';
export type { DivisionLevel, DivisionRow, LoadDivisionsOptions } from './division-source';
