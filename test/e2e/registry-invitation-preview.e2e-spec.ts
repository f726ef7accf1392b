import { DataSource } from 'typeorm';
import { Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, randomUscc, TestEnterprise } from '../support/registry-fixtures';
import { PASSWORD, TestApp } from '../support/test-app';

const PREVIEW = 'query($token: String!) { invitationPreview(token: $token) { chainName leaderName email expiresAt emailHasAccount } }';
const INVITE = 'mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token membership { id } } }';
const ACCEPT = 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken expiresAt membership { status } } }';
const enterpriseFacts = { name: 'Anping Preview Mesh Co., Ltd.', industryCode: 'C3340', regionCode: '131125' };

/** The page an e-mailed invitation link opens reads the invitation first; only a good link answers, and only to say who invites whom. */
describe('invitation preview and acceptance from the link', () => {
  let t: TestApp;
  let L: TestEnterprise;
  let chainId: string;
  let chainName: string;
  let sqe: string;

  const invite = async (email: string, uscc = randomUscc('131125')) => {
    const res = await t.gql(INVITE, { input: { chainId, uscc, email, tier: 1 } }, sqe);
    expect(res.errors).toBeUndefined();
    return { token: res.data?.inviteSupplier.token as string, membershipId: res.data?.inviteSupplier.membership.id as string, uscc };
  };
  const refused = (res: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }) => ({
    data: res.data ?? null,
    code: res.errors?.[0]?.extensions?.code,
    field: res.errors?.[0]?.extensions?.field,
    reason: res.errors?.[0]?.extensions?.reason,
  });

  beforeAll(async () => {
    t = await TestApp.start();
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { name: 'Xuzhou Preview Motors' });
    ({ id: chainId, name: chainName } = await chainLedBy(t, L));
    sqe = await t.login(L.users[Role.QUALITY_ENGINEER].email);
  });
  afterAll(() => t.close());

  it('answers a malformed or forged token with a clear error and no data', async () => {
    expect(refused(await t.gql(PREVIEW, { token: 'not-a-token' }))).toEqual({ data: null, code: 'BAD_USER_INPUT', field: 'token', reason: 'INVITATION_INVALID' });
    const { token } = await invite('forged@preview-mesh.example');
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    expect(refused(await t.gql(PREVIEW, { token: forged }))).toEqual({ data: null, code: 'BAD_USER_INPUT', field: 'token', reason: 'INVITATION_INVALID' });
  });

  it('answers an expired token with its reason and no data', async () => {
    const { token } = await invite('late@preview-mesh.example');
    await t.get(DataSource).query(`UPDATE invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [token.split('.')[0]]);
    expect(refused(await t.gql(PREVIEW, { token }))).toEqual({ data: null, code: 'BAD_USER_INPUT', field: 'token', reason: 'INVITATION_EXPIRED' });
  });

  it('answers a used token with its reason and no data', async () => {
    const { token } = await invite('used@preview-mesh.example');
    const accepted = await t.gql(ACCEPT, { input: { token, account: { displayName: 'Used Owner', password: PASSWORD }, enterprise: enterpriseFacts } });
    expect(accepted.errors).toBeUndefined();
    expect(refused(await t.gql(PREVIEW, { token }))).toEqual({ data: null, code: 'BAD_USER_INPUT', field: 'token', reason: 'INVITATION_USED' });
    expect(refused(await t.gql(ACCEPT, { input: { token, account: { displayName: 'Again', password: PASSWORD }, enterprise: enterpriseFacts } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'token',
      reason: 'INVITATION_USED',
    });
  });

  it('tells the holder of a good link, signed out, who invites which address to which chain and whether it has an account', async () => {
    const { token } = await invite('new.owner@preview-mesh.example');
    const res = await t.gql(PREVIEW, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.invitationPreview).toEqual({
      chainName,
      leaderName: 'Xuzhou Preview Motors',
      email: 'new.owner@preview-mesh.example',
      expiresAt: expect.any(String),
      emailHasAccount: false,
    });
    expect(new Date(res.data?.invitationPreview.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    const existing = await invite(L.users[Role.ENTERPRISE_ADMIN].email);
    expect((await t.gql(PREVIEW, { token: existing.token })).data?.invitationPreview.emailHasAccount).toBe(true);
  });

  it('refuses a typed USCC other than the invited one and writes nothing, then registers with the invited one', async () => {
    const { token, membershipId, uscc } = await invite('typed@preview-mesh.example');
    const other = randomUscc('131125');
    const wrong = await t.gql(ACCEPT, { input: { token, account: { displayName: 'Typed Owner', password: PASSWORD }, enterprise: { ...enterpriseFacts, uscc: other } } });
    expect(refused(wrong)).toEqual({ data: null, code: 'BAD_USER_INPUT', field: 'enterprise.uscc', reason: 'USCC_NOT_INVITED' });
    const db = t.get(DataSource);
    expect(await db.query('SELECT status FROM chain_memberships WHERE id = $1', [membershipId])).toEqual([{ status: 'INVITED' }]);
    expect(await db.query('SELECT id FROM organisations WHERE uscc = $1', [uscc])).toEqual([]);

    const before = Date.now();
    const right = await t.gql(ACCEPT, { input: { token, account: { displayName: 'Typed Owner', password: PASSWORD }, enterprise: { ...enterpriseFacts, uscc: ` ${uscc.toLowerCase()} ` } } });
    expect(right.errors).toBeUndefined();
    expect(right.data?.acceptInvitation.membership.status).toBe('ONBOARDING');
    expect(new Date(right.data?.acceptInvitation.expiresAt).getTime()).toBeGreaterThan(before);
    const me = await t.gql('{ me { email organisation { uscc } } }', {}, right.data?.acceptInvitation.accessToken);
    expect(me.data?.me).toEqual({ email: 'typed@preview-mesh.example', organisation: { uscc } });
  });
});
