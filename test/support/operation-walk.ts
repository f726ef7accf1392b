import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { DataSource } from 'typeorm';
import { DAY_STRINGS } from '../../apps/api/src/graphql/input-rules';

const SCALARS: Record<string, () => unknown> = {
  ID: () => randomUUID(),
  String: () => 'walk',
  Int: () => 1,
  Float: () => 1,
  Boolean: () => true,
  Date: () => '2026-01-15',
  DateTime: () => '2026-01-15T08:00:00.000Z',
  JSON: () => ({}),
  JSONObject: () => ({}),
};

/** A valid-shaped value of `type` (named `name`): required input fields only, one element per list. */
export function sampleValue(type: GraphQLInputType, name = ''): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  // The input rules check a day-named string's form before any guard runs; give them a day.
  if (isScalarType(type) && type.name === 'String' && DAY_STRINGS.has(name)) return '2026-01-15';
  // The name a client sends (an enum's internal value may differ: Language.ZH_CN is 'zh-CN').
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isScalarType(type)) {
    const make = SCALARS[type.name];
    if (!make) throw new Error(`no sample for scalar ${type.name}`);
    return make();
  }
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, sampleValue(f.type, f.name)]));
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** A document calling one root field with its required arguments (as variables) and the smallest selection. */
export function callOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind}${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sampleValue(a.type, a.name)])),
  };
}

export const rootFields = (schema: GraphQLSchema, type: 'Query' | 'Mutation') => Object.values((type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields());

/** The application tables (login bookkeeping and the migration log excluded). */
async function applicationTables(dataSource: DataSource): Promise<string[]> {
  const rows: { name: string }[] = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'rate_limit_buckets') ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** Row counts of every application table, in one query. */
export async function tableCounts(dataSource: DataSource): Promise<Record<string, string>> {
  const select = (await applicationTables(dataSource)).map((name) => `(SELECT count(*) FROM "${name}")::text AS "${name}"`).join(', ');
  return (await dataSource.query(`SELECT ${select}`))[0];
}

/** Runs `call` (whose own expectations say what was refused) and checks that no table changed. */
export async function expectNothingWritten(dataSource: DataSource, call: () => Promise<unknown>): Promise<void> {
  const before = await tableFingerprint(dataSource);
  await call();
  expect(await tableFingerprint(dataSource)).toEqual(before);
}

/** Row count and a digest of the contents of every application table: shows that updates were not made either. */
export async function tableFingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const select = (await applicationTables(dataSource))
    .map((name) => `(SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') FROM "${name}" t) AS "${name}"`)
    .join(', ');
  return (await dataSource.query(`SELECT ${select}`))[0];
}
