import { DataSource } from 'typeorm';
import { OrganisationKind, Role, User } from '@chainq/identity';
import { SmtpInbox } from '../support/smtp-inbox';
import { eventually, GraphQLResult, PASSWORD, TestApp } from '../support/test-app';

const NEW_PASSWORD = 'a-brand-new-passphrase';
const REQUEST = 'mutation($email: String!) { requestPasswordReset(email: $email) }';
const RESET = 'mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }';
const ME = '{ me { email } }';

/** Password reset by an e-mailed one-time link, mailed through a real SMTP server by the worker. */
describe('password reset', () => {
  let inbox: SmtpInbox;
  let t: TestApp;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    t = await TestApp.start({ worker: true, env: { SMTP_URL: inbox.url, PUBLIC_URL: 'https://app.chainq.test/', TRUST_PROXY: 'loopback' } });
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  const someone = async (): Promise<User> => (await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.QUALITY_ENGINEER])).users[0];
  // Each request from its own client address: this file sends more than the per-address hourly limit, which is not what it tests.
  let address = 0;
  const requestReset = async (email: string): Promise<GraphQLResult<{ requestPasswordReset: boolean }>> => {
    const res = await t.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', `198.51.100.${++address}`)
      .send({ query: REQUEST, variables: { email } });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  };
  const reset = (token: string, newPassword = NEW_PASSWORD) => t.gql<{ resetPassword: boolean }>(RESET, { token, newPassword });
  const signsIn = (email: string, password: string) =>
    t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: email, p: password }).then((r) => Boolean(r.data?.login));
  const passwordHashOf = async (userId: string): Promise<string> =>
    (await t.get(DataSource).query('SELECT password_hash FROM users WHERE id = $1', [userId]))[0].password_hash;
  /** The token of the `n`th link mailed to `email` (1-based), once it has arrived. */
  const mailedToken = async (email: string, n = 1): Promise<string> => {
    const mails = await eventually(async () => inbox.to(email).length >= n && inbox.to(email));
    const link = mails[n - 1].text.match(/https:\/\/app\.chainq\.test\/reset-password\?token=([A-Za-z0-9_-]+)/);
    if (!link) throw new Error(`no reset link in: ${mails[n - 1].text}`);
    return link[1];
  };
  const refusal = (res: GraphQLResult) => ({ code: res.errors?.[0]?.extensions?.code, reason: res.errors?.[0]?.extensions?.reason, field: res.errors?.[0]?.extensions?.field });

  it('refuses a token that was never issued, writing nothing', async () => {
    const user = await someone();
    const before = await passwordHashOf(user.id);
    for (const token of ['A'.repeat(43), 'not-a-token']) {
      const res = await reset(token);
      expect(res.data).toBeNull();
      expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', reason: 'RESET_LINK_INVALID', field: 'token' });
    }
    expect(await passwordHashOf(user.id)).toBe(before);
  });

  it('answers the same for an unknown and a known e-mail, and mails only the known one, exactly once', async () => {
    const user = await someone();
    const unknown = await requestReset('nobody.here@test.example');
    const known = await requestReset(user.email.toUpperCase());
    expect(unknown).toEqual({ status: 200, data: { requestPasswordReset: true }, errors: undefined });
    expect(known).toEqual(unknown);
    await mailedToken(user.email);
    await t.settled();
    expect(inbox.to(user.email)).toHaveLength(1);
    // A user who never chose a language reads Chinese.
    expect(inbox.to(user.email)[0].subject).toBe('重置您的 ChainQ 密码');
    expect(inbox.to(user.email)[0].text).toMatch(/请在 \d+ 分钟内打开下面的链接设置新密码/);
    expect(inbox.to('nobody.here@test.example')).toHaveLength(0);
    // Only the hash of the token is kept.
    const token = await mailedToken(user.email);
    const rows: { token_hash: string }[] = await t.get(DataSource).query('SELECT token_hash FROM password_reset_tokens WHERE user_id = $1', [user.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token);
  });

  it('writes the mail in English for a user who chose EN', async () => {
    const user = await someone();
    const set = await t.gql('mutation { setMyLanguage(language: EN) { language } }', {}, await t.login(user.email));
    expect(set.data?.setMyLanguage.language).toBe('EN');
    await requestReset(user.email);
    await mailedToken(user.email);
    const [mail] = inbox.to(user.email);
    expect(mail.subject).toBe('Reset your ChainQ password');
    expect(mail.text).toMatch(/Open this link within \d+ minutes to choose a new one/);
    expect(mail.text).not.toMatch(/密码/);
  });

  it('refuses a weak new password on newPassword and leaves the token usable', async () => {
    const user = await someone();
    await requestReset(user.email);
    const token = await mailedToken(user.email);
    const before = await passwordHashOf(user.id);
    const weak = await reset(token, 'short');
    expect(refusal(weak)).toEqual({ code: 'BAD_USER_INPUT', reason: 'PASSWORD_TOO_SHORT', field: 'newPassword' });
    expect(weak.errors?.[0].extensions?.min).toBe(10);
    expect(await passwordHashOf(user.id)).toBe(before);
    expect(await signsIn(user.email, PASSWORD)).toBe(true);
    expect((await reset(token)).data).toEqual({ resetPassword: true });
  });

  it('refuses an expired token, writing nothing', async () => {
    const user = await someone();
    await requestReset(user.email);
    const token = await mailedToken(user.email);
    await t.get(DataSource).query("UPDATE password_reset_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1", [user.id]);
    const before = await passwordHashOf(user.id);
    const res = await reset(token);
    expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', reason: 'RESET_LINK_EXPIRED', field: 'token' });
    expect(res.errors?.[0].message).toMatch(/expired/);
    expect(await passwordHashOf(user.id)).toBe(before);
    expect(await signsIn(user.email, PASSWORD)).toBe(true);
  });

  it('refuses the older token once a newer one was requested; the newer one works', async () => {
    const user = await someone();
    await requestReset(user.email);
    const older = await mailedToken(user.email, 1);
    await requestReset(user.email);
    const newer = await mailedToken(user.email, 2);
    expect(newer).not.toBe(older);
    const before = await passwordHashOf(user.id);
    expect(refusal(await reset(older))).toEqual({ code: 'BAD_USER_INPUT', reason: 'RESET_LINK_EXPIRED', field: 'token' });
    expect(await passwordHashOf(user.id)).toBe(before);
    expect((await reset(newer)).data).toEqual({ resetPassword: true });
  });

  it('resets the password with the mailed link once: old password and old sessions stop working, a second use is refused', async () => {
    const user = await someone();
    const oldSession = await t.login(user.email);
    expect((await t.gql(ME, {}, oldSession)).data?.me.email).toBe(user.email);
    await requestReset(user.email);
    const token = await mailedToken(user.email);

    expect(await reset(token)).toEqual({ status: 200, data: { resetPassword: true }, errors: undefined });
    expect(await signsIn(user.email, PASSWORD)).toBe(false);
    expect(await signsIn(user.email, NEW_PASSWORD)).toBe(true);
    const ended = await t.gql(ME, {}, oldSession);
    expect(ended.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const after = await passwordHashOf(user.id);
    const again = await reset(token, 'yet-another-passphrase');
    expect(refusal(again)).toEqual({ code: 'BAD_USER_INPUT', reason: 'RESET_LINK_USED', field: 'token' });
    expect(again.errors?.[0].message).toMatch(/already been used/);
    expect(await passwordHashOf(user.id)).toBe(after);
    expect(await signsIn(user.email, NEW_PASSWORD)).toBe(true);
  });

  it('limits requests per e-mail, known or not, with the same refusal', async () => {
    const user = await someone();
    for (const email of [user.email, 'limit.unknown@test.example']) {
      for (let i = 0; i < 5; i++) expect((await requestReset(email)).data).toEqual({ requestPasswordReset: true });
      const refused = await requestReset(email);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_RESET_REQUESTS', retryAfterSeconds: expect.any(Number) });
      expect(refused.errors?.[0].message).toMatch(/^Too many password reset requests for this e-mail; try again in \d+ s$/);
    }
    await t.settled();
    // The limit is per e-mail: another e-mail is still served.
    expect((await requestReset('another.unknown@test.example')).data).toEqual({ requestPasswordReset: true });
    // Each request replaced the one before: at most the links still current when their job ran were mailed, the newest among them.
    const mails = inbox.to(user.email).length;
    expect(mails).toBeGreaterThanOrEqual(1);
    expect(mails).toBeLessThanOrEqual(5);
    const [{ live }] = await t.get(DataSource).query('SELECT count(*)::int AS live FROM password_reset_tokens WHERE user_id = $1 AND expires_at > now()', [user.id]);
    expect(live).toBe(1);
  });
});
