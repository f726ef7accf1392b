import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DATE_RANGE_TEXT, isInDateRange } from '@chainq/core';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `new Date` rolls 2025-02-30 over to March: the calendar day written must read back unchanged. */
const isRealDay = (day: string): boolean => {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
};

function parse(value: unknown): Date {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  const date = new Date(match ? (value as string) : NaN);
  if (!match || !isRealDay(match[1]) || !isInDateRange(date)) {
    throw new GraphQLError(`must be a real instant written like 2026-03-01T08:00:00Z, ${DATE_RANGE_TEXT}`);
  }
  return date;
}

/**
 * Nest's DateTime with strict input: an ISO 8601 instant with a real
 * calendar day, within the accepted years; output as before.
 */
export const StrictDateTime = new GraphQLScalarType({
  name: 'DateTime',
  description: `A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. Accepted ${DATE_RANGE_TEXT}.`,
  parseValue: parse,
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parse(ast.value) : null),
});
