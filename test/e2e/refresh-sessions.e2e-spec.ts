import { DataSource } from 'typeorm';
import { OrganisationKind, PasswordResetService, RefreshTokenService, Role, User } from '@chainq/identity';
import { chainLedBy, enterpriseWith, randomUscc } from '../support/registry-fixtures';
import { PASSWORD, TestApp } from '../support/test-app';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
const ME = '{ me { email } }';

type Response = { status: number; body: any; headers: Record<string, any> };

/** The chainq_refresh Set-Cookie line of a response, if any. */
const setCookieOf = (res: Response): string | undefined =>
  ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('chainq_refresh='));
const tokenOf = (res: Response): string => {
  const line = setCookieOf(res);
  if (!line) throw new Error(`no refresh cookie set: ${JSON.stringify(res.headers)}`);
  return line.slice('chainq_refresh='.length).split(';')[0];
};

describe('refresh-token sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ env: { TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => t.close());

  const user = async (): Promise<User> => (await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.QUALITY_ENGINEER])).users[0];
  const login = async (email: string, proto = 'http'): Promise<Response> =>
    t.http.post('/graphql').set('content-type', 'application/json').set('x-forwarded-proto', proto).send({ query: LOGIN, variables: { e: email, p: PASSWORD } });
  const refresh = (token: string | undefined, header = true) => {
    const req = t.http.post('/auth/refresh');
    if (header) req.set('x-chainq-refresh', '1');
    if (token !== undefined) req.set('cookie', `theme=dark; chainq_refresh=${token}`);
    return req.send();
  };
  const signedIn = async (): Promise<{ user: User; token: string; access: string }> => {
    const u = await user();
    const res = await login(u.email);
    return { user: u, token: tokenOf(res), access: res.body.data.login.accessToken };
  };

  it('refuses a refresh without the CSRF header, and the token stays unspent', async () => {
    const { token } = await signedIn();
    const refused = await refresh(token, false);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'X-ChainQ-Refresh' });
    expect(setCookieOf(refused)).toBeUndefined();
    expect((await refresh(token)).status).toBe(200);
  });

  it('refuses a refresh without a cookie, or with a token it never issued', async () => {
    expect((await refresh(undefined)).status).toBe(401);
    const forged = await refresh('A'.repeat(43));
    expect(forged.status).toBe(401);
    expect(forged.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('replaying a rotated token answers 401 and kills the whole family, the newest token included', async () => {
    const { token: first } = await signedIn();
    const second = tokenOf(await refresh(first));
    const replay = await refresh(first);
    expect(replay.status).toBe(401);
    expect(setCookieOf(replay)).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await refresh(second)).status).toBe(401);
  });

  it('lets exactly one of two parallel refreshes with one token succeed; the other is reuse and ends the family', async () => {
    const { token } = await signedIn();
    const answers = await Promise.all([refresh(token), refresh(token)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 401]);
    const winner = answers.find((a) => a.status === 200)!;
    expect((await refresh(tokenOf(winner))).status).toBe(401);
  });

  it('refuses a refresh after logout, and the access token stops working too', async () => {
    const { token, access } = await signedIn();
    const out = await t.http.post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${access}`).send({ query: 'mutation { logout }' });
    expect(out.body).toEqual({ data: { logout: true } });
    expect(setCookieOf(out)).toMatch(/Path=\/auth/);
    expect((await refresh(token)).status).toBe(401);
    expect((await t.gql(ME, {}, access)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a refresh after a password change; the cookie the change sets works', async () => {
    const { token, access } = await signedIn();
    const changed = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('authorization', `Bearer ${access}`)
      .send({ query: 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }', variables: { c: PASSWORD, n: 'another-long-passphrase' } });
    expect(changed.body.data.changePassword.accessToken).toBeTruthy();
    expect((await refresh(token)).status).toBe(401);
    expect((await refresh(tokenOf(changed))).status).toBe(200);
  });

  it('refuses a refresh for a deactivated user', async () => {
    const { user: u, token } = await signedIn();
    await t.get(DataSource).getRepository(User).update(u.id, { isActive: false });
    expect((await refresh(token)).status).toBe(401);
  });

  it('refuses an expired refresh token', async () => {
    const { user: u, token } = await signedIn();
    await t.get(DataSource).query("UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1", [u.id]);
    const res = await refresh(token);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('purges ended sessions and old reset links, keeping what still catches a replayed token', async () => {
    const ds = t.get(DataSource);
    const tokensOf = async (userId: string) => (await ds.query('SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1', [userId]))[0].n as number;
    // Live after one rotation: its used first token must stay, or a replay of it would go unnoticed.
    const live = await signedIn();
    const next = tokenOf(await refresh(live.token));
    const expired = await signedIn();
    await ds.query("UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1", [expired.user.id]);
    const loggedOut = await signedIn();
    await t.http.post('/graphql').set('content-type', 'application/json').set('authorization', `Bearer ${loggedOut.access}`).send({ query: 'mutation { logout }' });
    const oldLink = await ds.query(
      `INSERT INTO password_reset_tokens (id, user_id, token_hash, expires_at) VALUES (gen_random_uuid(), $1, '\\x01', now() - interval '2 days'), (gen_random_uuid(), $1, '\\x02', now() + interval '10 minutes') RETURNING id`,
      [live.user.id],
    );

    expect(await t.get(RefreshTokenService).purgeEnded()).toBeGreaterThanOrEqual(2);
    expect(await t.get(PasswordResetService).purgeExpired()).toBeGreaterThanOrEqual(1);
    expect([await tokensOf(live.user.id), await tokensOf(expired.user.id), await tokensOf(loggedOut.user.id)]).toEqual([2, 0, 0]);
    expect((await ds.query('SELECT id FROM password_reset_tokens WHERE id = ANY($1)', [oldLink.map((r: { id: string }) => r.id)])).map((r: { id: string }) => r.id)).toEqual([oldLink[1].id]);
    // The replay is still caught: it answers 401 and ends the family, the live token included.
    expect((await refresh(live.token)).status).toBe(401);
    expect((await refresh(next)).status).toBe(401);
  });

  it('sets the cookie httpOnly, SameSite=Strict, on /auth, for REFRESH_TOKEN_DAYS, Secure only over HTTPS', async () => {
    const u = await user();
    const plain = setCookieOf(await login(u.email))!;
    expect(plain).toMatch(/; HttpOnly/);
    expect(plain).toMatch(/; SameSite=Strict/);
    expect(plain).toMatch(/; Path=\/auth(;|$)/);
    expect(plain).toMatch(new RegExp(`; Max-Age=(${14 * 86400}|${14 * 86400 - 1})(;|$)`));
    expect(plain).not.toMatch(/Secure/);
    expect(setCookieOf(await login(u.email, 'https'))).toMatch(/; Secure/);
  });

  it('a refresh answers a working access token for the same user and a new cookie', async () => {
    const { user: u, token } = await signedIn();
    const res = await refresh(token);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(new Date(res.body.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const next = tokenOf(res);
    expect(next).not.toBe(token);
    expect((await t.gql(ME, {}, res.body.accessToken)).data).toEqual({ me: { email: u.email } });
    expect((await refresh(next)).status).toBe(200);
  });

  it("a refresh token is good for nothing else: not as a bearer token, and it refreshes only its own user's session", async () => {
    const mine = await signedIn();
    const theirs = await signedIn();
    expect((await t.gql(ME, {}, theirs.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const cookieOnGraphql = await t.http.post('/graphql').set('content-type', 'application/json').set('cookie', `chainq_refresh=${theirs.token}`).send({ query: ME });
    expect(cookieOnGraphql.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const res = await refresh(theirs.token);
    expect((await t.gql(ME, {}, res.body.accessToken)).data).toEqual({ me: { email: theirs.user.email } });
    expect((await refresh(mine.token)).status).toBe(200);
  });

  it('signs in the first user a new enterprise creates by accepting an invitation, with a refresh cookie', async () => {
    const leader = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    const chain = await chainLedBy(t, leader);
    const sqe = await t.login(leader.users[Role.QUALITY_ENGINEER].email);
    const email = `boss.${randomUscc().slice(10)}@new-mesh.example`.toLowerCase();
    const invited = await t.gql('mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token } }', {
      input: { chainId: chain.id, uscc: randomUscc('131125'), email, tier: 1, categories: ['wire mesh'] },
    }, sqe);
    const accepted = await t.http.post('/graphql').set('content-type', 'application/json').send({
      query: 'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
      variables: {
        input: {
          token: invited.data?.inviteSupplier.token,
          account: { displayName: 'Boss of New Mesh', password: PASSWORD },
          enterprise: { name: 'Anping New Mesh Co., Ltd.', industryCode: 'C3340', regionCode: '131125', employees: 35, revenue10kCny: 1200 },
        },
      },
    });
    expect(accepted.body.data.acceptInvitation.accessToken).toEqual(expect.any(String));
    const res = await refresh(tokenOf(accepted));
    expect(res.status).toBe(200);
    expect((await t.gql(ME, {}, res.body.accessToken)).data).toEqual({ me: { email } });
  });
});
