import { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, getNamedType, getNullableType, GraphQLError, GraphQLSchema, isLeafType, isListType } from 'graphql';
import { ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { CoreReason, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@chainq/core';
import { perDocument } from './per-document';

/**
 * The query cost model: roughly the number of rows a query loads.
 *
 * - a scalar or enum field costs nothing (it comes with its row);
 * - an object field costs 1 (its row, usually one batched load) plus its
 *   selection;
 * - a connection costs 1 (its query) plus its page size times one edge's
 *   selection; the page size is `first` (or `last`) with the request's
 *   variables applied, the default page size when absent, at most the
 *   largest page;
 * - a list without paging arguments costs its expected length times
 *   (1 + one element's selection): LIST_LENGTHS, else DEFAULT_LIST_LENGTH;
 * - edges and page info are wrappers, not rows; introspection is free
 *   (the schema bounds it).
 *
 * So `memberships(first: 100) { … enterprise { certifications … } }` costs
 * about 100 × (membership + enterprise + its certificates), and two nested
 * pages of 100 cost over 10,000.
 */
export const DEFAULT_LIST_LENGTH = 10;

/** Lists whose length the domain fixes or is known to exceed the default. */
export const LIST_LENGTHS: Record<string, number> = {
  'CorrectiveAction.steps': 8, // D1–D8
  'MaturityAssessment.dimensionScores': 9, // the nine maturity dimensions
  'StandardDistribution.acknowledgements': 50, // one per supplier the revision reached
};

const WRAPPERS = new Set(['PageInfo']);

export function rowsEstimator({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const named = getNamedType(field.type);
  if (type.name.startsWith('__') || named.name.startsWith('__') || isLeafType(named)) return 0;
  if (WRAPPERS.has(named.name) || named.name.endsWith('Edge')) return childComplexity;
  if (named.name.endsWith('Connection')) return 1 + pageSizeOf(args) * childComplexity;
  if (isListType(getNullableType(field.type))) {
    const length = 'first' in args || 'last' in args ? pageSizeOf(args) : (LIST_LENGTHS[`${type.name}.${field.name}`] ?? DEFAULT_LIST_LENGTH);
    return length * (1 + childComplexity);
  }
  return 1 + childComplexity;
}

/** The rows page that the resolver will load; an out-of-range size is refused there (PAGE_SIZE_OUT_OF_RANGE), not here. */
function pageSizeOf(args: Record<string, unknown>): number {
  const size = args.first ?? args.last;
  return typeof size === 'number' && Number.isFinite(size) ? Math.min(Math.max(Math.trunc(size), 1), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
}

/** A query's cost under the model above, with its variables; undefined when the variables do not fit (execution refuses them). */
export function queryCost(schema: GraphQLSchema, query: Parameters<typeof getComplexity>[0]['query'], variables?: Record<string, unknown>, operationName?: string): number | undefined {
  try {
    return getComplexity({ schema, query, variables, operationName, estimators: [rowsEstimator] });
  } catch {
    return undefined;
  }
}

export function queryCostError(cost: number, limit: number): GraphQLError {
  return new GraphQLError(`The query's cost is ${cost}, over the limit of ${limit}`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: CoreReason.QueryTooComplex, cost, limit, http: { status: 400 } },
  });
}

/**
 * Refuses an operation over `maxCost` before it runs. Variables change page
 * sizes, so the cost is taken once the operation and its variables are known,
 * not in document validation. Apollo keeps one parsed document per query
 * text, so a client's repeated query is walked once per set of variables:
 * the cost is remembered per document (while Apollo holds it) and per
 * operation name and variables, for the last few sets of each.
 */
export function queryCostPlugin(maxCost: number): ApolloServerPlugin {
  const costs = perDocument<number | undefined>(REMEMBERED_VARIABLE_SETS);
  const costOf = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined) => {
    // Only variables of plain values are remembered (ids, dates, page sizes): an input object (an import's
    // rows, an 8D step's JSON) is neither worth keeping nor safe to serialise, however deeply it nests.
    if (!Object.values(variables).every(isPlainValue)) return queryCost(schema, document, variables, operationName);
    const known = costs(document);
    const key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
    if (known.has(key)) return known.get(key);
    const cost = queryCost(schema, document, variables, operationName);
    if (key.length > REMEMBERED_KEY_LENGTH) return cost;
    known.set(key, cost);
    return cost;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = costOf(schema, document, request.variables ?? {}, operationName ?? undefined);
          if (cost !== undefined && cost > maxCost) throw queryCostError(cost, maxCost);
        },
      };
    },
  };
}

const REMEMBERED_VARIABLE_SETS = 16;
const REMEMBERED_KEY_LENGTH = 2_000;
const isPlainValue = (value: unknown) => value === null || typeof value !== 'object';
