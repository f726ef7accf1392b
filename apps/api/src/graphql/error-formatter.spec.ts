import { GraphQLError } from 'graphql';
import { CoreReason, DomainError, ErrorCode } from '@chainq/core';
import { createErrorFormatter, unexpectedErrorLog } from './error-formatter';

const resolverError = (original: Error, path = ['industryChain', 'memberships']) => new GraphQLError(original.message, { path, originalError: original });

describe('unexpected GraphQL errors', () => {
  it("are logged once each with the request's own logger (its id), and domain errors are not", async () => {
    const logged: [Record<string, unknown>, string][] = [];
    const req = { log: { error: (fields: Record<string, unknown>, message: string) => logged.push([fields, message]) } };
    const boom = new TypeError("Cannot read properties of undefined (reading 'id')");
    const hooks = await unexpectedErrorLog.requestDidStart!({} as never);
    await hooks!.didEncounterErrors!({ contextValue: { req }, errors: [resolverError(boom), resolverError(new DomainError(ErrorCode.NotFound, 'Industry chain not found'))] } as never);
    expect(logged).toEqual([[{ err: boom, path: 'industryChain.memberships' }, 'unexpected error in a GraphQL operation']]);
  });

  it('say nothing of their cause in production', () => {
    const formatted = createErrorFormatter(true)({ message: 'relation "x" does not exist', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, resolverError(new Error('relation "x" does not exist')));
    expect(formatted).toEqual({ message: 'Internal server error', path: ['me'], extensions: { code: 'INTERNAL_SERVER_ERROR', reason: CoreReason.InternalError } });
  });
});
