import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppConfig } from '@chainq/core';
import { StrictDateTime } from './date-time.scalar';
import { compiledExecution } from './compiled-execution';
import { createErrorFormatter, unexpectedErrorLog } from './error-formatter';
import { queryCostPlugin } from './query-cost';
import { rejectTooComplex } from './query-limits';
import { withInputRules } from './input-rules.transform';
import { AuthenticatedRequest, GraphQLContext } from './graphql-context';
import { createLoaders, LoaderSources } from './loaders';

/** Answers hold the caller's own data: no shared or browser cache may keep them. */
const noStore: ApolloServerPlugin = {
  requestDidStart: async () => ({
    willSendResponse: async ({ response }) => {
      response.http.headers.set('cache-control', 'no-store');
    },
  }),
};

export function graphqlOptions(config: AppConfig, sources: LoaderSources): Omit<ApolloDriverConfig, 'driver'> {
  const production = config.env === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: config.graphql.maxDepth, ...rejectTooComplex },
    // Cost is ours (query-cost.ts): rows loaded, with the request's page sizes.
    costLimit: { enabled: false },
    maxAliases: { n: config.graphql.maxAliases, ...rejectTooComplex },
    maxDirectives: { n: 20, ...rejectTooComplex },
    // Its own parse runs before Apollo's and turns a syntax error into a 500;
    // the request body limit (1 MB, apps/api/src/http-app.ts) already bounds the token count.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    path: '/graphql',
    // Built in memory; `npm run schema:print` writes schema.gql, and a test checks it is current.
    autoSchemaFile: true,
    sortSchema: true,
    // One check of every argument's form (ids, text, dates, numbers, JSON) before any resolver runs.
    transformSchema: withInputRules,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTime }] },
    playground: false,
    introspection: config.graphql.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: !production,
    // @apollo/server ships CJS and ESM builds; plugins are plain objects, so either build's types fit.
    plugins: [
      ...armor.plugins,
      queryCostPlugin(config.graphql.maxCost),
      // Apollo's default cache-control plugin wraps every field's resolver to read cache hints; the API sets none,
      // so every answer is `no-store` (as that plugin made it), set once per request.
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      unexpectedErrorLog,
      compiledExecution<GraphQLContext>(),
      config.graphql.sandbox ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : ApolloServerPluginLandingPageDisabled(),
    ] as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    formatError: createErrorFormatter(production),
    context: ({ req }: { req: AuthenticatedRequest }): GraphQLContext => ({ req, loaders: createLoaders(sources, req) }),
  };
}
