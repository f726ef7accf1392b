import { DataSource } from 'typeorm';
import { Organisation, OrganisationKind, Role, User } from '@chainq/identity';
import { ChainMembership, IndustryChain, Invitation } from '@chainq/registry';
import { tableFingerprint } from '../support/operation-walk';
import { chainLedBy, enterpriseWith, officeWith, onboardSupplier, randomUscc, TestEnterprise } from '../support/registry-fixtures';
import { PASSWORD, TestApp } from '../support/test-app';

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const INVITE = `mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token membership { id } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id status } } }`;
const ENTERPRISE = 'query($id: ID!) { enterprise(id: $id) { id name } }';
const CHAIN = 'query($id: ID!) { industryChain(id: $id) { id memberships { totalCount edges { node { id enterprise { id } } } } } }';

/**
 * Every cell of the README's registry permission matrix, deny cases first.
 * L leads a chain drawing on cluster K; S1 and S2 are its active suppliers
 * (S1 also in K); L2 leads another chain; C1 watches K, C2 watches Shanxi.
 */
describe('registry permissions', () => {
  let t: TestApp;
  let admin: User;
  let L: TestEnterprise, L2: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise;
  let C1: User, C2: User;
  let chain: IndustryChain;
  let m1: string, m2: string;
  const tokens: Record<string, string> = {};
  const as = (who: string) => tokens[who];

  beforeAll(async () => {
    t = await TestApp.start();
    ({ users: [admin] } = await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN]));
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER], { regionCode: '320300' });
    L2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '410102' }); // a region no other test counts
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { regionCode: '131125' });
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '320382' });
    const offices = await officeWith(t, [Role.COORDINATOR]);
    C1 = offices.users[Role.COORDINATOR];
    C2 = (await officeWith(t, [Role.COORDINATOR])).users[Role.COORDINATOR];
    for (const [k, u] of Object.entries({ admin, L: L.users.ENTERPRISE_ADMIN, Lqe: L.users.QUALITY_ENGINEER, Lviewer: L.users.VIEWER, L2: L2.users.ENTERPRISE_ADMIN, S1: S1.users.ENTERPRISE_ADMIN, S2: S2.users.ENTERPRISE_ADMIN, C1, C2 })) {
      tokens[k] = await t.login(u.email);
    }
    const cluster = await t.gql(
      'mutation($input: CreateIndustryClusterInput!) { createIndustryCluster(input: $input) { id } }',
      { input: { name: 'K', regionCode: '131125', industryCode: 'C33', product: 'mesh', coordinatingOfficeId: offices.office.id } },
      as('admin'),
    );
    const clusterId = cluster.data?.createIndustryCluster.id;
    await t.gql('mutation($c: ID!, $e: [ID!]!) { addClusterMembers(clusterId: $c, enterpriseIds: $e) { id } }', { c: clusterId, e: [S1.enterprise.id] }, as('admin'));
    const assign = 'mutation($input: AssignCoordinatorInput!) { assignCoordinator(input: $input) { userId } }';
    await t.gql(assign, { input: { userId: C1.id, clusterIds: [clusterId] } }, as('admin'));
    await t.gql(assign, { input: { userId: C2.id, regionCodes: ['140000'] } }, as('admin'));
    chain = await chainLedBy(t, L, [clusterId]);
    await chainLedBy(t, L2);
    m1 = await onboard(S1, 'S1');
    m2 = await onboard(S2, 'S2');
  });
  afterAll(() => t.close());

  const onboard = async (s: TestEnterprise, who: string): Promise<string> => {
    const id = await onboardSupplier(t, chain.id, as('Lqe'), s);
    tokens[who] ??= await t.login(s.users.ENTERPRISE_ADMIN.email);
    return id;
  };

  describe('reads: outside one’s scope a thing does not exist', () => {
    it.each([
      ['a supplier, another supplier of the same chain', 'S1', () => S2.enterprise.id],
      ['another leader, a supplier', 'L2', () => S1.enterprise.id],
      ['a coordinator of another region, a supplier', 'C2', () => S1.enterprise.id],
      ['a coordinator of the cluster, a supplier outside it', 'C1', () => S2.enterprise.id],
    ])('%s: NOT_FOUND', async (_, who, id) => {
      const res = await t.gql(ENTERPRISE, { id: id() }, as(who));
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.errors?.[0].message).toBe('Enterprise not found');
    });

    it.each([['another leader', 'L2'], ['a coordinator of another region', 'C2']])('%s cannot see the chain', async (_, who) => {
      expect(codeOf(await t.gql(CHAIN, { id: chain.id }, as(who)))).toBe('NOT_FOUND');
    });

    it('a supplier sees only its own membership in the chain', async () => {
      const res = await t.gql(CHAIN, { id: chain.id }, as('S1'));
      expect(res.data?.industryChain.memberships.totalCount).toBe(1);
      expect(res.data?.industryChain.memberships.edges[0].node.enterprise.id).toBe(S1.enterprise.id);
    });

    it("finds one supplier's membership by its enterprise: the leader's staff any of the chain's, a supplier only its own", async () => {
      const ONE = 'query($id: ID!, $s: ID) { industryChain(id: $id) { memberships(supplierEnterpriseId: $s) { totalCount edges { node { id tier status enterprise { id } } } } } }';
      const one = async (who: string, supplier: TestEnterprise) => (await t.gql(ONE, { id: chain.id, s: supplier.enterprise.id }, as(who))).data?.industryChain.memberships;
      for (const who of ['L', 'Lviewer']) {
        expect(await one(who, S2)).toEqual({ totalCount: 1, edges: [{ node: { id: m2, tier: 1, status: 'ACTIVE', enterprise: { id: S2.enterprise.id } } }] });
      }
      expect((await one('S1', S1))?.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([m1]);
      expect(await one('S1', S2)).toEqual({ totalCount: 0, edges: [] });
      // The leader itself is no member of its own chain.
      expect(await one('L', L)).toEqual({ totalCount: 0, edges: [] });
    });

    it('lists only what each may see', async () => {
      const ids = async (who: string) =>
        ((await t.gql('{ enterprises(first: 100) { edges { node { id } } } }', {}, as(who))).data?.enterprises.edges ?? []).map((e: { node: { id: string } }) => e.node.id).sort();
      expect(await ids('S1')).toEqual([L.enterprise.id, S1.enterprise.id].sort());
      expect(await ids('L')).toEqual([L.enterprise.id, S1.enterprise.id, S2.enterprise.id].sort());
      expect(await ids('C1')).toEqual([S1.enterprise.id]);
      expect(await ids('C2')).toEqual([]);
      for (const e of [L, L2, S1, S2]) {
        expect((await t.gql(ENTERPRISE, { id: e.enterprise.id }, as('admin'))).data?.enterprise.id).toBe(e.enterprise.id);
      }
    });

    it('allows the cells the matrix allows', async () => {
      expect((await t.gql(ENTERPRISE, { id: L.enterprise.id }, as('S1'))).data?.enterprise.id).toBe(L.enterprise.id);
      expect((await t.gql(ENTERPRISE, { id: S1.enterprise.id }, as('C1'))).data?.enterprise.id).toBe(S1.enterprise.id);
      expect((await t.gql(CHAIN, { id: chain.id }, as('C1'))).data?.industryChain.memberships.totalCount).toBe(2);
      expect((await t.gql(CHAIN, { id: chain.id }, as('Lviewer'))).data?.industryChain.memberships.totalCount).toBe(2);
      const mine = await t.gql('{ myMemberships { id status chain { id } } }', {}, as('S2'));
      expect(mine.data?.myMemberships).toEqual([{ id: m2, status: 'ACTIVE', chain: { id: chain.id } }]);
    });

    it('answers myMemberships with an empty list, not a refusal, for a coordinator and a platform admin (the web app asks it of everyone signed in)', async () => {
      for (const who of ['C1', 'admin']) {
        const res = await t.gql('{ myMemberships { id } }', {}, as(who));
        expect(res.errors).toBeUndefined();
        expect(res.data?.myMemberships).toEqual([]);
      }
    });
  });

  describe('writes', () => {
    const invite = (who: string) => t.gql(INVITE, { input: { chainId: chain.id, uscc: randomUscc(), email: 'x@y.example', tier: 1 } }, as(who));

    it.each([
      ['a supplier of the chain', 'S1', 'FORBIDDEN'],
      ["the leader's viewer", 'Lviewer', 'FORBIDDEN'],
      ['the coordinator watching it', 'C1', 'FORBIDDEN'],
      ['another leader', 'L2', 'NOT_FOUND'],
    ])('%s cannot invite suppliers (%s)', async (_, who, code) => {
      const before = await t.get(DataSource).getRepository(ChainMembership).count();
      expect(codeOf(await invite(who))).toBe(code);
      expect(await t.get(DataSource).getRepository(ChainMembership).count()).toBe(before);
    });

    it.each([
      ['approve itself', 'S1', 'mutation($id: ID!) { approveSupplier(membershipId: $id) { id } }', () => ({ id: m1 }), 'FORBIDDEN'],
      ["suspend another supplier's membership", 'S1', 'mutation($id: ID!) { suspendSupplier(membershipId: $id, reason: "x") { id } }', () => ({ id: m2 }), 'NOT_FOUND'],
      ['create a cluster (coordinator)', 'C1', 'mutation { createIndustryCluster(input: { name: "x", regionCode: "131125", industryCode: "C", product: "x", coordinatingOfficeId: "00000000-0000-0000-0000-000000000000" }) { id } }', () => ({}), 'FORBIDDEN'],
      ['register an enterprise (leader)', 'L', 'mutation($u: String!) { createEnterprise(input: { name: "x", uscc: $u, industryCode: "C", regionCode: "320300" }) { id } }', () => ({ u: randomUscc() }), 'FORBIDDEN'],
      ['assign a coordinator (leader)', 'L', 'mutation($id: ID!) { assignCoordinator(input: { userId: $id, regionCodes: ["130000"] }) { userId } }', () => ({ id: C2.id }), 'FORBIDDEN'],
      ["record a certificate for another supplier", 'S1', 'mutation($e: ID!) { recordCertification(input: { enterpriseId: $e, scheme: ISO_9001, number: "n", certificationBody: "b", issuedOn: "2025-01-01", expiresOn: "2028-01-01" }) { id } }', () => ({ e: S2.enterprise.id }), 'NOT_FOUND'],
      ["record a certificate for its leader", 'S1', 'mutation($e: ID!) { recordCertification(input: { enterpriseId: $e, scheme: ISO_9001, number: "n", certificationBody: "b", issuedOn: "2025-01-01", expiresOn: "2028-01-01" }) { id } }', () => ({ e: L.enterprise.id }), 'FORBIDDEN'],
      ["change its leader's enterprise", 'S1', 'mutation($e: ID!) { updateEnterprise(id: $e, input: { employees: 1 }) { id } }', () => ({ e: L.enterprise.id }), 'FORBIDDEN'],
      ['create a chain for another enterprise', 'L2', 'mutation($e: ID!) { createIndustryChain(input: { name: "x", leaderEnterpriseId: $e, industryCode: "C" }) { id } }', () => ({ e: S1.enterprise.id }), 'FORBIDDEN'],
    ])('may not %s (%s), and nothing changes', async (_, who, query, vars, code) => {
      const before = await tableFingerprint(t.get(DataSource));
      expect(codeOf(await t.gql(query, vars(), as(who)))).toBe(code);
      expect(await tableFingerprint(t.get(DataSource))).toEqual(before);
    });

    it('refuses an illegal transition, naming the current status', async () => {
      const suspend = 'mutation($id: ID!) { suspendSupplier(membershipId: $id, reason: "late deliveries") { status } }';
      expect((await t.gql(suspend, { id: m1 }, as('Lqe'))).data?.suspendSupplier.status).toBe('SUSPENDED');
      const again = await t.gql(suspend, { id: m1 }, as('Lqe'));
      expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentStatus: 'SUSPENDED' } });
      expect(again.errors?.[0].message).toMatch(/Cannot suspend a membership that is SUSPENDED; it must be ACTIVE/);
      const back = await t.gql('mutation($id: ID!) { reinstateSupplier(membershipId: $id) { status } }', { id: m1 }, as('Lqe'));
      expect(back.data?.reinstateSupplier.status).toBe('ACTIVE');
    });

    it('lets a supplier admin leave a chain, recorded in its history', async () => {
      const { S3, m3 } = await (async () => {
        const S3 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
        tokens.S3 = await t.login(S3.users.ENTERPRISE_ADMIN.email);
        return { S3, m3: await onboard(S3, 'S3') };
      })();
      const left = await t.gql('mutation($id: ID!) { exitSupplier(membershipId: $id, reason: "closing the line") { status history { toStatus reason } } }', { id: m3 }, as('S3'));
      expect(left.data?.exitSupplier.status).toBe('EXITED');
      expect(left.data?.exitSupplier.history.at(-1)).toEqual({ toStatus: 'EXITED', reason: 'closing the line' });
      expect(S3.enterprise.id).toBeDefined();
    });
  });

  describe('bad input changes nothing', () => {
    const counts = async () => ({
      organisations: await t.get(DataSource).getRepository(Organisation).count(),
      users: await t.get(DataSource).getRepository(User).count(),
    });
    const create = (input: Record<string, unknown>) =>
      t.gql('mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id sizeClass } }', { input: { name: 'Valid Name', industryCode: 'C3670', regionCode: '320300', ...input } }, as('admin'));

    it('names a wrong USCC check character, an unknown region and a malformed industry code', async () => {
      const good = randomUscc();
      const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      const uscc = await create({ uscc: bad });
      expect(uscc.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'USCC_CHECK_CHARACTER', field: 'uscc' });
      expect((await create({ uscc: good.slice(0, 17) })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'USCC_FORMAT', field: 'uscc' });
      expect(uscc.errors?.[0].message).toMatch(/check character should be/);
      const region = await create({ uscc: good, regionCode: '999999' });
      expect(region.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REGION', field: 'regionCode' });
      const industry = await create({ uscc: good, industryCode: 'A30' });
      expect(industry.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INDUSTRY_CODE_INVALID', field: 'industryCode' });
      expect((await create({ uscc: good, employees: 350, revenue10kCny: 25000 })).data?.createEnterprise.sizeClass).toBe('MEDIUM');
      const before = await counts();
      const dup = await create({ uscc: good });
      expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'USCC_ALREADY_REGISTERED', field: 'uscc' });
      expect(await counts()).toEqual(before);
    });

    it('refuses forged, expired and misdirected invitations without writing anything', async () => {
      const inv = await t.gql(INVITE, { input: { chainId: chain.id, uscc: (await t.get(DataSource).getRepository(Organisation).findOneByOrFail({ id: L2.enterprise.id })).uscc, email: 'boss@l2.example', tier: 1 } }, as('Lqe'));
      const token: string = inv.data?.inviteSupplier.token;
      const before = await counts();
      const account = { displayName: 'Intruder', password: PASSWORD };
      const forged = await t.gql(ACCEPT, { input: { token: token.slice(0, -4) + 'AAAA', account } });
      expect(forged.errors?.[0]).toMatchObject({ message: 'token: is not a valid invitation token', extensions: { code: 'BAD_USER_INPUT' } });
      // L2 already uses ChainQ: an anonymous caller cannot take it over with the token.
      const takeover = await t.gql(ACCEPT, { input: { token, account } });
      expect(codeOf(takeover)).toBe('FORBIDDEN');
      expect(takeover.errors?.[0].message).toMatch(/sign in as its enterprise admin/);
      await t.get(DataSource).getRepository(Invitation).update({ id: token.split('.')[0] }, { expiresAt: new Date(Date.now() - 1000) });
      const expired = await t.gql(ACCEPT, { input: { token } }, as('L2'));
      expect(expired.errors?.[0].message).toMatch(/expired/);
      expect(await counts()).toEqual(before);
      const membership = await t.get(DataSource).getRepository(ChainMembership).findOneByOrFail({ id: inv.data?.inviteSupplier.membership.id });
      expect(membership.status).toBe('INVITED');
    });

    it('refuses a tier-2 invitation without the member it supplies, and a duplicate invitation', async () => {
      const tier2 = await t.gql(INVITE, { input: { chainId: chain.id, uscc: randomUscc(), email: 'a@b.example', tier: 2 } }, as('Lqe'));
      expect(tier2.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentMembershipId' });
      const uscc = (await t.get(DataSource).getRepository(Organisation).findOneByOrFail({ id: S2.enterprise.id })).uscc;
      const dup = await t.gql(INVITE, { input: { chainId: chain.id, uscc, email: 'a@b.example', tier: 1 } }, as('Lqe'));
      expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'ACTIVE' });
    });
  });
});
