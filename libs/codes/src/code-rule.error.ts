/** Which rule rejected the input, so an error formatter can say which kind of code was wrong. */
export type CodeRule =
  | 'USCC'
  | 'ORGANISATION_CODE'
  | 'DIVISION_CODE'
  | 'INDUSTRY_CODE'
  | 'SIZE_CLASS'
  | 'STANDARD_NUMBER'
  | 'CCC_CERTIFICATE_NUMBER';

/**
 * Thrown only by helpers that return plain values (`makeUscc`,
 * `divisionAncestors`, `classifySize` ...). `parse*` and `validate*`
 * functions never throw; they return the same message in their result.
 */
export class CodeRuleError extends Error {
  override readonly name = 'CodeRuleError';

  constructor(
    readonly rule: CodeRule,
    message: string,
  ) {
    super(message);
  }
}
