import { OrganisationKind, OrganisationService, Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { TestApp } from '../support/test-app';

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const INVITE = `mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token membership { id status enterprise { id } } } }`;
const ENTERPRISE = 'query($id: ID!) { enterprise(id: $id) { id name employees revenue10kCny certifications { number } maturity { level } maturityHistory { id } } }';
const LIST = '{ enterprises(first: 100) { edges { node { id } } } }';
const MEMBERS = `query($chain: ID!) { industryChain(id: $chain) { memberships { edges { node {
  id status supplierUscc invitation { email expiresAt acceptedAt }
  enterprise { id name employees revenue10kCny certifications { number } maturity { level } maturityHistory { id } } } } } } }`;
const USERS = 'query($org: ID!) { users(organisationId: $org) { totalCount } }';
const SCORES = ['COMPLIANCE_INTEGRITY', 'STRATEGY_RISK', 'RESOURCES', 'PRODUCT_IMPROVEMENT_SERVICE', 'PURCHASING_SUPPLIERS', 'PRODUCT_REALISATION', 'CUSTOMER_SATISFACTION', 'IMPROVEMENT_INNOVATION', 'DISTINCTIVE_FEATURES'].map(
  (dimension) => ({ dimension, score: 4 }),
);

/**
 * An inviter learns nothing about an existing enterprise from inviting it:
 * until the supplier accepts, the leader has the invitation (USCC, contact
 * e-mail, dates) and nothing of the enterprise's own record.
 */
describe('an invitation nobody accepted exposes nothing', () => {
  let t: TestApp;
  let L: TestEnterprise, S: TestEnterprise;
  let chainId: string;
  let leader: string, supplier: string;
  let usccOfS: string;
  let membershipId: string;
  let invitationToken: string;

  const membershipNode = async () => {
    const res = await t.gql(MEMBERS, { chain: chainId }, leader);
    expect(res.errors).toBeUndefined();
    return res.data?.industryChain.memberships.edges.map((e: { node: { id: string } }) => e.node).find((n: { id: string }) => n.id === membershipId);
  };
  const listed = async (token: string) => ((await t.gql(LIST, {}, token)).data?.enterprises.edges ?? []).map((e: { node: { id: string } }) => e.node.id);

  beforeAll(async () => {
    t = await TestApp.start();
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '320300' });
    S = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '131125', employees: 88, revenue10kCny: 4321 });
    chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users.ENTERPRISE_ADMIN.email);
    supplier = await t.login(S.users.ENTERPRISE_ADMIN.email);
    usccOfS = (await t.get(OrganisationService).findById(S.enterprise.id))!.uscc!;
    // S keeps its own certificate and self-assessment, as any enterprise on ChainQ.
    const cert = await t.gql(
      'mutation($input: RecordCertificationInput!) { recordCertification(input: $input) { id } }',
      { input: { enterpriseId: S.enterprise.id, scheme: 'ISO_9001', number: 'SECRET-CERT-1', certificationBody: 'CQC', issuedOn: '2025-01-01', expiresOn: '2028-01-01' } },
      supplier,
    );
    expect(cert.errors).toBeUndefined();
    const maturity = await t.gql('mutation($input: SubmitMaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }', { input: { enterpriseId: S.enterprise.id, scores: SCORES } }, supplier);
    expect(maturity.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('before the invitation the leader cannot see the enterprise', async () => {
    expect(codeOf(await t.gql(ENTERPRISE, { id: S.enterprise.id }, leader))).toBe('NOT_FOUND');
  });

  describe('while the membership is INVITED', () => {
    beforeAll(async () => {
      const inv = await t.gql(INVITE, { input: { chainId, uscc: usccOfS, email: 'contact@s.example', tier: 1 } }, leader);
      expect(inv.errors).toBeUndefined();
      membershipId = inv.data?.inviteSupplier.membership.id;
      invitationToken = inv.data?.inviteSupplier.token;
      // Even the invitation's own answer names no enterprise.
      expect(inv.data?.inviteSupplier.membership).toMatchObject({ status: 'INVITED', enterprise: null });
    });

    it('enterprise(id) answers NOT_FOUND to the leader', async () => {
      const res = await t.gql(ENTERPRISE, { id: S.enterprise.id }, leader);
      expect(codeOf(res)).toBe('NOT_FOUND');
      expect(res.data).toBeNull();
    });

    it('the enterprises list leaves it out', async () => {
      expect(await listed(leader)).toEqual([L.enterprise.id]);
    });

    it('the membership shows the invitation (USCC, contact, dates) and no enterprise', async () => {
      const node = await membershipNode();
      expect(node).toMatchObject({ status: 'INVITED', supplierUscc: usccOfS, invitation: { email: 'contact@s.example', acceptedAt: null }, enterprise: null });
      expect(new Date(node.invitation.expiresAt).getTime()).toBeGreaterThan(Date.now());
    });

    it("the leader cannot read its users nor write its certificates or self-assessment", async () => {
      expect(codeOf(await t.gql(USERS, { org: S.enterprise.id }, leader))).toBe('NOT_FOUND');
      const cert = await t.gql(
        'mutation($input: RecordCertificationInput!) { recordCertification(input: $input) { id } }',
        { input: { enterpriseId: S.enterprise.id, scheme: 'ISO_9001', number: 'PROBE', certificationBody: 'x', issuedOn: '2025-01-01', expiresOn: '2028-01-01' } },
        leader,
      );
      expect(codeOf(cert)).toBe('NOT_FOUND');
      expect(codeOf(await t.gql('mutation($input: SubmitMaturityAssessmentInput!) { submitMaturityAssessment(input: $input) { id } }', { input: { enterpriseId: S.enterprise.id, scores: SCORES } }, leader))).toBe('NOT_FOUND');
    });

    it('the invited enterprise does not see the leader either, but sees its invitation', async () => {
      expect(codeOf(await t.gql(ENTERPRISE, { id: L.enterprise.id }, supplier))).toBe('NOT_FOUND');
      expect(await listed(supplier)).toEqual([S.enterprise.id]);
      const mine = await t.gql('{ myMemberships { id status enterprise { id } } }', {}, supplier);
      expect(mine.data?.myMemberships).toEqual([{ id: membershipId, status: 'INVITED', enterprise: { id: S.enterprise.id } }]);
    });

    it('a platform admin still sees everything', async () => {
      const { users } = await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN]);
      const admin = await t.login(users[0].email);
      const res = await t.gql(ENTERPRISE, { id: S.enterprise.id }, admin);
      expect(res.data?.enterprise).toMatchObject({ id: S.enterprise.id, employees: 88 });
    });
  });

  describe('after the supplier accepts', () => {
    beforeAll(async () => {
      const accepted = await t.gql('mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { status } } }', { input: { token: invitationToken } }, supplier);
      expect(accepted.data?.acceptInvitation.membership.status).toBe('ONBOARDING');
    });

    it('the leader reads its record, certificates and maturity', async () => {
      const res = await t.gql(ENTERPRISE, { id: S.enterprise.id }, leader);
      expect(res.data?.enterprise).toMatchObject({ employees: 88, revenue10kCny: 4321, certifications: [{ number: 'SECRET-CERT-1' }], maturity: { level: 'LEADING' } });
      expect(await listed(leader)).toEqual(expect.arrayContaining([S.enterprise.id]));
      const node = await membershipNode();
      expect(node).toMatchObject({ status: 'ONBOARDING', enterprise: { id: S.enterprise.id, employees: 88, certifications: [{ number: 'SECRET-CERT-1' }] }, invitation: { email: 'contact@s.example' } });
      expect(node.invitation.acceptedAt).not.toBeNull();
      expect((await t.gql(ENTERPRISE, { id: L.enterprise.id }, supplier)).data?.enterprise.id).toBe(L.enterprise.id);
    });

    it('a suspended supplier stays visible; one that exited does not', async () => {
      const S3 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
      const m3 = await onboardSupplier(t, chainId, leader, S3);
      const suspended = await t.gql('mutation($id: ID!) { suspendSupplier(membershipId: $id, reason: "late") { status } }', { id: m3 }, leader);
      expect(suspended.data?.suspendSupplier.status).toBe('SUSPENDED');
      expect((await t.gql(ENTERPRISE, { id: S3.enterprise.id }, leader)).data?.enterprise.id).toBe(S3.enterprise.id);

      const left = await t.gql('mutation($id: ID!) { exitSupplier(membershipId: $id, reason: "closing") { status } }', { id: membershipId }, supplier);
      expect(left.data?.exitSupplier.status).toBe('EXITED');
      expect(codeOf(await t.gql(ENTERPRISE, { id: S.enterprise.id }, leader))).toBe('NOT_FOUND');
      expect(await listed(leader)).not.toContain(S.enterprise.id);
      // The leader keeps its own record of the membership: USCC, invitation and history.
      expect(await membershipNode()).toMatchObject({ status: 'EXITED', supplierUscc: usccOfS, enterprise: null });
    });

    it("after an exit, the leader's 8D with that supplier names it but no longer shows its record", async () => {
      const S4 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '131125', employees: 77, revenue10kCny: 1234 });
      const m4 = await onboardSupplier(t, chainId, leader, S4);
      const s4 = await t.login(S4.users.ENTERPRISE_ADMIN.email);
      const cert = await t.gql(
        'mutation($input: RecordCertificationInput!) { recordCertification(input: $input) { id } }',
        { input: { enterpriseId: S4.enterprise.id, scheme: 'ISO_9001', number: 'S4-CERT', certificationBody: 'CQC', issuedOn: '2025-01-01', expiresOn: '2028-01-01' } },
        s4,
      );
      expect(cert.errors).toBeUndefined();
      const issue = await t.gql(
        'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { correctiveActions { edges { node { id } } } } }',
        { i: { chainId, title: 'Burrs', description: 'Found at incoming inspection', defectCode: 'SUR-BUR', severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3600_000).toISOString(), supplierEnterpriseIds: [S4.enterprise.id] } },
        leader,
      );
      expect(issue.errors).toBeUndefined();
      const actionId = issue.data?.reportQualityIssue.correctiveActions.edges[0].node.id;
      const SUPPLIER = 'query($id: ID!) { correctiveAction(id: $id) { supplier { id name uscc employees revenue10kCny sizeClass certifications { number } maturity { level } maturityHistory { id } } } }';
      const shared = (await t.gql(SUPPLIER, { id: actionId }, leader)).data?.correctiveAction.supplier;
      expect(shared).toMatchObject({ id: S4.enterprise.id, employees: 77, revenue10kCny: 1234, certifications: [{ number: 'S4-CERT' }] });
      expect(shared.maturityHistory.length).toBe(1);

      const left = await t.gql('mutation($id: ID!) { exitSupplier(membershipId: $id, reason: "closing") { status } }', { id: m4 }, s4);
      expect(left.data?.exitSupplier.status).toBe('EXITED');
      const card = await t.gql(SUPPLIER, { id: actionId }, leader);
      expect(card.errors).toBeUndefined();
      expect(card.data?.correctiveAction.supplier).toEqual({ id: S4.enterprise.id, name: shared.name, uscc: shared.uscc, employees: null, revenue10kCny: null, sizeClass: null, certifications: [], maturity: null, maturityHistory: [] });
      // The supplier still sees its own record on the same 8D.
      expect((await t.gql(SUPPLIER, { id: actionId }, s4)).data?.correctiveAction.supplier).toMatchObject({ employees: 77, certifications: [{ number: 'S4-CERT' }] });
    });
  });
});
