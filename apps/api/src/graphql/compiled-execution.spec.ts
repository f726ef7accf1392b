import { ApolloServer } from '@apollo/server';
import { compileQuery } from 'graphql-jit';
import { GraphQLError, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { compiledExecution, QueryCompiler } from './compiled-execution';

const started: ApolloServer[] = [];
afterEach(async () => {
  for (const server of started.splice(0)) await server.stop();
});

/** A started server on a small schema whose resolvers count their runs; `points(n: 0)` fails as a domain error does. */
async function world(compile: QueryCompiler) {
  const runs = { points: 0, writes: 0 };
  const Point = new GraphQLObjectType({
    name: 'Point',
    fields: { week: { type: new GraphQLNonNull(GraphQLString) }, lots: { type: GraphQLInt } },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        points: {
          type: new GraphQLList(Point),
          args: { n: { type: new GraphQLNonNull(GraphQLInt) } },
          resolve: async (_, { n }: { n: number }) => {
            runs.points++;
            if (n === 0) throw new GraphQLError('n must be positive', { extensions: { code: 'BAD_USER_INPUT', reason: 'NUMBER_OUT_OF_RANGE', field: 'n' } });
            return Array.from({ length: n }, (_, i) => ({ week: `2026-W${i + 1}`, lots: i * 10 }));
          },
        },
      },
    }),
    mutation: new GraphQLObjectType({
      name: 'Mutation',
      fields: { write: { type: GraphQLInt, resolve: () => ++runs.writes } },
    }),
  });
  const errors: string[] = [];
  const server = new ApolloServer({
    schema,
    plugins: [compiledExecution(compile), { requestDidStart: async () => ({ didEncounterErrors: async ({ errors: e }) => void errors.push(...e.map((x) => x.message)) }) }],
  });
  await server.start();
  started.push(server);
  return { server, runs, errors };
}

const answer = async (server: ApolloServer, query: string, variables?: Record<string, unknown>) => {
  const { body } = await server.executeOperation({ query, variables });
  if (body.kind !== 'single') throw new Error('expected a single result');
  return body.singleResult;
};

describe('compiled execution of queries', () => {
  const query = 'query Series($n: Int!) { points(n: $n) { week lots } again: points(n: 1) { week } }';
  /** The real compiler, counting its calls. */
  let compile: jest.Mock;
  beforeEach(() => {
    compile = jest.fn(compileQuery);
  });

  it('compiles a document on its second run, keeps the plan, and answers exactly as the interpreter did', async () => {
    const { server, runs } = await world(compile);
    const first = await answer(server, query, { n: 3 });
    expect(compile).not.toHaveBeenCalled();
    const second = await answer(server, query, { n: 3 });
    const third = await answer(server, query, { n: 2 });
    expect(compile).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    expect(first.data).toEqual({
      points: [
        { week: '2026-W1', lots: 0 },
        { week: '2026-W2', lots: 10 },
        { week: '2026-W3', lots: 20 },
      ],
      again: [{ week: '2026-W1' }],
    });
    expect(third.data).toEqual({ points: [{ week: '2026-W1', lots: 0 }, { week: '2026-W2', lots: 10 }], again: [{ week: '2026-W1' }] });
    expect(runs.points).toBe(6); // two root fields, three runs: nothing ran twice
  });

  it('answers an error from a compiled plan through the one error path: same error, hooks told once', async () => {
    const { server, errors } = await world(compile);
    const interpreted = await answer(server, query, { n: 0 });
    const compiled = await answer(server, query, { n: 0 });
    expect(compile).toHaveBeenCalledTimes(1);
    expect(compiled).toEqual(interpreted);
    expect(compiled.errors).toEqual([expect.objectContaining({ message: 'n must be positive', extensions: { code: 'BAD_USER_INPUT', reason: 'NUMBER_OUT_OF_RANGE', field: 'n' } })]);
    expect(errors).toEqual(['n must be positive', 'n must be positive']);
  });

  it('answers through the interpreter when a plan itself fails', async () => {
    const broken = jest.fn<ReturnType<QueryCompiler>, Parameters<QueryCompiler>>((...args) => {
      const plan = compileQuery(...args);
      return 'query' in plan ? { ...plan, query: () => Promise.reject(new Error('generated code failed')) } : plan;
    });
    const { server, runs } = await world(broken);
    const first = await answer(server, query, { n: 2 });
    const second = await answer(server, query, { n: 2 });
    expect(broken).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    expect(second.errors).toBeUndefined();
    expect(runs.points).toBe(4);
  });

  it('never compiles a mutation, so a write runs once per call', async () => {
    const { server, runs } = await world(compile);
    for (let i = 0; i < 3; i++) await answer(server, 'mutation { write }');
    expect(compile).not.toHaveBeenCalled();
    expect(runs.writes).toBe(3);
  });
});
