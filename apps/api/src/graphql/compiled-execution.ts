import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { perDocument } from './per-document';

/** graphql-jit's compileQuery, as this plugin calls it. */
export type QueryCompiler = (schema: GraphQLSchema, document: DocumentNode, operationName?: string, options?: { disablingCapturingStackErrors: boolean }) => CompiledQuery | ExecutionResult;

/**
 * Runs queries the API has already seen through a compiled plan (graphql-jit)
 * instead of graphql-js's interpreter: the same resolvers, guards and
 * loaders, with the walk over the result's fields (a 104-point series is
 * about a thousand of them) done by generated code. Apollo keeps one parsed
 * document per query text, so a plan is made on a document's second run and
 * kept with it; a one-off query never costs a compilation.
 *
 * Only the answers without errors are taken from the plan. When a compiled
 * run meets any error, the query runs again through Apollo's own executor,
 * so every error a client sees is formatted, logged and reasoned on one
 * path. Queries do not write, so running one twice changes nothing.
 * Mutations always run uncompiled.
 */
export function compiledExecution<Context extends object>(compile: QueryCompiler = compileQuery): ApolloServerPlugin<Context> {
  // A document's plan per operation name: 'seen' after its first, uncompiled run; 'none' when it cannot be compiled.
  const plans = perDocument<CompiledQuery | 'seen' | 'none'>(8);
  const planFor = (request: GraphQLRequestContext<Context>): CompiledQuery | null => {
    const { document, schema, operationName } = request;
    if (!document) return null;
    const byName = plans(document);
    const name = operationName ?? '';
    const plan = byName.get(name);
    if (plan === undefined) {
      byName.set(name, 'seen');
      return null;
    }
    if (plan !== 'seen') return plan === 'none' ? null : plan;
    const compiled = compile(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
    const made = isCompiledQuery(compiled) ? compiled : null;
    byName.set(name, made ?? 'none');
    return made;
  };
  return {
    requestDidStart: async () => ({
      responseForOperation: async (request) => {
        if (request.operation?.operation !== 'query') return null;
        const plan = planFor(request);
        if (!plan) return null;
        // A plan that fails in itself (not in a resolver) steps aside like one that met an error.
        const result = await Promise.resolve()
          .then(() => plan.query(undefined, request.contextValue, request.request.variables ?? {}))
          .catch(() => null);
        if (!result || result.errors?.length) return null;
        return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: result.data } } };
      },
    }),
  };
}
