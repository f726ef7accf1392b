import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '@chainq/core';

const logger = new Logger('GraphQL');

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BadUserInput,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  429: ErrorCode.RateLimited,
};

/** graphql-js appends suggestions as a last sentence: `Did you mean "MAJOR"?`, `Did you mean the enum value "MAJOR"?`. */
export const withoutSuggestions = (message: string): string => message.replace(/ ?Did you mean [^?]*\?$/, '').trimEnd();

/**
 * One mapping from thrown errors to GraphQL errors: domain errors keep their
 * code, message and field; anything unexpected becomes INTERNAL_SERVER_ERROR
 * and, in production, says nothing about its cause.
 */
export function createErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    if (original instanceof HttpException && HTTP_CODES[original.getStatus()]) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: HTTP_CODES[original.getStatus()] },
      };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') {
      // Apollo's own request errors (parse, validation, variable coercion) are safe to show, but in
      // production without their suggestions: "Did you mean ...?" would spell out the schema introspection hides.
      return production ? { ...formatted, message: withoutSuggestions(formatted.message), extensions: { code } } : formatted;
    }
    logger.error({ err: original }, 'unexpected error in a GraphQL operation');
    return production
      ? { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }
      : formatted;
  };
}
