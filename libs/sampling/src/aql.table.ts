// GB/T 2828.1-2012 preferred AQLs (Tables 2-A to 2-C column heads), tightest first.
// Each is a string so '1.0' and '0.10' keep the standard's spelling.
export const AQLS = [
  '0.010',
  '0.015',
  '0.025',
  '0.040',
  '0.065',
  '0.10',
  '0.15',
  '0.25',
  '0.40',
  '0.65',
  '1.0',
  '1.5',
  '2.5',
  '4.0',
  '6.5',
  '10',
  '15',
  '25',
  '40',
  '65',
  '100',
  '150',
  '250',
  '400',
  '650',
  '1000',
] as const;
export type Aql = (typeof AQLS)[number];

export function isAql(value: unknown): value is Aql {
  return typeof value === 'string' && (AQLS as readonly string[]).includes(value);
}

/** Column number in the master tables: 0.010 = 0 ... 10 = 15 ... 1000 = 25. */
export function aqlIndex(aql: Aql): number {
  return AQLS.indexOf(aql);
}
