import { buildSchema, GraphQLInputObjectType } from 'graphql';
import { DomainError } from '@chainq/core';
import { checkInput } from './input-rules';

const schema = buildSchema(`
  scalar JSONObject
  scalar DateTime
  input Step { note: String, title: String, description: String, id: ID, dueOn: String, count: Int, at: DateTime, content: JSONObject, ids: [ID!] }
  type Query { q(input: Step): Int }
`);
const Step = schema.getType('Step') as GraphQLInputObjectType;
const problem = (value: Record<string, unknown>): { field?: string; message: string } | undefined => {
  try {
    checkInput('', 'input', Step, value);
    return undefined;
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return { field: e.details.field, message: e.message };
  }
};
const nested = (levels: number) => {
  let v: object = { leaf: 1 };
  for (let i = 1; i < levels; i++) v = { n: v };
  return v;
};

describe('input rules', () => {
  it('accept well-formed values', () => {
    expect(problem({ note: 'x'.repeat(2_000), title: 'x'.repeat(300), description: 'x'.repeat(10_000), id: '0b9e6f55-2f5c-4f7e-9a59-4d1f0c3a8e21', dueOn: '2100-12-31', count: 0, at: new Date('2026-01-01'), content: nested(12) })).toBeUndefined();
  });

  it.each([
    [{ id: 'not-a-uuid' }, 'id', 'must be a UUID'],
    [{ ids: ['0b9e6f55-2f5c-4f7e-9a59-4d1f0c3a8e21', '7'] }, 'ids[1]', 'must be a UUID'],
    [{ title: '  ' }, 'title', 'must not be empty'],
    [{ title: 'a\u0000b' }, 'title', 'NUL'],
    [{ title: 'x'.repeat(301) }, 'title', 'at most 300 characters'],
    [{ dueOn: 'x'.repeat(201) }, 'dueOn', 'at most 200 characters'],
    [{ note: 'x'.repeat(2_001) }, 'note', 'at most 2,000 characters'],
    [{ description: 'x'.repeat(10_001) }, 'description', 'at most 10,000 characters'],
    [{ dueOn: '2025-02-30' }, 'dueOn', 'real date'],
    [{ dueOn: '0001-01-01' }, 'dueOn', '2000-01-01'],
    [{ count: -1 }, 'count', 'negative'],
    [{ at: new Date('1999-12-31T23:59:59Z') }, 'at', '2000-01-01'],
    [{ content: nested(13) }, 'content', 'nested at most 12'],
    [{ content: nested(5000) }, 'content', 'nested at most 12'],
    [{ content: { text: 'x'.repeat(64_001) } }, 'content', 'at most 64,000 characters'],
    [{ content: { list: [{ text: 'a\u0000' }] } }, 'content', 'NUL'],
  ])('refuse %#, naming the field', (value, field, message) => {
    const found = problem(value);
    expect(found?.field).toBe(field);
    expect(found?.message).toContain(message);
  });
});
