import { DataSource } from 'typeorm';
import { OrganisationKind, OrganisationService, Role, User } from '@chainq/identity';
import { ChainMembership } from '@chainq/registry';
import { chainLedBy, enterpriseWith, officeWith, randomUscc, TestEnterprise } from '../support/registry-fixtures';
import { ReceivedMail, SmtpInbox } from '../support/smtp-inbox';
import { eventually, PASSWORD, TestApp } from '../support/test-app';

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;
const INVITE = `mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token membership { id } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken pendingClaimId membership { id status } } }`;
const CLAIMS = '{ enterpriseClaims { id status claimantName email enterpriseId enterpriseName enterpriseUscc regionCode chainName leaderName } }';
const CONFIRM = 'mutation($id: ID!) { confirmEnterpriseClaim(claimId: $id) { id status decidedAt } }';
const REJECT = 'mutation($id: ID!, $reason: String!) { rejectEnterpriseClaim(claimId: $id, reason: $reason) { id status decisionReason } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';

/** The mail's text with folded header lines unfolded. */
const unfolded = (m: ReceivedMail) => m.text.replace(/\r?\n[ \t]+/g, ' ');

/**
 * An invitation never makes anyone the admin of an enterprise already on
 * ChainQ: the holder of the token files a claim, and a platform admin or a
 * coordinator whose regions cover the enterprise confirms or rejects it.
 * E (Hebei, 131125) has no users; L leads a chain and tries to take E over.
 */
