import {
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLScalarType,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';

/**
 * Values for walking a schema's arguments: a plausible value for every
 * argument (so a malformed one arrives with sensible siblings), and the
 * malformed values for each leaf. Valid values come from `known` by argument
 * name (ids of the fixtures), else from the type.
 */
export type Known = Record<string, unknown>;

export interface MalformedCase {
  /** Where the bad value sits, in the form errors name it: `input.lots[0].lotNumber`. */
  path: string;
  /** The top-level argument carrying it. */
  arg: string;
  label: string;
  args: Record<string, unknown>;
}

const DAY_STRINGS = new Set(['from', 'to', 'dueOn', 'effectiveOn', 'expiresOn', 'issuedOn', 'surveillanceDueOn']);

/** Stands for JSON nested 5,000 levels deep: `withDeepJson` writes it into the request text (JSON.stringify would overflow its stack). */
export const DEEP_JSON = '__json_nested_5000_levels__';
export const withDeepJson = (body: string): string => body.split(`"${DEEP_JSON}"`).join(`${'{"n":'.repeat(5000)}1${'}'.repeat(5000)}`);

/** The type as written in a variable definition, e.g. `[ID!]!`. */
export const typeText = (type: GraphQLInputType): string => String(type);

export function validValue(name: string, type: GraphQLInputType, known: Known): unknown {
  if (isNonNullType(type)) return validValue(name, type.ofType, known);
  if (isListType(type)) return [validValue(name.replace(/s$/, ''), type.ofType, known)];
  if (isInputObjectType(type)) return validObject(type, known);
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (name in known) return known[name];
  switch ((type as GraphQLScalarType).name) {
    case 'ID':
      return known.anyId;
    case 'String':
      return DAY_STRINGS.has(name) ? (name === 'to' ? '2026-02-01' : '2026-01-01') : `valid ${name}`;
    case 'Int':
      return 1;
    case 'Float':
      return 0.5;
    case 'Boolean':
      return true;
    case 'DateTime':
      return name === 'to' ? '2026-02-01T00:00:00.000Z' : '2026-01-01T00:00:00.000Z';
    case 'Date':
      return name === 'to' ? '2026-02-01' : '2026-01-01';
    default:
      return {};
  }
}

function validObject(type: GraphQLInputObjectType, known: Known): Record<string, unknown> {
  const preset = known[`${type.name}`];
  if (preset) return structuredClone(preset) as Record<string, unknown>;
  return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, validValue(f.name, f.type, known)]));
}

/** The malformed values for one leaf, by its type and name. */
function badLeaves(name: string, type: GraphQLScalarType | GraphQLEnumType): [string, unknown][] {
  if (type instanceof GraphQLEnumType) return [['misspelt enum', 'BOGUS'], ['lower-case enum', type.getValues()[0].value.toLowerCase()]];
  switch (type.name) {
    case 'ID':
      return [['non-UUID id', "1' OR '1'='1"]];
    case 'String': {
      const strings: [string, unknown][] = [['empty string', ''], ['NUL character', 'a\u0000b'], ['oversized string', 'x'.repeat(20_001)]];
      if (DAY_STRINGS.has(name)) strings.push(['non-date', 'soon'], ['impossible date', '2025-02-30'], ['year 1', '0001-01-01']);
      if (name === 'after') {
        const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
        strings.push(['forged cursor', b64(['yesterday', 'not-a-uuid'])], ['forged cursor id', b64(['2026-01-01T00:00:00.000Z', 'x'])], ['garbage cursor', '%%%']);
      }
      if (name === 'stage') strings.push(['bogus stage', 'BOGUS']);
      return strings;
    }
    case 'Int':
      return [['negative number', -1], ['huge number', 2 ** 31]];
    case 'Float':
      return [['negative number', -1], ['huge number', 1e308]];
    case 'Boolean':
      return [['non-boolean', 'yes']];
    case 'DateTime':
      return [['non-date', 'yesterday'], ['impossible date', '2025-02-30T00:00:00Z'], ['year 1', '0001-01-01T00:00:00Z']];
    case 'Date':
      return [['non-date', 'yesterday'], ['impossible date', '2025-02-30'], ['year 1', '0001-01-01']];
    case 'JSON':
    case 'JSONObject':
      return [['deep nesting', DEEP_JSON], ['oversized JSON', { text: 'x'.repeat(900_000) }], ['NUL in JSON', { text: 'a\u0000b' }]];
    default:
      throw new Error(`no malformed values for scalar ${type.name}: add them`);
  }
}

/** Every malformed variant of every argument and nested input field, with valid siblings. */
export function malformedCases(args: readonly GraphQLArgument[], known: Known): MalformedCase[] {
  const base = Object.fromEntries(args.map((a) => [a.name, validValue(a.name, a.type, known)]));
  const cases: MalformedCase[] = [];
  const walk = (arg: string, path: string, name: string, type: GraphQLInputType, set: (value: unknown) => Record<string, unknown>, seen: Set<string>) => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      walk(arg, `${path}[0]`, name.replace(/s$/, ''), inner.ofType as GraphQLInputType, (v) => set([v]), seen);
      return;
    }
    const named = getNamedType(inner);
    if (isInputObjectType(named)) {
      if (seen.has(named.name)) return;
      const object = validObject(named, known);
      for (const field of Object.values(named.getFields())) {
        walk(arg, `${path}.${field.name}`, field.name, field.type, (v) => set({ ...object, [field.name]: v }), new Set([...seen, named.name]));
      }
      return;
    }
    for (const [label, value] of badLeaves(name, named as GraphQLScalarType | GraphQLEnumType)) {
      cases.push({ path, arg, label, args: set(value) });
    }
  };
  for (const a of args) walk(a.name, a.name, a.name, a.type, (v) => ({ ...base, [a.name]: v }), new Set());
  return cases;
}

