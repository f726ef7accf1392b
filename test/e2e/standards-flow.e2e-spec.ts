import { DataSource } from 'typeorm';
import { Role, User } from '@chainq/identity';
import { Notification } from '@chainq/notifications';
import { DeadlineService, StandardAcknowledgement } from '@chainq/standards';
import { chainLedBy, enterpriseWith, officeWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { inDays, publishedStandard, publishRevision } from '../support/standards-fixtures';
import { eventually, TestApp } from '../support/test-app';

const INBOX = `{ myStandardAcknowledgements { id status dueOn overdue standard { number } revision { version changeSummary document { downloadPath } } } }`;
const DISTRIBUTIONS = `query($chain: ID) { standardDistributions(chainId: $chain) { id audience revision { version }
  stats { recipients pending acknowledged adopted deviations superseded overdue } acknowledgements { status recipient { id } } } }`;
const DISTRIBUTE = 'mutation($i: DistributeStandardRevisionInput!) { distributeStandardRevision(input: $i) { id } }';
const ACT = (op: string, extra = '') => `mutation($id: ID!) { ${op}(acknowledgementId: $id${extra}) { id status } }`;

describe('standards along a chain', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise, S3: TestEnterprise, S4: TestEnterprise;
  let leader: string, s1: string, s2: string, s3: string, s4: string;
  let chainId: string;
  let m1: string, m3: string;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    [S1, S2, S3, S4] = await Promise.all([1, 2, 3, 4].map(() => enterpriseWith(t, [Role.ENTERPRISE_ADMIN])));
    chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    m1 = await onboardSupplier(t, chainId, leader, S1);
    await onboardSupplier(t, chainId, leader, S2, { tier: 2, parentMembershipId: m1 });
    m3 = await onboardSupplier(t, chainId, leader, S3, { approve: false });
    await onboardSupplier(t, chainId, leader, S4);
    [s1, s2, s3, s4] = await Promise.all([S1, S2, S3, S4].map((s) => t.login(s.users.ENTERPRISE_ADMIN.email)));
  });
  afterAll(() => t.close());

  const inbox = async (token: string) => (await t.gql(INBOX, {}, token)).data?.myStandardAcknowledgements as { id: string; status: string; revision: { version: string; changeSummary: string } }[];

  it('runs the whole cycle: distribute, acknowledge, adopt, deviate, late joiner, supersede, with right figures', async () => {
    const { standardId, revisionId, number } = await publishedStandard(t, leader, 'Q/HX 001-2024');
    expect(number).toBe('Q/HX 001-2024');

    // Deny first: a supplier cannot distribute the leader's standard.
    const denied = await t.gql(DISTRIBUTE, { i: { revisionId, chainId, audience: 'ALL_ACTIVE', dueOn: inDays(10) } }, s1);
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const sent = await t.gql(DISTRIBUTE, { i: { revisionId, chainId, audience: 'ALL_ACTIVE', dueOn: inDays(10) } }, leader);
    expect(sent.errors).toBeUndefined();
    const [a1] = await inbox(s1);
    const [a2] = await inbox(s2);
    expect(a1).toMatchObject({ status: 'PENDING', revision: { version: 'A', changeSummary: 'First issue' } });
    expect(await inbox(s3)).toEqual([]); // still onboarding

    // A supplier acts only on its own acknowledgement.
    expect((await t.gql(ACT('acknowledgeStandard'), { id: a2.id }, s1)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(ACT('acknowledgeStandard'), { id: a1.id }, s1)).data?.acknowledgeStandard.status).toBe('ACKNOWLEDGED');
    expect((await t.gql(ACT('adoptStandard'), { id: a1.id }, s1)).data?.adoptStandard.status).toBe('ADOPTED');
    const deviation = await t.gql(ACT('requestStandardDeviation', ', reason: "Our furnace cannot reach 1,050 °C"'), { id: a2.id }, s2);
    expect(deviation.data?.requestStandardDeviation.status).toBe('DEVIATION_REQUESTED');

    // Only the owner decides, and only once.
    const decide = 'mutation($id: ID!, $a: Boolean!) { decideStandardDeviation(acknowledgementId: $id, accept: $a, comment: "Use the annealing route instead") { status decisionComment } }';
    expect((await t.gql(decide, { id: a2.id, a: true }, s2)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(decide, { id: a2.id, a: false }, leader)).data?.decideStandardDeviation).toEqual({ status: 'DEVIATION_REJECTED', decisionComment: 'Use the annealing route instead' });
    const twice = await t.gql(decide, { id: a2.id, a: true }, leader);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'DEVIATION_REJECTED' });

    // The history of answers says who distributed, who answered and who decided, by name.
    const history = (await t.gql('{ myStandardAcknowledgements { id history { toStatus note actorName } } }', {}, s2)).data?.myStandardAcknowledgements[0].history;
    expect(history).toEqual([
      { toStatus: 'PENDING', note: null, actorName: L.users.QUALITY_ENGINEER.displayName },
      { toStatus: 'DEVIATION_REQUESTED', note: 'Our furnace cannot reach 1,050 °C', actorName: S2.users.ENTERPRISE_ADMIN.displayName },
      { toStatus: 'DEVIATION_REJECTED', note: 'Use the annealing route instead', actorName: L.users.QUALITY_ENGINEER.displayName },
    ]);

    // S3 qualifies later and receives the standard through the worker.
    await t.gql('mutation($id: ID!) { approveSupplier(membershipId: $id) { status } }', { id: m3 }, leader);
    const [a3] = await eventually(async () => ((await inbox(s3)).length ? inbox(s3) : undefined));
    expect(a3).toMatchObject({ status: 'PENDING', revision: { version: 'A' } });

    const stats = async () => (await t.gql(DISTRIBUTIONS, { chain: chainId }, leader)).data?.standardDistributions;
    expect((await stats())[0].stats).toEqual({ recipients: 4, pending: 2, acknowledged: 0, adopted: 1, deviations: 1, superseded: 0, overdue: 0 });
    // A supplier sees the distribution addressed to it, counting only itself.
    const own = (await t.gql(DISTRIBUTIONS, { chain: chainId }, s1)).data?.standardDistributions;
    expect(own).toHaveLength(1);
    expect(own[0].stats.recipients).toBe(1);
    expect(own[0].acknowledgements).toEqual([{ status: 'ADOPTED', recipient: { id: S1.enterprise.id } }]);

    // Revision B supersedes the open answers and asks everyone again, showing what changed.
    const revisionB = await publishRevision(t, leader, standardId, 'B', 'Hardness range narrowed to 200-230 HB');
    await t.gql(DISTRIBUTE, { i: { revisionId: revisionB, chainId, audience: 'ALL_ACTIVE', dueOn: inDays(20) } }, leader);
    const s3Inbox = await inbox(s3);
    expect(s3Inbox.map((a) => [a.revision.version, a.status])).toEqual([['B', 'PENDING'], ['A', 'SUPERSEDED']]);
    expect(s3Inbox[0].revision.changeSummary).toBe('Hardness range narrowed to 200-230 HB');
    expect((await inbox(s1)).map((a) => [a.revision.version, a.status])).toEqual([['B', 'PENDING'], ['A', 'ADOPTED']]);
    expect((await inbox(s2)).map((a) => a.status)).toEqual(['PENDING', 'SUPERSEDED']);
    const [latest, first] = await stats();
    expect(latest.revision.version).toBe('B');
    expect(latest.stats).toMatchObject({ recipients: 4, pending: 4 });
    expect(first.stats).toMatchObject({ recipients: 4, adopted: 1, pending: 0, superseded: 3, deviations: 0 });
    expect(m1).toBeDefined();
  });

  it('sends to chosen tiers or memberships only, and names unknown recipients', async () => {
    const { revisionId } = await publishedStandard(t, leader, 'Q/HX 002-2024');
    await t.gql(DISTRIBUTE, { i: { revisionId, chainId, audience: 'TIERS', tiers: [2], dueOn: inDays(5) } }, leader);
    const numbers = async (token: string) => (await inbox(token)).map((a) => (a as unknown as { standard: { number: string } }).standard.number);
    expect(await numbers(s2)).toContain('Q/HX 002-2024');
    expect(await numbers(s1)).not.toContain('Q/HX 002-2024');
    const other = await chainLedBy(t, await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]));
    const unknown = await t.gql(DISTRIBUTE, { i: { revisionId, chainId, audience: 'MEMBERSHIPS', membershipIds: [other.id], dueOn: inDays(5) } }, leader);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'membershipIds[0]' });
    const past = await t.gql(DISTRIBUTE, { i: { revisionId, chainId, audience: 'ALL_ACTIVE', dueOn: '2020-01-01' } }, leader);
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dueOn' });
  });

  it('reminds before the due date and escalates after it, once each however often the job runs', async () => {
    const { revisionId } = await publishedStandard(t, leader, 'Q/HX 003-2024');
    const due = inDays(2);
    await t.gql(DISTRIBUTE, { i: { revisionId, chainId, audience: 'MEMBERSHIPS', membershipIds: [m1], dueOn: due } }, leader);
    const deadlines = t.get(DeadlineService);
    const kinds = async (user: User) => (await t.get(DataSource).getRepository(Notification).findBy({ recipientUserId: user.id })).map((n) => n.kind).filter((k) => ['STANDARD_DUE_SOON', 'STANDARD_OVERDUE', 'STANDARD_OVERDUE_RECIPIENT'].includes(k));
    const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000);
    await deadlines.run(daysAhead(0));
    await deadlines.run(daysAhead(1));
    const ack = await t.get(DataSource).getRepository(StandardAcknowledgement).findOneByOrFail({ revisionId, recipientEnterpriseId: S1.enterprise.id });
    expect(ack.remindedAt).not.toBeNull();
    await Promise.all([deadlines.run(daysAhead(3)), deadlines.run(daysAhead(3)), deadlines.run(daysAhead(4))]);
    // The notices travel through the outbox and the worker; then nothing more comes.
    await t.settled();
    expect((await kinds(S1.users.ENTERPRISE_ADMIN)).sort()).toEqual(['STANDARD_DUE_SOON', 'STANDARD_OVERDUE']);
    expect(await kinds(L.users.QUALITY_ENGINEER)).toEqual(['STANDARD_OVERDUE_RECIPIENT']);
    expect(await kinds(L.users.ENTERPRISE_ADMIN)).toEqual(['STANDARD_OVERDUE_RECIPIENT']);
    expect(s4).toBeDefined();
  });

  it('sends a group standard to a cluster, and to enterprises that join it later', async () => {
    const { office, users } = await officeWith(t, [Role.COORDINATOR]);
    const admin = (await t.organisationWithUsers((await import('@chainq/identity')).OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN])).users[0];
    const adminToken = await t.login(admin.email);
    const cluster = await t.gql('mutation($i: CreateIndustryClusterInput!) { createIndustryCluster(input: $i) { id } }', { i: { name: 'Mesh', regionCode: '131125', industryCode: 'C3340', product: 'mesh', coordinatingOfficeId: office.id } }, adminToken);
    const clusterId = cluster.data?.createIndustryCluster.id;
    const addMembers = 'mutation($c: ID!, $e: [ID!]!) { addClusterMembers(clusterId: $c, enterpriseIds: $e) { id } }';
    await t.gql(addMembers, { c: clusterId, e: [S1.enterprise.id] }, adminToken);
    await t.gql('mutation($i: AssignCoordinatorInput!) { assignCoordinator(input: $i) { userId } }', { i: { userId: users.COORDINATOR.id, clusterIds: [clusterId] } }, adminToken);
    const coordinator = await t.login(users.COORDINATOR.email);
    const { revisionId } = await publishedStandard(t, coordinator, 'T/AP 12-2025');
    const chainTry = await t.gql(DISTRIBUTE, { i: { revisionId, chainId, audience: 'ALL_ACTIVE', dueOn: inDays(30) } }, coordinator);
    expect(chainTry.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(DISTRIBUTE, { i: { revisionId, clusterId, audience: 'CLUSTER', dueOn: inDays(30) } }, coordinator)).errors).toBeUndefined();
    await t.gql(addMembers, { c: clusterId, e: [S2.enterprise.id] }, adminToken);
    await eventually(async () => (await inbox(s2)).some((a) => (a as unknown as { standard: { number: string } }).standard.number === 'T/AP 12-2025'));
    const watched = (await t.gql('query($c: ID) { standardDistributions(clusterId: $c) { stats { recipients pending } } }', { c: clusterId }, coordinator)).data?.standardDistributions;
    expect(watched).toEqual([{ stats: { recipients: 2, pending: 2 } }]);
  });
});