describe('claiming an existing enterprise through an invitation', () => {
  let smtp: SmtpInbox;
  let t: TestApp;
  let L: TestEnterprise;
  let chainId: string;
  let admin: User, hebei: User, shanxi: User, clusterCoordinator: User;
  const tokens: Record<string, string> = {};
  const as = (who: string) => tokens[who];
  const db = () => t.get(DataSource);
  const counts = async (enterpriseId: string) => ({
    users: Number((await db().query('SELECT count(*) AS n FROM users WHERE organisation_id = $1', [enterpriseId]))[0].n),
    claims: Number((await db().query("SELECT count(*) AS n FROM enterprise_claims WHERE enterprise_id = $1 AND status <> 'PENDING'", [enterpriseId]))[0].n),
  });
  const claimCount = async () => Number((await db().query('SELECT count(*) AS n FROM enterprise_claims'))[0].n);
  const usccOf = async (id: string) => (await t.get(OrganisationService).findById(id))!.uscc!;

  /** L invites a user-less enterprise in Hebei, giving an address of its own choosing. */
  const invitedEnterprise = async (email: string) => {
    const E = await enterpriseWith(t, [], { regionCode: '131125', name: `Unclaimed ${email}` });
    const inv = await t.gql(INVITE, { input: { chainId, uscc: await usccOf(E.enterprise.id), email, tier: 1 } }, as('L'));
    expect(inv.errors).toBeUndefined();
    return { E, token: inv.data?.inviteSupplier.token as string, membershipId: inv.data?.inviteSupplier.membership.id as string };
  };
  const claim = async (token: string, displayName = 'Claimant') => {
    const res = await t.gql(ACCEPT, { input: { token, account: { displayName, password: PASSWORD } } });
    expect(res.errors).toBeUndefined();
    return res.data?.acceptInvitation;
  };
  const membershipStatus = async (id: string) => (await db().getRepository(ChainMembership).findOneByOrFail({ id })).status;
  const canLogin = async (email: string) => Boolean((await t.gql(LOGIN, { e: email, p: PASSWORD })).data?.login);

  beforeAll(async () => {
    smtp = await SmtpInbox.start();
    t = await TestApp.start({ worker: true, env: { SMTP_URL: smtp.url, MAIL_FROM: 'ChainQ <noreply@chainq.test>' } });
    ({ users: [admin] } = await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN]));
    const office = await officeWith(t, [Role.COORDINATOR]);
    hebei = office.users[Role.COORDINATOR];
    shanxi = (await officeWith(t, [Role.COORDINATOR])).users[Role.COORDINATOR];
    clusterCoordinator = (await officeWith(t, [Role.COORDINATOR])).users[Role.COORDINATOR];
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '320300' });
    for (const [k, u] of Object.entries({ admin, hebei, shanxi, clusterCoordinator, L: L.users.ENTERPRISE_ADMIN })) tokens[k] = await t.login(u.email);
    const assign = 'mutation($input: AssignCoordinatorInput!) { assignCoordinator(input: $input) { userId } }';
    expect((await t.gql(assign, { input: { userId: hebei.id, regionCodes: ['130000'] } }, as('admin'))).errors).toBeUndefined();
    expect((await t.gql(assign, { input: { userId: shanxi.id, regionCodes: ['140000'] } }, as('admin'))).errors).toBeUndefined();
    chainId = (await chainLedBy(t, L)).id;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  describe('the takeover attempt', () => {
    it('yields no token, no user and no admin: the membership stays INVITED and a claim awaits', async () => {
      const { E, token, membershipId } = await invitedEnterprise('takeover@leader.example');
      const res = await t.gql(ACCEPT, { input: { token, account: { displayName: 'Not the owner', password: PASSWORD } } });
      expect(res.errors).toBeUndefined();
      expect(res.data?.acceptInvitation).toMatchObject({ accessToken: null, membership: { id: membershipId, status: 'INVITED' } });
      expect(res.data?.acceptInvitation.pendingClaimId).toEqual(expect.any(String));
      expect((await counts(E.enterprise.id)).users).toBe(0);
      expect(await canLogin('takeover@leader.example')).toBe(false);
      expect(await membershipStatus(membershipId)).toBe('INVITED');
      // The token cannot be turned into a second claim or a direct acceptance while the first waits.
      const again = await t.gql(ACCEPT, { input: { token, account: { displayName: 'Again', password: PASSWORD } } });
      expect(codeOf(again)).toBe('CONFLICT');
    });

    it('signed in as the leader changes nothing: still only a claim', async () => {
      const { E, token, membershipId } = await invitedEnterprise('signed-in@leader.example');
      const res = await t.gql(ACCEPT, { input: { token, account: { displayName: 'Leader admin', password: PASSWORD } } }, as('L'));
      expect(res.data?.acceptInvitation).toMatchObject({ accessToken: null, membership: { status: 'INVITED' } });
      expect((await counts(E.enterprise.id)).users).toBe(0);
      expect(await membershipStatus(membershipId)).toBe('INVITED');
    });

    it('an enterprise with an active admin is accepted by that admin only; the token holder is refused and nothing is written', async () => {
      const owned = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '131125' });
      const inv = await t.gql(INVITE, { input: { chainId, uscc: await usccOf(owned.enterprise.id), email: 'grab@leader.example', tier: 1 } }, as('L'));
      const before = await claimCount();
      const res = await t.gql(ACCEPT, { input: { token: inv.data?.inviteSupplier.token, account: { displayName: 'x', password: PASSWORD } } });
      expect(codeOf(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0].message).toMatch(/sign in as its enterprise admin/);
      expect(await claimCount()).toBe(before);
      expect((await counts(owned.enterprise.id)).users).toBe(1);
    });
  });

  describe('review', () => {
    let E: TestEnterprise;
    let claimId: string;
    let membershipId: string;

    beforeAll(async () => {
      const invited = await invitedEnterprise('owner@unclaimed.example');
      ({ E, membershipId } = invited);
      // A cluster coordinator sees E (it is in the cluster) but does not cover its region.
      const cluster = await t.gql(
        'mutation($input: CreateIndustryClusterInput!) { createIndustryCluster(input: $input) { id } }',
        { input: { name: 'Mesh', regionCode: '131125', industryCode: 'C33', product: 'mesh', coordinatingOfficeId: (await t.get(OrganisationService).findById(clusterCoordinator.organisationId))!.id } },
        as('admin'),
      );
      const clusterId = cluster.data?.createIndustryCluster.id;
      await t.gql('mutation($c: ID!, $e: [ID!]!) { addClusterMembers(clusterId: $c, enterpriseIds: $e) { id } }', { c: clusterId, e: [E.enterprise.id] }, as('admin'));
      await t.gql('mutation($input: AssignCoordinatorInput!) { assignCoordinator(input: $input) { userId } }', { input: { userId: clusterCoordinator.id, clusterIds: [clusterId] } }, as('admin'));
      claimId = (await claim(invited.token, 'Owner of Unclaimed')).pendingClaimId;
    });

    it('is visible to the covering coordinator and platform admins, not to another region, a cluster coordinator or the leader', async () => {
      const ids = async (who: string) => ((await t.gql(CLAIMS, {}, as(who))).data?.enterpriseClaims ?? []).map((c: { id: string }) => c.id);
      expect(await ids('shanxi')).not.toContain(claimId);
      expect(await ids('clusterCoordinator')).not.toContain(claimId);
      expect(await ids('L')).toEqual([]);
      expect(await ids('admin')).toContain(claimId);
      const seen = (await t.gql(CLAIMS, {}, as('hebei'))).data?.enterpriseClaims.find((c: { id: string }) => c.id === claimId);
      expect(seen).toMatchObject({
        status: 'PENDING',
        claimantName: 'Owner of Unclaimed',
        email: 'owner@unclaimed.example',
        enterpriseId: E.enterprise.id,
        enterpriseUscc: await usccOf(E.enterprise.id),
        regionCode: '131125',
        leaderName: expect.stringMatching(/^Enterprise /),
      });
    });

    it('notifies the platform admins and the covering coordinator, not the other region', async () => {
      const kinds = async (who: string) => ((await t.gql('{ notifications { edges { node { kind title } } } }', {}, as(who))).data?.notifications.edges ?? []).map((e: { node: { kind: string } }) => e.node.kind);
      await eventually(async () => (await kinds('hebei')).includes('ENTERPRISE_CLAIM_PENDING'));
      await eventually(async () => (await kinds('admin')).includes('ENTERPRISE_CLAIM_PENDING'));
      expect(await kinds('shanxi')).not.toContain('ENTERPRISE_CLAIM_PENDING');
      expect(await kinds('L')).not.toContain('ENTERPRISE_CLAIM_PENDING');
    });

    it('refuses deciders outside the rule (a leader by its role; a coordinator NOT_FOUND outside its regions, FORBIDDEN inside its scope) and changes nothing', async () => {
      for (const [who, code] of [['shanxi', 'NOT_FOUND'], ['L', 'FORBIDDEN'], ['clusterCoordinator', 'FORBIDDEN']]) {
        expect(codeOf(await t.gql(CONFIRM, { id: claimId }, as(who)))).toBe(code);
        expect(codeOf(await t.gql(REJECT, { id: claimId, reason: 'no' }, as(who)))).toBe(code);
      }
      expect(await counts(E.enterprise.id)).toEqual({ users: 0, claims: 0 });
      expect(await membershipStatus(membershipId)).toBe('INVITED');
    });

    it('confirmation makes the claimant ENTERPRISE_ADMIN with a working login and the membership ONBOARDING; twice is CONFLICT', async () => {
      const confirmed = await t.gql(CONFIRM, { id: claimId }, as('hebei'));
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data?.confirmEnterpriseClaim).toMatchObject({ id: claimId, status: 'CONFIRMED' });
      const token = (await t.gql(LOGIN, { e: 'owner@unclaimed.example', p: PASSWORD })).data?.login.accessToken;
      expect(token).toEqual(expect.any(String));
      const me = await t.gql('{ me { roles organisation { id } } }', {}, token);
      expect(me.data?.me).toEqual({ roles: ['ENTERPRISE_ADMIN'], organisation: { id: E.enterprise.id } });
      expect(await membershipStatus(membershipId)).toBe('ONBOARDING');
      const mine = await t.gql('{ myMemberships { id status } }', {}, token);
      expect(mine.data?.myMemberships).toEqual([{ id: membershipId, status: 'ONBOARDING' }]);
      // The new admin hears about it (in the app, e-mailed as SMTP is set).
      await eventually(async () => smtp.mails.find((m) => m.to === 'owner@unclaimed.example' && /^您管理 .* 的申请已确认$/.test(m.subject)));

      expect(codeOf(await t.gql(CONFIRM, { id: claimId }, as('admin')))).toBe('CONFLICT');
      expect(codeOf(await t.gql(REJECT, { id: claimId, reason: 'late' }, as('admin')))).toBe('CONFLICT');
      expect((await counts(E.enterprise.id)).users).toBe(1);
      expect(await t.gql(CLAIMS, {}, as('hebei'))).not.toMatchObject({ data: { enterpriseClaims: [{ id: claimId }] } });
    });

    it('rejection tells the claimant by e-mail and leaves no user, no admin and the membership INVITED', async () => {
      const other = await invitedEnterprise('hopeful@unclaimed.example');
      const pending = (await claim(other.token, 'Hopeful')).pendingClaimId;
      const rejected = await t.gql(REJECT, { id: pending, reason: 'The business licence names someone else' }, as('admin'));
      expect(rejected.data?.rejectEnterpriseClaim).toEqual({ id: pending, status: 'REJECTED', decisionReason: 'The business licence names someone else' });
      expect((await counts(other.E.enterprise.id)).users).toBe(0);
      expect(await canLogin('hopeful@unclaimed.example')).toBe(false);
      expect(await membershipStatus(other.membershipId)).toBe('INVITED');
      const [row] = await db().query('SELECT password_hash FROM enterprise_claims WHERE id = $1', [pending]);
      expect(row.password_hash).toBeNull();
      const mail = await eventually(async () => smtp.mails.find((m) => m.to === 'hopeful@unclaimed.example' && /^您在 ChainQ 上管理 .* 的申请未被确认 \/ Your claim to administer .* on ChainQ was not confirmed$/.test(m.subject)));
      expect(unfolded(mail)).toContain('The business licence names someone else');
      expect(codeOf(await t.gql(CONFIRM, { id: pending }, as('hebei')))).toBe('CONFLICT');
    });

    it('a confirmation that cannot finish writes nothing: the address was taken meanwhile', async () => {
      const other = await invitedEnterprise('taken@unclaimed.example');
      const pending = (await claim(other.token)).pendingClaimId;
      const elsewhere = await enterpriseWith(t, [], { regionCode: '320300' });
      const created = await t.gql(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        { input: { organisationId: elsewhere.enterprise.id, email: 'taken@unclaimed.example', displayName: 'Someone', password: PASSWORD, roles: ['VIEWER'] } },
        as('admin'),
      );
      expect(created.errors).toBeUndefined();
      const res = await t.gql(CONFIRM, { id: pending }, as('hebei'));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
      expect((await counts(other.E.enterprise.id)).users).toBe(0);
      expect(await membershipStatus(other.membershipId)).toBe('INVITED');
      expect((await t.gql(CLAIMS, {}, as('hebei'))).data?.enterpriseClaims.map((c: { id: string }) => c.id)).toContain(pending);
    });

    it('an empty rejection reason is refused, naming the field, and decides nothing', async () => {
      const other = await invitedEnterprise('blank@unclaimed.example');
      const pending = (await claim(other.token)).pendingClaimId;
      const res = await t.gql(REJECT, { id: pending, reason: '   ' }, as('admin'));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      expect((await t.gql(CLAIMS, {}, as('admin'))).data?.enterpriseClaims.map((c: { id: string }) => c.id)).toContain(pending);
    });
  });

  it('a brand-new enterprise still registers through the invitation and is signed in at once', async () => {
    const inv = await t.gql(INVITE, { input: { chainId, uscc: randomUscc('131125'), email: 'founder@new.example', tier: 1 } }, as('L'));
    const res = await t.gql(ACCEPT, {
      input: { token: inv.data?.inviteSupplier.token, account: { displayName: 'Founder', password: PASSWORD }, enterprise: { name: 'Brand New Co.', industryCode: 'C3340', regionCode: '131125' } },
    });
    expect(res.data?.acceptInvitation).toMatchObject({ pendingClaimId: null, membership: { status: 'ONBOARDING' } });
    expect(res.data?.acceptInvitation.accessToken).toEqual(expect.any(String));
  });
});
