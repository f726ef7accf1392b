import { unwrapResolverError } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { CoreReason, DomainError, ErrorCode, GRAPHQL_CODES } from '@chainq/core';

const logger = new Logger('GraphQL');

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BadUserInput,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  429: ErrorCode.RateLimited,
};

/**
 * Code and reason for one of Nest's HTTP exceptions: its status's code with that code's default reason
 * (what a DomainError naming no reason gets); a body too large or another 4xx is bad input, a 5xx internal.
 */
export function httpExtensions(status: number): { code: string; reason: string } {
  const code = HTTP_CODES[status];
  if (code) return { code, reason: new DomainError(code, '').reason };
  if (status === 413) return { code: ErrorCode.BadUserInput, reason: CoreReason.RequestTooLarge };
  if (status < 500) return { code: ErrorCode.BadUserInput, reason: CoreReason.InvalidValue };
  return { code: GRAPHQL_CODES.Internal, reason: CoreReason.InternalError };
}

/** graphql-js appends suggestions as a last sentence: `Did you mean "MAJOR"?`, `Did you mean the enum value "MAJOR"?`. */
export const withoutSuggestions = (message: string): string => message.replace(/ ?Did you mean [^?]*\?$/, '').trimEnd();

/**
 * Apollo's and graphql-js's own request errors: a parse error, a query that does not fit the schema,
 * a variable of the wrong form, a query over a limit (its reason set in query-limits.ts).
 */
function requestReason(code: unknown, error: unknown): string {
  const own = error instanceof GraphQLError ? error.extensions?.reason : undefined;
  if (typeof own === 'string') return own;
  if (code === GRAPHQL_CODES.ParseFailed) return CoreReason.QuerySyntax;
  if (code === ErrorCode.BadUserInput) return CoreReason.InvalidValue;
  return CoreReason.QueryInvalid;
}

/**
 * One mapping from thrown errors to GraphQL errors: domain errors keep their
 * code, reason, message and field; anything unexpected becomes INTERNAL_SERVER_ERROR
 * and, in production, says nothing about its cause. Every error carries a reason.
 */
export function createErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: original.extensions };
    }
    if (original instanceof HttpException && HTTP_CODES[original.getStatus()]) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: httpExtensions(original.getStatus()),
      };
    }
    const code = formatted.extensions?.code;
    if (code && code !== GRAPHQL_CODES.Internal) {
      const reason = requestReason(code, original);
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      // Apollo's own request errors (parse, validation, variable coercion) are safe to show, but in
      // production without their suggestions: "Did you mean ...?" would spell out the schema introspection hides.
      return production
        ? { ...formatted, message: withoutSuggestions(formatted.message), extensions: { ...extensions, code, reason } }
        : { ...formatted, extensions: { ...formatted.extensions, code, reason } };
    }
    return production
      ? { message: 'Internal server error', path: formatted.path, extensions: { code: GRAPHQL_CODES.Internal, reason: CoreReason.InternalError } }
      : { ...formatted, extensions: { ...formatted.extensions, reason: CoreReason.InternalError } };
  };
}

/** A thrown error that is neither ours nor Apollo's own request error: a fault to log, not to explain. */
function isUnexpected(error: GraphQLError): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || (original instanceof HttpException && HTTP_CODES[original.getStatus()])) return false;
  const code = error.extensions?.code;
  return !code || code === GRAPHQL_CODES.Internal;
}

/** Logs each unexpected error with its request's id (the request's own logger, pino-http's `req.log`), before it is masked. */
export const unexpectedErrorLog: ApolloServerPlugin<{ req?: { log?: Pick<Logger, 'error'> } }> = {
  requestDidStart: async () => ({
    didEncounterErrors: async ({ errors, contextValue }) => {
      for (const error of errors) {
        if (!isUnexpected(error)) continue;
        const fields = { err: unwrapResolverError(error), path: error.path?.join('.') };
        if (contextValue.req?.log) contextValue.req.log.error(fields, 'unexpected error in a GraphQL operation');
        else logger.error(fields, 'unexpected error in a GraphQL operation');
      }
    },
  }),
};
