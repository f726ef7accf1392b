import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getIntrospectionQuery,
  GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  OperationDefinitionNode,
  parse,
  typeFromAST,
  validate,
} from 'graphql';
import { loadConfig, MAX_PAGE_SIZE } from '@chainq/core';
import { queryCost, queryCostPlugin } from './query-cost';

const schema = buildSchema(readFileSync('schema.gql', 'utf8'));
const limit = loadConfig({}).graphql.maxCost;
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  expect(validate(schema, parse(query))).toEqual([]); // a query the API would run
  return queryCost(schema, parse(query), variables);
};

/** The documents the web app sends: the keys of codegen's document map. */
const webDocuments = (file: string): string[] =>
  [...readFileSync(file, 'utf8').split('type Documents = {')[1].split('\n};')[0].matchAll(/^\s+("(?:[^"\\]|\\.)*"): /gm)].map(
    (m) => JSON.parse(m[1]) as string,
  );

/** A value of the variable's type; page sizes at their largest. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type, f.name)]));
  }
  if (isScalarType(type) && type.name === 'Int') return ['first', 'last'].includes(name) ? MAX_PAGE_SIZE : 1;
  if (isScalarType(type) && type.name === 'Boolean') return true;
  if (isScalarType(type) && type.name === 'Float') return 1;
  if (isScalarType(type) && type.name === 'JSONObject') return {};
  return '2026-01-01';
}

const MEMBERSHIPS_100 = `query($id: ID!) { industryChain(id: $id) { memberships(first: 100) { totalCount edges { node { id status
  enterprise { id name certifications { id scheme number expiresOn status } maturity { id level score dimensionScores { dimension score } } } } } } } }`;
const ACTIONS_100 = `{ correctiveActions(first: 100) { totalCount edges { node { id status
  issue { id title severity } supplier { id name } steps { step status dueAt submittedAt } } } } }`;

describe('query cost (rows loaded)', () => {
  it('refuses nested pages: lists of 100 three levels deep', () => {
    const nested = `{ industryChains(first: 100) { edges { node { memberships(first: 100) { edges { node { enterprise { certifications { id } } } } } } } } }`;
    expect(cost(nested)).toBeGreaterThan(100 * 100 * 2);
    expect(cost(nested)).toBeGreaterThan(limit);
  });

  it('refuses 15 aliases of a heavy page that passes alone', () => {
    const aliased = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${ACTIONS_100.slice(2, -2)}`).join(' ')} }`;
    expect(cost(ACTIONS_100)).toBeLessThanOrEqual(limit);
    expect(cost(aliased)).toBe(15 * cost(ACTIONS_100)!);
    expect(cost(aliased)).toBeGreaterThan(limit);
  });

  it('takes the page size from the request\'s variables, capped at the largest page', () => {
    const q = 'query($n: Int) { correctiveActions(first: $n) { edges { node { id supplier { id } } } } }';
    expect(cost(q, { n: 100 })).toBe(1 + 100 * 2);
    expect(cost(q, { n: 10 })).toBe(1 + 10 * 2);
    expect(cost(q, {})).toBe(1 + 20 * 2); // the default page
    expect(cost(q, { n: 100000 })).toBe(cost(q, { n: 100 })); // refused by the resolver as PAGE_SIZE_OUT_OF_RANGE instead
  });

  it('remembers a document\'s cost per set of variables: a larger page in the same document is still refused', async () => {
    const document = parse('query($n: Int) { correctiveActions(first: $n) { edges { node { id supplier { id } } } } }');
    const hooks = await queryCostPlugin(100).requestDidStart!({} as never);
    const check = (n: number) => hooks!.didResolveOperation!({ schema, document, request: { variables: { n } }, operationName: null } as never);
    await expect(check(10)).resolves.toBeUndefined(); // 21 rows
    await expect(check(100)).rejects.toMatchObject({ extensions: { reason: 'QUERY_TOO_COMPLEX', cost: 201, limit: 100 } });
    await expect(check(10)).resolves.toBeUndefined();
    await expect(check(100)).rejects.toMatchObject({ extensions: { cost: 201 } });
  });

  it('counts rows: scalars are free, each object and list element is one', () => {
    expect(cost('{ me { id displayName email } }')).toBe(1);
    expect(cost('{ me { id organisation { id name } } }')).toBe(2);
    expect(cost(getIntrospectionQuery())).toBe(0);
  });

  it('lets the documented pages of 100 through: memberships with enterprise, certificates, maturity; 8Ds with issue, supplier, steps', () => {
    // per membership: itself, its enterprise, ~10 certificates, the maturity and its nine scores
    expect(cost(MEMBERSHIPS_100, { id: 'x' })).toBe(1 + 1 + 100 * (1 + 1 + 10 + 1 + 9));
    // per action: itself, its issue, its supplier, its eight steps
    expect(cost(ACTIONS_100)).toBe(1 + 100 * (1 + 1 + 1 + 8));
    expect(cost(MEMBERSHIPS_100, { id: 'x' })).toBeLessThanOrEqual(limit);
  });

  it('lets every document the web app sends through, with its page sizes at their largest', () => {
    const documents = [...webDocuments('apps/web/src/gql/gql.ts'), ...webDocuments('apps/web/src/gql-public/gql.ts')];
    expect(documents.length).toBeGreaterThan(30);
    // Fragments are sent inside the operations that spread them.
    const isFragment = (text: string) => parse(text).definitions.every((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const fragments = documents.filter(isFragment).join('\n');
    const costs = documents
      .filter((text) => !isFragment(text))
      .flatMap((text) => {
        const document = parse(`${text}\n${fragments}`);
        const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
        return operations.map((operation) => {
          const variables = Object.fromEntries(
            (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value)]),
          );
          return { operation: operation.name?.value, cost: queryCost(schema, document, variables, operation.name?.value) };
        });
      });
    expect(costs.length).toBeGreaterThan(30);
    expect(costs.filter((c) => c.cost === undefined || c.cost > limit)).toEqual([]);
  });
});
