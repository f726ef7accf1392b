import { OrganisationService, Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, TestEnterprise } from '../support/registry-fixtures';
import { TestApp } from '../support/test-app';

const CERT = 'mutation($input: RecordCertificationInput!) { recordCertification(input: $input) { id } }';
const INVITE = 'mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token membership { id } } }';
const ACCEPT_INVITATION = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id } } }';
const SUBMIT = 'mutation($input: SubmitQualificationInput!) { submitQualification(input: $input) { id } }';
const APPROVE = 'mutation($id: ID!) { approveSupplier(membershipId: $id) { status } }';
const REVIEW = `query($id: ID!) { chainMembership(id: $id) { latestQualification { certificationIds recognisedCertificationIds recognisedAt
  recognitions { certificationId verifiedBy verifiedByProvince verifiedAt } } } }`;
const RECOGNISE = 'mutation($m: ID!, $c: [ID!]!) { acceptRecognisedCertificates(membershipId: $m, certificationIds: $c) { recognisedCertificationIds recognisedAt } }';

type Errors = { errors?: { extensions?: Record<string, unknown> }[] };
const extensionsOf = (r: Errors) => r.errors?.[0]?.extensions;

/** Chains recognising each other's certification results: a leader reviewing a supplier sees what other chains verified, and may accept it. */
describe('certificates verified on other chains', () => {
  let t: TestApp;
  let namedLeader: TestEnterprise, quietLeader: TestEnterprise, reviewer: TestEnterprise, S: TestEnterprise, other: TestEnterprise;
  let supplier: string, reviewerEngineer: string, reviewerViewer: string, otherAdmin: string;
  let iso9001: string, iatf: string, fresh: string;
  let membershipId: string;

  /** Invites S to the leader's chain, S accepts and submits these certificates; the leader approves unless told not to. */
  const qualify = async (leader: TestEnterprise, certificationIds: string[], approve: boolean) => {
    const chain = await chainLedBy(t, leader);
    const leaderToken = await t.login(leader.users[Role.QUALITY_ENGINEER].email);
    const uscc = (await t.get(OrganisationService).findById(S.enterprise.id))!.uscc;
    const invited = await t.gql(INVITE, { input: { chainId: chain.id, uscc, email: S.users[Role.ENTERPRISE_ADMIN].email, tier: 1 } }, leaderToken);
    const id: string = invited.data?.inviteSupplier.membership.id;
    await t.gql(ACCEPT_INVITATION, { input: { token: invited.data?.inviteSupplier.token } }, supplier);
    expect((await t.gql(SUBMIT, { input: { membershipId: id, certificationIds } }, supplier)).errors).toBeUndefined();
    if (approve) expect((await t.gql(APPROVE, { id }, leaderToken)).data?.approveSupplier.status).toBe('ACTIVE');
    return { chain, id };
  };

  beforeAll(async () => {
    t = await TestApp.start();
    namedLeader = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { regionCode: '320382', name: `Named Leader ${Date.now()}` });
    quietLeader = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { regionCode: '131125', name: `Quiet Leader ${Date.now()}` });
    reviewer = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER]);
    S = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    other = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    supplier = await t.login(S.users[Role.ENTERPRISE_ADMIN].email);
    const record = async (scheme: string, number: string) =>
      (await t.gql(CERT, { input: { enterpriseId: S.enterprise.id, scheme, number, certificationBody: 'CQC', issuedOn: '2025-01-01', expiresOn: '2028-01-01' } }, supplier)).data?.recordCertification.id as string;
    [iso9001, iatf, fresh] = [await record('ISO_9001', 'Q-1'), await record('IATF_16949', 'T-2'), await record('ISO_14001', 'E-3')];

    const named = await qualify(namedLeader, [iso9001], true);
    expect((await t.gql('mutation($c: ID!) { setChainProfileNaming(chainId: $c, allowed: true) { id } }', { c: named.chain.id }, await t.login(namedLeader.users[Role.ENTERPRISE_ADMIN].email))).errors).toBeUndefined();
    await qualify(quietLeader, [iso9001, iatf], true);
    membershipId = (await qualify(reviewer, [iso9001, iatf, fresh], false)).id;
    [reviewerEngineer, reviewerViewer, otherAdmin] = await Promise.all([reviewer.users[Role.QUALITY_ENGINEER], reviewer.users[Role.VIEWER], other.users[Role.ENTERPRISE_ADMIN]].map((u) => t.login(u.email)));
  });
  afterAll(() => t.close());

  it('shows nobody but the reviewing leader what other chains verified, and lets nobody else accept it', async () => {
    expect((await t.gql(REVIEW, { id: membershipId }, supplier)).data?.chainMembership.latestQualification.recognitions).toEqual([]);
    expect(extensionsOf(await t.gql(REVIEW, { id: membershipId }, otherAdmin))).toMatchObject({ code: 'NOT_FOUND' });
    expect(extensionsOf(await t.gql(RECOGNISE, { m: membershipId, c: [iso9001] }, supplier))).toMatchObject({ code: 'FORBIDDEN', reason: 'LEADER_STAFF_ONLY' });
    expect(extensionsOf(await t.gql(RECOGNISE, { m: membershipId, c: [iso9001] }, reviewerViewer))).toMatchObject({ code: 'FORBIDDEN' });
    expect(extensionsOf(await t.gql(RECOGNISE, { m: membershipId, c: [iso9001] }, otherAdmin))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.gql(REVIEW, { id: membershipId }, reviewerEngineer)).data?.chainMembership.latestQualification.recognisedCertificationIds).toEqual([]);
  });

  it('lists each certificate with who verified it and when, naming a leader only where its chain allows it', async () => {
    const res = await t.gql(REVIEW, { id: membershipId }, reviewerEngineer);
    const recognitions = res.data?.chainMembership.latestQualification.recognitions as { certificationId: string; verifiedBy: string | null; verifiedByProvince: string }[];
    const of = (id: string) => recognitions.filter((r) => r.certificationId === id).map((r) => [r.verifiedBy, r.verifiedByProvince]).sort();
    expect(of(iso9001)).toEqual([[null, '河北省'], [expect.stringMatching(/^Named Leader /), '江苏省']].sort());
    expect(of(iatf)).toEqual([[null, '河北省']]);
    expect(of(fresh)).toEqual([]);
    expect(JSON.stringify(res.data)).not.toContain('Quiet Leader');
  });

  it('records the certificates the leader accepts, and refuses one no other chain verified', async () => {
    expect(extensionsOf(await t.gql(RECOGNISE, { m: membershipId, c: [iso9001, fresh] }, reviewerEngineer))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CERTIFICATE_NOT_RECOGNISED',
      field: 'certificationIds[1]',
    });
    expect(extensionsOf(await t.gql(RECOGNISE, { m: membershipId, c: [] }, reviewerEngineer))).toMatchObject({ reason: 'CERTIFICATE_NOT_RECOGNISED' });
    expect((await t.gql(REVIEW, { id: membershipId }, reviewerEngineer)).data?.chainMembership.latestQualification.recognisedCertificationIds).toEqual([]);
    const accepted = await t.gql(RECOGNISE, { m: membershipId, c: [iso9001, iatf] }, reviewerEngineer);
    expect(accepted.data?.acceptRecognisedCertificates.recognisedCertificationIds.sort()).toEqual([iso9001, iatf].sort());
    const seen = (await t.gql(REVIEW, { id: membershipId }, supplier)).data?.chainMembership.latestQualification;
    expect(seen.recognisedCertificationIds.sort()).toEqual([iso9001, iatf].sort());
    expect(seen.recognisedAt).toEqual(expect.any(String));
    // Once decided, nothing is pending to accept certificates on.
    expect((await t.gql(APPROVE, { id: membershipId }, reviewerEngineer)).data?.approveSupplier.status).toBe('ACTIVE');
    expect(extensionsOf(await t.gql(RECOGNISE, { m: membershipId, c: [iso9001] }, reviewerEngineer))).toMatchObject({ code: 'CONFLICT', reason: 'NO_QUALIFICATION_TO_DECIDE' });
  });
});
