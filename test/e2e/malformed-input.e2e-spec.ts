import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLField, GraphQLObjectType, isCompositeType, getNamedType } from 'graphql';
import { DataSource } from 'typeorm';
import { Actor, mayCall, OrganisationKind, Role } from '@chainq/identity';
import { malformedCases, MalformedCase, typeText, Known, withDeepJson } from '../support/malformed-values';
import { chainLedBy, enterpriseWith, officeWith, onboardSupplier, randomUscc } from '../support/registry-fixtures';
import { GraphQLResult, PASSWORD, TestApp } from '../support/test-app';
import { newSigningKeyPem } from '@chainq/credit';

/**
 * Walks every operation and argument of schema.gql with malformed values
 * (non-UUID ids, forged cursors, empty, NUL and oversized strings, negative
 * and huge numbers, bad and impossible dates, misspelt enums, deep and huge
 * JSON), each sent with otherwise valid siblings, as each kind of signed-in
 * user. Every answer must refuse with BAD_USER_INPUT naming what was wrong:
 * `extensions.field` is the path of the bad value (`input.lots[0].lotNumber`),
 * or, for GraphQL's own variable coercion, the message names the variable
 * (`"$input"`). Nothing may be written. Runs without the worker, so row counts
 * are the API's writes only.
 */
const schema = buildSchema(readFileSync(join(__dirname, '../../schema.gql'), 'utf8'));
const LOTS_HEADER = 'part_number,lot_number,lot_size,stage,inspected_at,aql,units_sampled,nonconforming_units,defects';

/** What the role gate knows of each test user; the walk sends each operation only to users the gate lets through (the gate answers FORBIDDEN before any argument is read). */
const GATE_ACTORS: Record<string, Actor> = {
  admin: { userId: '', organisationId: '', organisationKind: OrganisationKind.PLATFORM, roles: [Role.PLATFORM_ADMIN] },
  coordinator: { userId: '', organisationId: '', organisationKind: OrganisationKind.REGULATOR_OFFICE, roles: [Role.COORDINATOR] },
  leader: { userId: '', organisationId: '', organisationKind: OrganisationKind.ENTERPRISE, roles: [Role.ENTERPRISE_ADMIN] },
  supplier: { userId: '', organisationId: '', organisationKind: OrganisationKind.ENTERPRISE, roles: [Role.ENTERPRISE_ADMIN] },
};
const mayCallAs = (user: string, operation: string) => mayCall(operation, GATE_ACTORS[user]);

interface Probe {
  user: string;
  document: string;
  c: MalformedCase;
  operation: string;
}

