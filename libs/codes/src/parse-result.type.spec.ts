import { CodeRuleError } from './code-rule.error';
import { parseError, parseOk, valueOrThrow } from './parse-result.type';

describe('valueOrThrow', () => {
  it('returns the value of a successful parse', () => {
    expect(valueOrThrow(parseOk('130524'), 'DIVISION_CODE')).toBe('130524');
  });

  it('throws a CodeRuleError carrying the rule and the parse message', () => {
    let thrown: unknown;
    try {
      valueOrThrow(parseError('must be 6 digits (GB/T 2260), got 1305'), 'DIVISION_CODE');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CodeRuleError);
    expect(thrown).toMatchObject({ name: 'CodeRuleError', rule: 'DIVISION_CODE', message: 'must be 6 digits (GB/T 2260), got 1305' });
  });
});
