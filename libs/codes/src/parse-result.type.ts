import { CodeRule, CodeRuleError } from './code-rule.error';

/**
 * Outcome of a parse. `error` is a human message written to follow a field
 * name ("creditCode: must be 18 characters, got 17"), so the API layer can
 * turn it into a BAD_USER_INPUT error without rewording.
 */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export function parseOk<T>(value: T): ParseResult<T> {
  return { ok: true, value };
}

export function parseError<T = never>(error: string): ParseResult<T> {
  return { ok: false, error };
}

/** For callers that hold a value they expect to be valid (seed data, stored codes): a bad one is a bug, so throw. */
export function valueOrThrow<T>(result: ParseResult<T>, rule: CodeRule): T {
  if (!result.ok) throw new CodeRuleError(rule, result.error);
  return result.value;
}