describe('malformed input, every operation and argument', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const known: Known = {};
  /** How to reach an object type whose fields take arguments: the parent selection and who may read it. */
  let parents: Record<string, { select: string; user: string }>;

  beforeAll(async () => {
    t = await TestApp.start();
    const { users: [admin] } = await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN]);
    const office = await officeWith(t, [Role.COORDINATOR]);
    const L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    const S = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    tokens.admin = await t.login(admin.email);
    tokens.coordinator = await t.login(office.users.COORDINATOR.email);
    tokens.leader = await t.login(L.users.ENTERPRISE_ADMIN.email);
    tokens.supplier = await t.login(S.users.ENTERPRISE_ADMIN.email);
    const chain = await chainLedBy(t, L);
    const membershipId = await onboardSupplier(t, chain.id, tokens.leader, S);
    const cluster = await t.gql('mutation($i: CreateIndustryClusterInput!) { createIndustryCluster(input: $i) { id } }', { i: { name: 'Walk', regionCode: '320382', industryCode: 'C33', product: 'brackets', coordinatingOfficeId: office.office.id } }, tokens.admin);
    const clusterId = cluster.data!.createIndustryCluster.id;
    await t.gql('mutation($c: ID!, $e: [ID!]!) { addClusterMembers(clusterId: $c, enterpriseIds: $e) { id } }', { c: clusterId, e: [S.enterprise.id] }, tokens.admin);
    await t.gql('mutation($i: AssignCoordinatorInput!) { assignCoordinator(input: $i) { userId } }', { i: { userId: office.users.COORDINATOR.id, clusterIds: [clusterId] } }, tokens.admin);
    const issue = await t.gql(
      'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { id correctiveActions { edges { node { id } } } } }',
      { i: { chainId: chain.id, title: 'Burrs', description: 'Found at incoming inspection', defectCode: 'SUR-BUR', severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3600_000).toISOString(), supplierEnterpriseIds: [S.enterprise.id] } },
      tokens.leader,
    );
    const issueId = issue.data!.reportQualityIssue.id;
    const imported = await t.http.post(`/inspection-imports?chainId=${chain.id}`).set('authorization', `Bearer ${tokens.supplier}`).attach('file', Buffer.from(`${LOTS_HEADER}\nP-1,W-1,500,SELF,2026-03-01,1.0,50,0,\n`), 'lots.csv');
    expect(imported.status).toBe(202);
    Object.assign(known, {
      anyId: randomUUID(),
      id: S.enterprise.id,
      chainId: chain.id,
      clusterId,
      enterpriseId: S.enterprise.id,
      supplierEnterpriseId: S.enterprise.id,
      leaderEnterpriseId: L.enterprise.id,
      organisationId: L.enterprise.id,
      coordinatingOfficeId: office.office.id,
      userId: office.users.COORDINATOR.id,
      membershipId,
      issueId,
      actionId: issue.data!.reportQualityIssue.correctiveActions.edges[0].node.id,
      uscc: randomUscc(),
      email: 'nobody@test.example',
      password: PASSWORD,
      currentPassword: PASSWORD,
      newPassword: 'another-horse-battery-staple',
      regionCode: '320382',
      industryCode: 'C36',
      aql: '1.0',
      level: 'II',
      severity: 'NORMAL',
      stage: 'ALL',
      partNumber: 'P-1',
      regionPrefix: '320300',
      industry: 'C36',
      after: undefined,
      RollupScopeInput: { kind: 'CHAIN', id: chain.id },
    });
    parents = {
      IndustryChain: { select: `industryChain(id: "${chain.id}")`, user: 'leader' },
      IndustryCluster: { select: `industryCluster(id: "${clusterId}")`, user: 'coordinator' },
      QualityIssue: { select: `qualityIssue(id: "${issueId}")`, user: 'leader' },
      InspectionImport: { select: `inspectionImport(id: "${imported.body.id}")`, user: 'supplier' },
      SamplingState: { select: `samplingState(chainId: "${chain.id}", partNumber: "P-1", supplierEnterpriseId: "${S.enterprise.id}")`, user: 'leader' },
    };
  });
  afterAll(() => t?.close());

  const rowCounts = async (): Promise<Record<string, number>> => {
    const db = t.get(DataSource);
    const tables: { name: string }[] = await db.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`);
    const [counts] = await db.query(`SELECT ${tables.map((x) => `(SELECT count(*)::int FROM "${x.name}") AS "${x.name}"`).join(', ')}`);
    return counts;
  };

  const selection = (field: GraphQLField<unknown, unknown>) => (isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '');
  const call = (field: GraphQLField<unknown, unknown>) => `${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection(field)}`;
  const vars = (field: GraphQLField<unknown, unknown>) => field.args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');

  function probes(): Probe[] {
    const list: Probe[] = [];
    const users = Object.keys(tokens);
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      const kind = root === schema.getQueryType() ? 'query' : 'mutation';
      for (const field of Object.values(root.getFields()).filter((f) => f.args.length)) {
        const document = `${kind} Walk(${vars(field)}) { ${call(field)} }`;
        // Each operation's cases take turns among the kinds of user the role gate lets call it, so every such kind meets it with several arguments.
        const callers = users.filter((u) => mayCallAs(u, `${root.name}.${field.name}`));
        if (!callers.length) throw new Error(`no test user may call ${root.name}.${field.name}`);
        malformedCases(field.args, known).forEach((c, i) => list.push({ user: callers[i % callers.length], document, c, operation: `${kind} ${field.name}` }));
      }
    }
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type === schema.getQueryType() || type === schema.getMutationType() || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields()).filter((f) => f.args.length)) {
        const parent = parents[type.name];
        if (!parent) throw new Error(`${type.name}.${field.name} takes arguments: say how to reach ${type.name} in this test`);
        const document = `query Walk(${vars(field)}) { ${parent.select} { ${call(field)} } }`;
        for (const c of malformedCases(field.args, known)) list.push({ user: parent.user, document, c, operation: `${type.name}.${field.name}` });
      }
    }
    return list;
  }

  /** Serialised here, with the deep JSON written in as text. */
  const send = async (query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResult> => {
    const res = await t.http.post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${token}`).send(withDeepJson(JSON.stringify({ query, variables })));
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  };

  /** What is wrong with an answer to a malformed request, or undefined when it refuses properly. */
  function problem(res: GraphQLResult, c: MalformedCase): string | undefined {
    const errors = res.errors ?? [];
    if (res.status >= 500 || errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) return `internal error (HTTP ${res.status}): ${errors[0]?.message.slice(0, 120)}`;
    if (!errors.length) return res.data ? 'accepted' : `no GraphQL answer (HTTP ${res.status})`;
    for (const e of errors) {
      // Fields of an input-object argument are named by their path inside it, as the services name them.
      const field = c.path.startsWith(`${c.arg}.`) ? c.path.slice(c.arg.length + 1) : c.path;
      const named = e.extensions?.field === field || e.message.includes(`"$${c.arg}"`);
      if (e.extensions?.code !== 'BAD_USER_INPUT' || !named) return `${e.extensions?.code} ${e.extensions?.field ?? ''}: ${e.message.slice(0, 120)}`;
      // Every refusal says which rule it applied (docs/error-reasons.md), so a client can explain it.
      if (typeof e.extensions?.reason !== 'string') return `no reason: ${e.message.slice(0, 120)}`;
      if (c.label === 'non-UUID id' && e.extensions.reason !== 'NOT_A_UUID') return `reason ${e.extensions.reason}, not NOT_A_UUID`;
    }
    return undefined;
  }

  it('refuses every malformed argument with BAD_USER_INPUT naming it, never an internal error, and writes nothing', async () => {
    const before = await rowCounts();
    const all = probes();
    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < all.length) {
        const p = all[next++];
        const res = await send(p.document, p.c.args, tokens[p.user]);
        const wrong = problem(res, p.c);
        if (wrong) failures.push(`${p.operation} ${p.c.path} (${p.c.label}) as ${p.user}: ${wrong}`);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    const after = await rowCounts();
    const written = Object.keys(after).filter((k) => after[k] !== before[k]).map((k) => `${k}: ${before[k]} -> ${after[k]}`);
    if (failures.length) console.log(`${failures.length} of ${all.length} malformed requests answered wrongly:\n${failures.sort().join('\n')}`);
    expect(all.length).toBeGreaterThan(600);
    expect(failures).toEqual([]);
    expect(written).toEqual([]);
  }, 120_000);

  it('answers malformed ids on the REST endpoints with 400 or 404, never 500', async () => {
    const csv = Buffer.from(`${LOTS_HEADER}\nP-1,W-2,500,SELF,2026-03-01,1.0,50,0,\n`);
    const requests: [string, (id: string, token: string) => Promise<{ status: number; request: { url: string } }>][] = [
      ['GET /files/:id', (id, token) => t.http.get(`/files/${id}`).set('authorization', `Bearer ${token}`)],
      ['GET /inspection-imports/:id/errors.csv', (id, token) => t.http.get(`/inspection-imports/${id}/errors.csv`).set('authorization', `Bearer ${token}`)],
      ['POST /inspection-imports', (id, token) => t.http.post(`/inspection-imports?chainId=${id}`).set('authorization', `Bearer ${token}`).attach('file', csv, 'lots.csv')],
    ];
    let sent = 0;
    for (const [user, token] of Object.entries(tokens)) {
      for (const [route, request] of requests.filter(([r]) => mayCallAs(user, r))) {
        for (const id of ['not-a-uuid', '1%27%20OR%20%271%27%3D%271', '%00']) {
          const res = (await request(id, token)) as { status: number; request: { url: string }; body: Record<string, unknown> };
          sent++;
          expect({ route, user, url: res.request.url, status: [400, 404].includes(res.status) ? 'refused' : res.status }).toEqual({ route, user, url: res.request.url, status: 'refused' });
          // A malformed id is named as such, in the same shape as GraphQL's extensions.
          if (res.status === 400) expect({ route, body: res.body }).toMatchObject({ route, body: { code: 'BAD_USER_INPUT', reason: 'NOT_A_UUID', field: expect.stringMatching(/^(id|chainId)$/) } });
        }
      }
    }
    expect(sent).toBeGreaterThanOrEqual(27); // every route is sent by at least three kinds of user
  });
});

describe('schema hints in production', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start({ env: { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-forty-characters!', PROFILE_SIGNING_KEY: newSigningKeyPem() } });
  });
  afterAll(() => t?.close());

  it('refuses a misspelt enum, argument or field without suggesting the right spelling', async () => {
    const answers = [
      await t.gql('query($l: RegionLevel) { regions(level: $l) { code } }', { l: 'PROVINCEE' }),
      await t.gql('query { regions(level: PROVINCEE) { code } }'),
      await t.gql('query { regions(levell: PROVINCE) { code } }'),
      await t.gql('query { regions { codee } }'),
    ];
    for (const res of answers) {
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const e of res.errors!) expect(e.message).not.toMatch(/did you mean|PROVINCE"|"code"|"level"/i);
    }
    // What was wrong is still said.
    expect(answers[0].errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(answers[0].errors![0].message).toContain('"$l"');
  });
});
