import { APP_CONFIG, AppConfig } from '@chainq/core';
import { Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, onboardSupplier } from '../support/registry-fixtures';
import { GraphQLResult, TestApp } from '../support/test-app';

/**
 * The cost limit against the real API: documented pages of 100 run; nested
 * pages and aliased heavy pages are refused before anything runs, with the
 * cost and the limit as numbers.
 */
describe('query cost limit', () => {
  let t: TestApp;
  let leader: string;
  let chainId: string;
  let limit: number;

  beforeAll(async () => {
    t = await TestApp.start();
    limit = t.app.get<AppConfig>(APP_CONFIG).graphql.maxCost;
    const L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users[Role.QUALITY_ENGINEER].email);
    await onboardSupplier(t, chainId, leader, await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]));
  });
  afterAll(() => t?.close());

  const expectRefused = (res: GraphQLResult) => {
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    const extensions = res.errors?.[0].extensions;
    expect(extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_COMPLEX', limit, cost: expect.any(Number) });
    expect(extensions?.cost).toBeGreaterThan(limit);
    expect(res.errors?.[0].message).toBe(`The query's cost is ${extensions?.cost}, over the limit of ${limit}`);
  };

  it('refuses lists of 100 nested three levels deep', async () => {
    expectRefused(
      await t.gql('{ industryChains(first: 100) { edges { node { memberships(first: 100) { edges { node { enterprise { certifications { id } } } } } } } } }', {}, leader),
    );
  });

  it('refuses the same nesting when the page sizes come in variables', async () => {
    const q = 'query($n: Int) { industryChains(first: $n) { edges { node { memberships(first: $n) { edges { node { id enterprise { id } } } } } } } }';
    expectRefused(await t.gql(q, { n: 100 }, leader));
    const small = await t.gql(q, { n: 5 }, leader);
    expect(small.errors).toBeUndefined();
    expect(small.status).toBe(200);
  });

  it('refuses 15 aliases of a heavy page', async () => {
    const page = 'correctiveActions(first: 100) { edges { node { id issue { id title } supplier { id name } steps { step status } } } }';
    expectRefused(await t.gql(`{ ${Array.from({ length: 15 }, (_, i) => `a${i}: ${page}`).join(' ')} }`, {}, leader));
  });

  it('runs memberships(first: 100) with enterprise, certificates and maturity', async () => {
    const res = await t.gql<{ industryChain: { memberships: { edges: { node: { enterprise: { maturity: { level: string } } } }[] } } }>(
      `query($id: ID!) { industryChain(id: $id) { memberships(first: 100) { totalCount edges { node { id status
        enterprise { id name certifications { id scheme number expiresOn status } maturity { id level score dimensionScores { dimension score } } } } } } } }`,
      { id: chainId },
      leader,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.industryChain.memberships.edges).toHaveLength(1);
    expect(res.data?.industryChain.memberships.edges[0].node.enterprise.maturity.level).toEqual(expect.any(String));
  });

  it('runs correctiveActions(first: 100) with issue, supplier and steps', async () => {
    const res = await t.gql(
      '{ correctiveActions(first: 100) { totalCount edges { node { id status issue { id title severity } supplier { id name } steps { step status dueAt submittedAt } } } } }',
      {},
      leader,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.correctiveActions).toMatchObject({ totalCount: 0, edges: [] });
  });
});
