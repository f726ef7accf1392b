import { DataSource } from 'typeorm';
import { Organisation, Role, User } from '@chainq/identity';
import { chainLedBy, enterpriseWith, officeWith, randomUscc, TestEnterprise } from '../support/registry-fixtures';
import { SmtpInbox } from '../support/smtp-inbox';
import { eventually, PASSWORD, TestApp } from '../support/test-app';

const INVITE = `mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token expiresAt membership { id status tier supplierUscc } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken membership { id status enterprise { id name uscc sizeClass region { name } } } } }`;
const MEMBERSHIP = `query($chain: ID!) { industryChain(id: $chain) { name memberships { totalCount edges { node {
  id status tier enterprise { name certifications { scheme status } maturity { level } }
  latestQualification { decision decisionReasons } history { fromStatus toStatus reason } } } } } }`;

describe('supplier onboarding, end to end through the API', () => {
  let t: TestApp;
  let inbox: SmtpInbox;
  let admin: User;
  let leader: TestEnterprise;
  let coordinator: User;
  let clusterId: string;
  let chainId: string;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    t = await TestApp.start({ worker: true, env: { SMTP_URL: inbox.url } });
    ({ users: { [Role.PLATFORM_ADMIN]: admin } } = await officeOrPlatform(t));
    leader = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { regionCode: '320300' });
    const office = await officeWith(t, [Role.COORDINATOR]);
    coordinator = office.users[Role.COORDINATOR];
    const adminToken = await t.login(admin.email);
    const cluster = await t.gql(
      `mutation($input: CreateIndustryClusterInput!) { createIndustryCluster(input: $input) { id regionName } }`,
      { input: { name: 'Anping wire mesh', regionCode: '131125', industryCode: 'C3340', product: 'wire mesh', coordinatingOfficeId: office.office.id } },
      adminToken,
    );
    expect(cluster.data?.createIndustryCluster.regionName).toBe('安平县');
    clusterId = cluster.data?.createIndustryCluster.id;
    chainId = (await chainLedBy(t, leader, [clusterId])).id;
    const assigned = await t.gql(
      `mutation($input: AssignCoordinatorInput!) { assignCoordinator(input: $input) { regionCodes clusterIds } }`,
      { input: { userId: coordinator.id, regionCodes: [], clusterIds: [clusterId] } },
      adminToken,
    );
    expect(assigned.data?.assignCoordinator).toEqual({ regionCodes: [], clusterIds: [clusterId] });
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  it('invites a new supplier, which accepts, qualifies after one return, and is approved; a coordinator sees it all', async () => {
    const sqe = await t.login(leader.users[Role.QUALITY_ENGINEER].email);
    const uscc = randomUscc('131125');
    const invited = await t.gql(INVITE, { input: { chainId, uscc, email: 'boss@new-mesh.example', tier: 1, categories: ['wire mesh'] } }, sqe);
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteSupplier.membership).toMatchObject({ status: 'INVITED', tier: 1, supplierUscc: uscc });
    const token: string = invited.data?.inviteSupplier.token;

    // The worker e-mails the invitation (logged without SMTP); the job recomputes the same token.
    const organisationsBefore = await t.get(DataSource).getRepository(Organisation).count();

    const accepted = await t.gql(ACCEPT, {
      input: {
        token,
        account: { displayName: 'Boss of New Mesh', password: PASSWORD },
        enterprise: { name: 'Anping New Mesh Co., Ltd.', industryCode: 'C3340', regionCode: '131125', employees: 35, revenue10kCny: 1200 },
      },
    });
    expect(accepted.errors).toBeUndefined();
    const membership = accepted.data?.acceptInvitation.membership;
    expect(membership).toMatchObject({
      status: 'ONBOARDING',
      enterprise: { name: 'Anping New Mesh Co., Ltd.', uscc, sizeClass: 'SMALL', region: { name: '安平县' } },
    });
    expect(await t.get(DataSource).getRepository(Organisation).count()).toBe(organisationsBefore + 1);
    const supplier = accepted.data?.acceptInvitation.accessToken as string;
    const supplierId = membership.enterprise.id;

    // The same token cannot be used twice.
    const again = await t.gql(ACCEPT, { input: { token, account: { displayName: 'x', password: PASSWORD } } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(again.errors?.[0].message).toMatch(/already been used/);

    // The supplier, on its phone: certificate, self-assessment, qualification.
    const cert = await t.gql(
      `mutation($input: RecordCertificationInput!) { recordCertification(input: $input) { id status } }`,
      { input: { enterpriseId: supplierId, scheme: 'ISO_9001', number: 'Q-2026-0001', certificationBody: 'CQC', issuedOn: '2025-06-01', expiresOn: '2028-05-31', surveillanceDueOn: '2026-06-01' } },
      supplier,
    );
    expect(cert.errors).toBeUndefined();
    expect(cert.data?.recordCertification.status).toBe('VALID');
    const scores = ['COMPLIANCE_INTEGRITY', 'STRATEGY_RISK', 'RESOURCES', 'PRODUCT_IMPROVEMENT_SERVICE', 'PURCHASING_SUPPLIERS', 'PRODUCT_REALISATION', 'CUSTOMER_SATISFACTION', 'IMPROVEMENT_INNOVATION', 'DISTINCTIVE_FEATURES'].map((dimension) => ({ dimension, score: 2.5 }));
    const maturity = await t.gql(
      `mutation($input: SubmitMaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id level score } }`,
      { input: { enterpriseId: supplierId, scores } },
      supplier,
    );
    expect(maturity.data?.submitMaturityAssessment).toMatchObject({ level: 'EFFECTIVE', score: 2.5 });
    const submit = `mutation($input: SubmitQualificationInput!) { submitQualification(input: $input) { decision } }`;
    const qualification = { membershipId: membership.id, certificationIds: [cert.data?.recordCertification.id], maturityAssessmentId: maturity.data?.submitMaturityAssessment.id };
    expect((await t.gql(submit, { input: qualification }, supplier)).data?.submitQualification.decision).toBe('PENDING');

    // The leader returns it once, then approves the resubmission.
    const returned = await t.gql(
      `mutation($id: ID!, $r: [String!]!) { returnQualification(membershipId: $id, reasons: $r) { status } }`,
      { id: membership.id, r: ['Add the 2025 surveillance audit report'] },
      sqe,
    );
    expect(returned.data?.returnQualification.status).toBe('ONBOARDING');
    expect((await t.gql(submit, { input: qualification }, supplier)).data?.submitQualification.decision).toBe('PENDING');
    const approved = await t.gql(`mutation($id: ID!) { approveSupplier(membershipId: $id) { status } }`, { id: membership.id }, sqe);
    expect(approved.data?.approveSupplier.status).toBe('ACTIVE');

    // The supplier hears about it through the queue.
    const supplierInbox = await eventually(async () => {
      const r = await t.gql('{ notifications { edges { node { kind } } } }', {}, supplier);
      const kinds = r.data?.notifications.edges.map((e: { node: { kind: string } }) => e.node.kind) ?? [];
      return kinds.includes('QUALIFICATION_APPROVED') ? kinds : undefined;
    });
    expect(supplierInbox).toEqual(expect.arrayContaining(['QUALIFICATION_RETURNED', 'QUALIFICATION_APPROVED']));

    // The leader sees the whole story; the coordinator of the cluster sees the chain and its members.
    const seen = await t.gql(MEMBERSHIP, { chain: chainId }, sqe);
    const node = seen.data?.industryChain.memberships.edges[0].node;
    expect(node).toMatchObject({
      status: 'ACTIVE',
      enterprise: { name: 'Anping New Mesh Co., Ltd.', certifications: [{ scheme: 'ISO_9001', status: 'VALID' }], maturity: { level: 'EFFECTIVE' } },
      latestQualification: { decision: 'APPROVED' },
    });
    expect(node.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['INVITED', 'ONBOARDING', 'ACTIVE']);

    const coordinatorToken = await t.login(coordinator.email);
    const clusters = await t.gql('{ industryClusters { edges { node { id name memberCount } } } }', {}, coordinatorToken);
    expect(clusters.data?.industryClusters.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([clusterId]);
    const watched = await t.gql(MEMBERSHIP, { chain: chainId }, coordinatorToken);
    expect(watched.data?.industryChain.memberships.totalCount).toBe(1);
    const chains = await t.gql('{ industryChains { totalCount edges { node { id leader { name } } } } }', {}, coordinatorToken);
    expect(chains.data?.industryChains.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([chainId]);
  });

  it('e-mails the invitation from the worker with a token that accepts', async () => {
    const sqe = await t.login(leader.users[Role.QUALITY_ENGINEER].email);
    const uscc = randomUscc('131125');
    const invited = await t.gql(INVITE, { input: { chainId, uscc, email: 'qa@castings.example', tier: 1 } }, sqe);
    expect(invited.errors).toBeUndefined();
    // Only what reached the mailbox: the link to the web app's invitation page carries the token.
    const [mail] = await eventually(async () => inbox.to('qa@castings.example').length > 0 && inbox.to('qa@castings.example'));
    const link = /valid until \d{4}-\d{2}-\d{2}\):\s+(\S+)/.exec(mail.text)?.[1];
    expect(link).toMatch(/^http:\/\/localhost:\d+\/invitation\?token=/);
    const token = new URL(link!).searchParams.get('token')!;
    expect(token).toMatch(/^[0-9a-f-]{36}\.[\w-]+$/);
    const accepted = await t.gql(ACCEPT, {
      input: {
        token,
        account: { displayName: 'Boss of Castings', password: PASSWORD },
        enterprise: { name: 'Anping Castings Co., Ltd.', industryCode: 'C3340', regionCode: '131125' },
      },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.membership).toMatchObject({ id: invited.data?.inviteSupplier.membership.id, status: 'ONBOARDING', enterprise: { uscc } });
    expect(accepted.data?.acceptInvitation.accessToken).toEqual(expect.any(String));
  });
});

/** A platform organisation with its admin. */
async function officeOrPlatform(t: TestApp) {
  const { OrganisationKind } = await import('@chainq/identity');
  const { users } = await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN]);
  return { users: { [Role.PLATFORM_ADMIN]: users[0] } };
}

