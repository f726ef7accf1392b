import { randomUUID } from 'node:crypto';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Actor, GATE_ROLE_HOLDER, GateRole, OPERATION_GATES, passesGate, QUEUE_DASHBOARD_OPERATION, Role, User } from '@chainq/identity';
import { callOf, rootFields, tableCounts, tableFingerprint } from '../support/operation-walk';
import { chainLedBy, enterpriseWith, officeWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { ApiModule } from '../../apps/api/src/api.module';
import { processModule } from '@chainq/core';
import { TestApp, testConfig } from '../support/test-app';

/** A route nobody entered in the permission matrix. */
@Controller('unlisted')
class UnlistedController {
  @Get()
  answer(): string {
    return 'should never be served';
  }
}

@Module({ controllers: [UnlistedController] })
class UnlistedModule {}

interface Caller {
  who: string;
  gate: GateRole;
  user: User;
  token: string;
}

type Answer = { code?: string; reason?: unknown; status?: number };

/**
 * Walks every GraphQL root operation and route of the permission matrix as
 * each kind of user, with arguments made from the schema. Where the matrix
 * closes an operation to a role, the answer is FORBIDDEN from the role gate
 * and no table changes; where it opens it, the gate lets the call through
 * (the service may still answer NOT_FOUND or BAD_USER_INPUT for made-up ids).
 * No worker runs, so nothing empties the outbox behind the test's back.
 */
describe('permission matrix walk', () => {
  let t: TestApp;
  let data: DataSource;
  const callers: Caller[] = [];
  const operations: { name: string; call: (token?: string) => Promise<Answer> }[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    data = t.get(DataSource);
    const { users: [admin] } = await t.organisationWithUsers(GATE_ROLE_HOLDER.PLATFORM_ADMIN.kind, [Role.PLATFORM_ADMIN]);
    const office = await officeWith(t, [Role.COORDINATOR, Role.VIEWER]);
    const enterpriseRoles = [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER];
    const leader: TestEnterprise = await enterpriseWith(t, enterpriseRoles);
    const supplier: TestEnterprise = await enterpriseWith(t, enterpriseRoles);
    const chain = await chainLedBy(t, leader);
    await onboardSupplier(t, chain.id, await t.login(leader.users.ENTERPRISE_ADMIN.email), supplier);
    const add = async (who: string, gate: GateRole, user: User) => callers.push({ who, gate, user, token: await t.login(user.email) });
    await add('platform admin', GateRole.PLATFORM_ADMIN, admin);
    await add('coordinator', GateRole.COORDINATOR, office.users.COORDINATOR);
    await add('coordinator viewer', GateRole.OFFICE_VIEWER, office.users.VIEWER);
    for (const [side, e] of [['leader', leader], ['supplier', supplier]] as const) {
      await add(`${side} admin`, GateRole.ENTERPRISE_ADMIN, e.users.ENTERPRISE_ADMIN);
      await add(`${side} quality engineer`, GateRole.QUALITY_ENGINEER, e.users.QUALITY_ENGINEER);
      await add(`${side} viewer`, GateRole.ENTERPRISE_VIEWER, e.users.VIEWER);
    }

    const schema = t.get(GraphQLSchemaHost).schema;
    for (const [type, kind] of [['Query', 'query'], ['Mutation', 'mutation']] as const) {
      for (const field of rootFields(schema, type)) {
        operations.push({
          name: `${type}.${field.name}`,
          call: async (token) => {
            const { query, variables } = callOf(kind, field);
            const res = await t.gql(query, variables, token);
            const error = res.errors?.find((e) => (e as { path?: unknown[] }).path?.[0] === field.name) ?? res.errors?.[0];
            return { code: error?.extensions?.code, reason: error?.extensions?.reason };
          },
        });
      }
    }
    for (const name of OPERATION_GATES.keys()) {
      if (!/^(GET|POST) \//.test(name) || name.startsWith('GET /health') || name === QUEUE_DASHBOARD_OPERATION) continue;
      const [method, path] = name.split(' ');
      operations.push({
        name,
        call: async (token) => {
          const url = path.replace(':id', randomUUID());
          const req = method === 'GET' ? t.http.get(url) : t.http.post(url).set('content-type', 'application/json').send('{}');
          if (token) req.set('authorization', `Bearer ${token}`);
          const res = await req.timeout(10000);
          return { status: res.status, code: res.body?.code, reason: res.body?.reason };
        },
      });
    }
  }, 300_000);
  afterAll(() => t.close());

  const actorOf = (c: Caller): Actor => ({ userId: c.user.id, organisationId: c.user.organisationId, organisationKind: GATE_ROLE_HOLDER[c.gate].kind, roles: [GATE_ROLE_HOLDER[c.gate].role] });
  const admits = (name: string, c: Caller) => passesGate(OPERATION_GATES.get(name)!, actorOf(c));

  it('covers every operation of the schema and every route, each closed to someone or open to all', () => {
    expect(operations.filter((op) => !OPERATION_GATES.has(op.name)).map((op) => op.name)).toEqual([]);
    expect(operations.filter((op) => op.name.startsWith('Mutation.')).length).toBeGreaterThan(40);
    expect(callers.map((c) => c.who)).toHaveLength(9);
  });

  it('refuses every operation to each role its row closes it to, with FORBIDDEN and nothing written', async () => {
    const wrong: string[] = [];
    const before = await tableFingerprint(data);
    let refused = 0;
    for (const op of operations) {
      for (const c of callers.filter((c) => !admits(op.name, c))) {
        const counts = await tableCounts(data);
        const answer = await op.call(c.token);
        refused++;
        if (answer.code !== 'FORBIDDEN' || answer.reason !== 'ROLE_NOT_ALLOWED' || (answer.status !== undefined && answer.status !== 403)) wrong.push(`${op.name} as ${c.who}: ${JSON.stringify(answer)}`);
        if (JSON.stringify(await tableCounts(data)) !== JSON.stringify(counts)) wrong.push(`${op.name} as ${c.who} wrote rows`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await tableFingerprint(data)).toEqual(before);
    expect(refused).toBeGreaterThan(200);
  }, 300_000);

  it('lets every role its row opens an operation to past the role gate', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      for (const c of callers.filter((c) => admits(op.name, c))) {
        const answer = await op.call(c.token);
        // logout ends every session of the caller: sign in again for the operations after it.
        if (op.name === 'Mutation.logout' && answer.code === undefined) c.token = await t.login(c.user.email);
        // login answers UNAUTHENTICATED for made-up credentials: that is its answer, not the gate's.
        const signInAsked = answer.code === 'UNAUTHENTICATED' && OPERATION_GATES.get(op.name) !== 'public';
        if (answer.reason === 'ROLE_NOT_ALLOWED' || signInAsked) wrong.push(`${op.name} as ${c.who}: ${JSON.stringify(answer)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('asks an anonymous caller to sign in for every operation that is not public', async () => {
    const wrong: string[] = [];
    for (const op of operations) {
      const answer = await op.call(undefined);
      const open = OPERATION_GATES.get(op.name) === 'public';
      if (open ? answer.reason === 'ROLE_NOT_ALLOWED' || answer.code === 'FORBIDDEN' : answer.code !== 'UNAUTHENTICATED') wrong.push(`${op.name}: ${JSON.stringify(answer)}`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('refuses to boot with a route the matrix does not list', async () => {
    const app = await NestFactory.create(processModule(testConfig(), [ApiModule, UnlistedModule]), { logger: false });
    try {
      await expect(app.init()).rejects.toThrow(/permission matrix .* not listed GET \/unlisted/);
    } finally {
      await app.close();
    }
  });
});
