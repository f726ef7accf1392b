import { DataSource } from 'typeorm';
import { Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, randomUscc, TestEnterprise } from '../support/registry-fixtures';
import { PASSWORD, TestApp } from '../support/test-app';

const INVITE = 'mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token membership { id status } } }';
const RESEND = 'mutation($id: ID!, $email: String) { resendInvitation(membershipId: $id, email: $email) { token expiresAt membership { id status invitation { email } } } }';
const CANCEL = 'mutation($id: ID!, $reason: String) { cancelInvitation(membershipId: $id, reason: $reason) { id status statusReason } }';
const PREVIEW = 'query($token: String!) { invitationPreview(token: $token) { email chainName } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { status } } }';
const HISTORY = 'query($id: ID!) { industryChain(id: $id) { memberships(first: 100) { edges { node { id status history { fromStatus toStatus reason } } } } } }';
const enterpriseFacts = { name: 'Anping Resent Mesh Co., Ltd.', industryCode: 'C3340', regionCode: '131125' };

type Res = { data?: Record<string, any> | null; errors?: { extensions?: Record<string, unknown> }[] };
const refusal = (res: Res) => ({ code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason, field: res.errors?.[0]?.extensions?.field });

/** The leader's invitations list: send an invitation again (to a corrected address) or withdraw it. */
describe('invitations: resend and cancel', () => {
  let t: TestApp;
  let leader: TestEnterprise;
  let other: TestEnterprise;
  let chainId: string;
  let sqe: string;

  const invite = async (email: string) => {
    const res = await t.gql(INVITE, { input: { chainId, uscc: randomUscc('131125'), email, tier: 1 } }, sqe);
    expect(res.errors).toBeUndefined();
    return { token: res.data?.inviteSupplier.token as string, membershipId: res.data?.inviteSupplier.membership.id as string };
  };
  const invitationRows = async (membershipId: string) => Number((await t.get(DataSource).query('SELECT count(*) FROM invitations WHERE membership_id = $1', [membershipId]))[0].count);
  const historyOf = async (membershipId: string) => {
    const res = await t.gql(HISTORY, { id: chainId }, sqe);
    return (res.data?.industryChain.memberships.edges as { node: { id: string; status: string; history: unknown[] } }[]).map((e) => e.node).find((m) => m.id === membershipId)!;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    leader = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER], { name: 'Xuzhou Resend Motors' });
    other = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { name: 'Changzhou Other Motors' });
    chainId = (await chainLedBy(t, leader)).id;
    await chainLedBy(t, other);
    sqe = await t.login(leader.users[Role.QUALITY_ENGINEER].email);
  });
  afterAll(() => t.close());

  it("refuses the leader's viewers, another chain's leader and suppliers, and writes nothing", async () => {
    const { membershipId } = await invite('first@resent-mesh.example');
    const viewer = await t.login(leader.users[Role.VIEWER].email);
    const otherLeader = await t.login(other.users[Role.QUALITY_ENGINEER].email);
    for (const token of [viewer, otherLeader]) {
      const resent = await t.gql(RESEND, { id: membershipId }, token);
      const cancelled = await t.gql(CANCEL, { id: membershipId }, token);
      expect(resent.data).toBeNull();
      expect(cancelled.data).toBeNull();
      expect([refusal(resent).code, refusal(cancelled).code]).toEqual(token === viewer ? ['FORBIDDEN', 'FORBIDDEN'] : ['NOT_FOUND', 'NOT_FOUND']);
    }
    expect(await invitationRows(membershipId)).toBe(1);
    expect((await historyOf(membershipId)).status).toBe('INVITED');
  });

  it('refuses a bad address or an accepted invitation by name, and writes nothing', async () => {
    const { token, membershipId } = await invite('second@resent-mesh.example');
    expect(refusal(await t.gql(RESEND, { id: membershipId, email: 'not-an-address' }, sqe))).toEqual({ code: 'BAD_USER_INPUT', reason: 'NOT_AN_EMAIL', field: 'email' });
    expect(await invitationRows(membershipId)).toBe(1);

    const accepted = await t.gql(ACCEPT, { input: { token, account: { displayName: 'Second Owner', password: PASSWORD }, enterprise: enterpriseFacts } });
    expect(accepted.data?.acceptInvitation.membership.status).toBe('ONBOARDING');
    expect(refusal(await t.gql(RESEND, { id: membershipId }, sqe))).toMatchObject({ code: 'CONFLICT', reason: 'MEMBERSHIP_WRONG_STATUS' });
    expect(refusal(await t.gql(CANCEL, { id: membershipId }, sqe))).toMatchObject({ code: 'CONFLICT', reason: 'MEMBERSHIP_WRONG_STATUS' });
    expect(await invitationRows(membershipId)).toBe(1);
    expect((await historyOf(membershipId)).status).toBe('ONBOARDING');
  });

  it('sends a new link to a corrected address; the old link then says a newer one was sent', async () => {
    const { token: old, membershipId } = await invite('typo@resent-mseh.example');
    const res = await t.gql(RESEND, { id: membershipId, email: ' Owner@Resent-Mesh.example ' }, sqe);
    expect(res.errors).toBeUndefined();
    const fresh = res.data?.resendInvitation;
    expect(fresh.membership).toMatchObject({ status: 'INVITED', invitation: { email: 'owner@resent-mesh.example' } });
    expect(fresh.token).not.toBe(old);

    expect(refusal(await t.gql(PREVIEW, { token: old }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVITATION_REPLACED', field: 'token' });
    expect((await t.gql(PREVIEW, { token: fresh.token })).data?.invitationPreview.email).toBe('owner@resent-mesh.example');
    // Left out, the address is the last one used.
    const again = await t.gql(RESEND, { id: membershipId }, sqe);
    expect(again.data?.resendInvitation.membership.invitation.email).toBe('owner@resent-mesh.example');
    expect((await historyOf(membershipId)).history).toEqual([
      { fromStatus: null, toStatus: 'INVITED', reason: 'invited' },
      { fromStatus: 'INVITED', toStatus: 'INVITED', reason: 'invitation sent again to owner@resent-mesh.example' },
      { fromStatus: 'INVITED', toStatus: 'INVITED', reason: 'invitation sent again to owner@resent-mesh.example' },
    ]);
    // Only the newest link works.
    expect(refusal(await t.gql(PREVIEW, { token: fresh.token }))).toMatchObject({ reason: 'INVITATION_REPLACED' });
    const accepted = await t.gql(ACCEPT, { input: { token: again.data?.resendInvitation.token, account: { displayName: 'Resent Owner', password: PASSWORD }, enterprise: enterpriseFacts } });
    expect(accepted.data?.acceptInvitation.membership.status).toBe('ONBOARDING');
  });

  it('withdraws an invitation: its link says so, and the supplier can be invited again', async () => {
    const uscc = randomUscc('131125');
    const first = await t.gql(INVITE, { input: { chainId, uscc, email: 'withdrawn@resent-mesh.example', tier: 1 } }, sqe);
    const { token, membership } = first.data!.inviteSupplier;
    const cancelled = await t.gql(CANCEL, { id: membership.id, reason: 'wrong plant' }, sqe);
    expect(cancelled.data?.cancelInvitation).toEqual({ id: membership.id, status: 'EXITED', statusReason: 'invitation cancelled: wrong plant' });
    expect(refusal(await t.gql(PREVIEW, { token }))).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVITATION_WITHDRAWN', field: 'token' });
    const refusedAccept = await t.gql(ACCEPT, { input: { token, account: { displayName: 'Too Late', password: PASSWORD }, enterprise: enterpriseFacts } });
    expect(refusal(refusedAccept)).toMatchObject({ reason: 'INVITATION_WITHDRAWN' });
    expect(await t.get(DataSource).query('SELECT 1 FROM organisations WHERE uscc = $1', [uscc])).toHaveLength(0);

    const reinvited = await t.gql(INVITE, { input: { chainId, uscc, email: 'right-plant@resent-mesh.example', tier: 1 } }, sqe);
    expect(reinvited.data?.inviteSupplier.membership).toEqual({ id: membership.id, status: 'INVITED' });
    expect((await t.gql(PREVIEW, { token: reinvited.data?.inviteSupplier.token })).data?.invitationPreview.email).toBe('right-plant@resent-mesh.example');
  });
});
