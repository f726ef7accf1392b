import { getNullableType, GraphQLInputType, isEnumType, isInputObjectType, isListType, isScalarType } from 'graphql';
import { badInput, CoreReason, DATE_RANGE_TEXT, decodeCursor, isInDateRange, isIsoDate, isUuid } from '@chainq/core';

/**
 * The form every argument and input field must have, whatever the operation:
 * checked on the coerced arguments before a resolver runs, so a malformed
 * value is refused with BAD_USER_INPUT naming its path (`lots[0].lotNumber`, `ids[2]`)
 * and never reaches the database. Domain rules stay in the services.
 */
export const TEXT_MAX = 200;
export const LONG_TEXT_MAX = 10_000;
/** Free text written by people; everything else (names, codes, numbers, passwords) is short. */
const LONG_TEXT = new Set(['body', 'comment', 'description', 'reason', 'reasons']);
/**
 * Names with their own limit, the same as their inputs' class-validator rules. Cursors encode a sort key
 * (a part number may be 200 characters) and an id; e-mail addresses are at most 254 characters (RFC 5321).
 */
const TEXT_LIMITS: Record<string, number> = { after: 1_000, changeSummary: 4_000, email: 254, note: 2_000, title: 300 };
/** Strings that carry a calendar day, YYYY-MM-DD. */
/** String arguments and input fields that hold a YYYY-MM-DD day. */
export const DAY_STRINGS: ReadonlySet<string> = new Set(['dueOn', 'effectiveOn', 'expiresOn', 'from', 'issuedOn', 'surveillanceDueOn', 'to']);
export const JSON_MAX_CHARS = 64_000;
export const JSON_MAX_DEPTH = 12;
/** Money (10k CNY), PPM and counts alike; far above any real figure, below what the numeric columns hold. */
export const NUMBER_MAX = 1e12;

const textLimit = (name: string): number => TEXT_LIMITS[name] ?? (LONG_TEXT.has(name) ? LONG_TEXT_MAX : TEXT_MAX);

/** The sentence the schema's description gets for a leaf of this type and name, if any. */
export function ruleText(name: string, type: GraphQLInputType, description?: string | null): string | undefined {
  const named = unwrap(type);
  if (!isScalarType(named)) return undefined;
  switch (named.name) {
    case 'String':
      if (!DAY_STRINGS.has(name)) return `At most ${textLimit(name).toLocaleString('en')} characters`;
      return description?.includes('YYYY-MM-DD') ? `Between ${DATE_RANGE_TEXT.replace('between ', '')}` : `YYYY-MM-DD, ${DATE_RANGE_TEXT}`;
    case 'Date':
    case 'DateTime':
      return `Between ${DATE_RANGE_TEXT.replace('between ', '')}`;
    case 'JSON':
    case 'JSONObject':
      return `At most ${JSON_MAX_CHARS.toLocaleString('en')} characters as JSON, nested at most ${JSON_MAX_DEPTH} levels`;
    default:
      return undefined;
  }
}

function unwrap(type: GraphQLInputType): GraphQLInputType {
  const inner = getNullableType(type) as GraphQLInputType;
  return isListType(inner) ? unwrap(inner.ofType as GraphQLInputType) : inner;
}

/**
 * Throws BAD_USER_INPUT naming `path` when `value` (already coerced to `type`)
 * breaks a rule. Fields of an input-object argument are named by their path
 * inside it (`lots[0].lotNumber`), as class-validator and the services name
 * them: the caller passes an empty path for such an argument.
 */
export function checkInput(path: string, name: string, type: GraphQLInputType, value: unknown): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) {
    (value as unknown[]).forEach((item, i) => checkInput(`${path}[${i}]`, name, inner.ofType as GraphQLInputType, item));
    return;
  }
  if (isInputObjectType(inner)) {
    for (const field of Object.values(inner.getFields())) {
      checkInput(path ? `${path}.${field.name}` : field.name, field.name, field.type, (value as Record<string, unknown>)[field.name]);
    }
    return;
  }
  if (isEnumType(inner) || !isScalarType(inner)) return;
  const problem = scalarProblem(name, inner.name, value);
  if (problem) throw badInput(path, problem.message, { reason: problem.reason, ...problem.facts });
  // A cursor's shape is known here; whether its sort key fits the list is checked where the list is read.
  if (name === 'after' && inner.name === 'String') decodeCursor(value as string, path, 'text');
}

/** A broken rule: its English message, its reason, and the figure a client may show (`max`). */
interface Problem {
  message: string;
  reason: CoreReason;
  facts?: Record<string, number>;
}
const problem = (reason: CoreReason, message: string, facts?: Record<string, number>): Problem => ({ reason, message, facts });

function scalarProblem(name: string, scalar: string, value: unknown): Problem | undefined {
  switch (scalar) {
    case 'ID':
      // Every id an operation takes names a row, and rows are keyed by UUID.
      return isUuid(String(value)) ? undefined : problem(CoreReason.NotAUuid, 'must be a UUID');
    case 'String':
      return textProblem(name, value as string);
    case 'Int':
    case 'Float':
      if ((value as number) < 0) return problem(CoreReason.NegativeNumber, 'must not be negative');
      return (value as number) > NUMBER_MAX ? problem(CoreReason.NumberOutOfRange, `must be at most ${NUMBER_MAX.toExponential()}`, { max: NUMBER_MAX }) : undefined;
    case 'Date':
    case 'DateTime': {
      const date = value instanceof Date ? value : new Date(String(value));
      return isInDateRange(date) ? undefined : problem(CoreReason.DateOutOfRange, `must be a real date ${DATE_RANGE_TEXT}`);
    }
    case 'JSON':
    case 'JSONObject':
      return jsonProblem(value);
    default:
      return undefined;
  }
}

function textProblem(name: string, value: string): Problem | undefined {
  if (!value.trim()) return problem(CoreReason.Required, 'must not be empty (leave it out instead)');
  // PostgreSQL text cannot hold U+0000.
  if (value.includes('\u0000')) return problem(CoreReason.NulCharacter, 'must not contain the NUL character');
  const limit = textLimit(name);
  if (value.length > limit) return problem(CoreReason.TooLong, `must be at most ${limit.toLocaleString('en')} characters`, { max: limit });
  if (DAY_STRINGS.has(name) && !isIsoDate(value)) return problem(CoreReason.DateOutOfRange, `must be a real date written YYYY-MM-DD, ${DATE_RANGE_TEXT}`);
  return undefined;
}

function jsonProblem(value: unknown): Problem | undefined {
  // Iteratively, stopping at the depth limit: a value nested thousands deep must not exhaust the stack.
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 1 }];
  while (stack.length) {
    const { v, depth } = stack.pop()!;
    if (typeof v === 'string' && v.includes('\u0000')) return problem(CoreReason.NulCharacter, 'must not contain the NUL character');
    if (!v || typeof v !== 'object') continue;
    if (depth > JSON_MAX_DEPTH) return problem(CoreReason.JsonTooDeep, `must be nested at most ${JSON_MAX_DEPTH} levels deep`, { max: JSON_MAX_DEPTH });
    for (const [key, child] of Object.entries(v)) {
      if (key.includes('\u0000')) return problem(CoreReason.NulCharacter, 'must not contain the NUL character');
      stack.push({ v: child, depth: depth + 1 });
    }
  }
  return JSON.stringify(value).length > JSON_MAX_CHARS
    ? problem(CoreReason.JsonTooLarge, `must be at most ${JSON_MAX_CHARS.toLocaleString('en')} characters as JSON`, { max: JSON_MAX_CHARS })
    : undefined;
}
