import { GraphQLError, ValidationContext } from 'graphql';
import { CoreReason } from '@chainq/core';

/**
 * graphql-armor refuses an over-limit query with "Syntax Error: Query depth limit of 10 exceeded, found 12.",
 * which is not a syntax error and carries its figures only in English. Each limit's refusal is reported here
 * instead as QUERY_TOO_COMPLEX with the figure and the limit as numbers; the limits themselves stay as configured.
 * The cost limit is ours (query-cost.ts) and answers in the same form.
 */
const LIMIT_TEXT = /(Query depth|Aliases|Directives) limit of (\d+) exceeded, found (\d+)/i;
const MEASURES: Record<string, { key: string; noun: string }> = {
  'query depth': { key: 'depth', noun: 'depth' },
  aliases: { key: 'aliases', noun: 'number of aliases' },
  directives: { key: 'directives', noun: 'number of directives' },
};

export function queryTooComplex(armorMessage: string): GraphQLError {
  const match = LIMIT_TEXT.exec(armorMessage);
  if (!match) return new GraphQLError('The query asks for too much at once', { extensions: { reason: CoreReason.QueryTooComplex } });
  const { key, noun } = MEASURES[match[1].toLowerCase()];
  const [limit, found] = [Number(match[2]), Number(match[3])];
  return new GraphQLError(`The query's ${noun} is ${found}, over the limit of ${limit}`, {
    extensions: { reason: CoreReason.QueryTooComplex, [key]: found, limit },
  });
}

/** armor's `onReject` for every limit: report (not throw) so validation goes on and Apollo answers 400. */
export const rejectTooComplex = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(queryTooComplex(error.message))],
};
