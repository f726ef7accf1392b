import { queryTooComplex } from './query-limits';

describe('queryTooComplex', () => {
  it.each([
    ['Syntax Error: Query depth limit of 10 exceeded, found 12.', "The query's depth is 12, over the limit of 10", { depth: 12, limit: 10 }],
    ['Syntax Error: Aliases limit of 15 exceeded, found 40.', "The query's number of aliases is 40, over the limit of 15", { aliases: 40, limit: 15 }],
  ])('turns armor\'s "%s" into QUERY_TOO_COMPLEX with the figures as numbers', (armor, message, figures) => {
    const error = queryTooComplex(armor);
    expect(error.message).toBe(message);
    expect(error.extensions).toEqual({ reason: 'QUERY_TOO_COMPLEX', ...figures });
  });

  it('still refuses, without figures, when armor words its message otherwise', () => {
    expect(queryTooComplex('Syntax Error: Query depth limit exceeded').extensions).toEqual({ reason: 'QUERY_TOO_COMPLEX' });
  });
});
