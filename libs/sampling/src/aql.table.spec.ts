import { AQLS, aqlIndex, isAql } from './aql.table';

describe('AQL columns', () => {
  it('lists the 26 preferred AQLs from 0.010 to 1000 in the standard spelling', () => {
    expect(AQLS).toHaveLength(26);
    expect(AQLS.slice(0, 16)).toEqual(['0.010', '0.015', '0.025', '0.040', '0.065', '0.10', '0.15', '0.25', '0.40', '0.65', '1.0', '1.5', '2.5', '4.0', '6.5', '10']);
    expect(AQLS.slice(16)).toEqual(['15', '25', '40', '65', '100', '150', '250', '400', '650', '1000']);
  });

  it('orders them tightest first', () => {
    for (let i = 1; i < AQLS.length; i++) expect(Number(AQLS[i])).toBeGreaterThan(Number(AQLS[i - 1]));
  });

  it('numbers the columns as the diagonal rule does (0.010 = 0, 1.0 = 10, 10 = 15)', () => {
    expect(aqlIndex('0.010')).toBe(0);
    expect(aqlIndex('1.0')).toBe(10);
    expect(aqlIndex('6.5')).toBe(14);
    expect(aqlIndex('10')).toBe(15);
  });

  it('recognises only the listed spellings', () => {
    expect(isAql('1.0')).toBe(true);
    expect(isAql('1')).toBe(false);
    expect(isAql('0.01')).toBe(false);
    expect(isAql(1)).toBe(false);
  });
});
