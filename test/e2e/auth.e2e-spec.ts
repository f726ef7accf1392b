import { JwtService } from '@nestjs/jwt';
import { OrganisationKind, Role, User, UserService } from '@chainq/identity';
import { DataSource } from 'typeorm';
import { PASSWORD, TestApp } from '../support/test-app';

const ME = '{ me { email roles organisation { name kind } } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }';

type Answer = { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, any> }[] };
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code ?? 'OK';
const tally = (answers: Answer[]) =>
  answers.map(codeOf).reduce<Record<string, number>>((counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }), {});

/** A client address of its own per test: the app trusts the loopback proxy's X-Forwarded-For. */
let addresses = 0;
const freshAddress = () => `203.0.${Math.floor(addresses / 250)}.${(addresses++ % 250) + 1}`;

describe('sign-in and tokens', () => {
  let t: TestApp;
  let engineer: User;

  beforeAll(async () => {
    t = await TestApp.start({ env: { LOGIN_MAX_ATTEMPTS: '3', TRUST_PROXY: 'loopback' } });
    ({
      users: [engineer],
    } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.QUALITY_ENGINEER]));
  });
  afterAll(() => t.close());

  const sign = (payload: object, secret = t.config.auth.jwtSecret) =>
    new JwtService().signAsync(payload, { secret, issuer: 'chainq', audience: 'chainq-api' });

  const loginFrom = async (address: string, email: string, password: string, app = t): Promise<Answer> =>
    (await app.http.post('/graphql').set('content-type', 'application/json').set('x-forwarded-for', address).send({ query: LOGIN, variables: { e: email, p: password } })).body;

  it('refuses an operation without a token', async () => {
    const res = await t.gql(ME);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await sign({ sub: engineer.id }, 'someone-elses-secret-value');
    const res = await t.gql(ME, {}, forged);
    expect(res.errors?.[0]).toMatchObject({ message: 'Access token is not valid', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses an expired token and says so', async () => {
    const expired = await sign({ sub: engineer.id, exp: Math.floor(Date.now() / 1000) - 60 });
    const res = await t.gql(ME, {}, expired);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(res.errors?.[0].message).toMatch(/expired/);
  });

  it('refuses a token it accepted once from the second its expiry names', async () => {
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = await sign({ sub: engineer.id, exp });
    expect((await t.gql(ME, {}, token)).data?.me.email).toBe(engineer.email);
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    const res = await t.gql(ME, {}, token);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED', reason: 'ACCESS_TOKEN_EXPIRED' } });
    expect(res.data).toBeNull();
  });

  it('refuses a wrong password without saying which half was wrong', async () => {
    const wrong = await t.gql('mutation { login(email: "' + engineer.email + '", password: "not-the-password") { accessToken } }');
    const unknown = await t.gql('mutation { login(email: "nobody@test.example", password: "not-the-password") { accessToken } }');
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong e-mail or password', extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } });
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('locks sign-in for an e-mail after repeated failures, across the window', async () => {
    const { users } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.VIEWER]);
    const attempt = (password: string) =>
      t.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: users[0].email, p: password });
    for (let i = 0; i < 3; i++) expect((await attempt('wrong-password-x')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const locked = await attempt(PASSWORD);
    expect(locked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('verifies at most LOGIN_MAX_ATTEMPTS passwords per e-mail, however parallel the guesses', async () => {
    const { users } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.VIEWER]);
    // 41 guesses at once from 41 addresses (so only the e-mail's limit applies), the right password in the middle.
    const guesses = Array.from({ length: 41 }, (_, i) => (i === 20 ? PASSWORD : `wrong-guess-${i}`));
    const answers = await Promise.all(guesses.map((password) => loginFrom(freshAddress(), users[0].email, password)));
    expect(tally(answers)).toEqual({ UNAUTHENTICATED: 3, RATE_LIMITED: 38 });
    expect(codeOf(answers[20])).toBe('RATE_LIMITED');
    const after = await loginFrom(freshAddress(), users[0].email, PASSWORD);
    expect(after.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } });
    expect(after.data).toBeNull();
  });

  it('limits failed sign-ins per client address across e-mails, however parallel', async () => {
    const strict = await TestApp.start({ env: { LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '5', TRUST_PROXY: 'loopback' } });
    try {
      const { users } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.VIEWER, Role.QUALITY_ENGINEER]);
      const address = freshAddress();
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) => loginFrom(address, `guess.${i}.${address}@test.example`, 'wrong-password-x', strict)),
      );
      expect(tally(answers)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 7 });
      const locked = await loginFrom(address, users[0].email, PASSWORD, strict);
      expect(locked.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } });
      // The e-mail itself is not locked: the same user signs in from another address.
      expect((await loginFrom(freshAddress(), users[0].email, PASSWORD, strict)).data?.login.accessToken).toEqual(expect.any(String));
      // Successful sign-ins do not use the address's budget (an office behind one NAT).
      const office = freshAddress();
      for (let i = 0; i < 7; i++) {
        expect(codeOf(await loginFrom(office, users[i % 2].email, PASSWORD, strict))).toBe('OK');
      }
    } finally {
      await strict.close();
    }
  });

  it('takes the client address from the connection, not from X-Forwarded-For, unless TRUST_PROXY is set', async () => {
    const direct = await TestApp.start({ env: { LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '4' } });
    // Every test here connects from the same loopback address: start and leave its counters empty.
    const clear = () => direct.get(DataSource).query("DELETE FROM rate_limit_buckets WHERE key LIKE 'login-address:%'");
    try {
      await clear();
      const answers: Answer[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await direct.http
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('x-forwarded-for', freshAddress())
          .send({ query: LOGIN, variables: { e: `forged.${i}@test.example`, p: 'wrong-password-x' } });
        answers.push(res.body);
      }
      expect(tally(answers)).toEqual({ UNAUTHENTICATED: 4, RATE_LIMITED: 2 });
    } finally {
      await clear();
      await direct.close();
    }
  });

  it("limits guesses of the current password in changePassword per user, however parallel", async () => {
    const { users } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.VIEWER]);
    const token = await t.login(users[0].email);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => t.gql(CHANGE, { c: `wrong-guess-${i}`, n: 'a-new-password-1' }, token)),
    );
    expect(tally(answers)).toEqual({ BAD_USER_INPUT: 3, RATE_LIMITED: 7 });
    const right = await t.gql(CHANGE, { c: PASSWORD, n: 'a-new-password-1' }, token);
    expect(right.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) } });
    // Nothing changed: the old password still signs in and the session goes on.
    await expect(t.login(users[0].email)).resolves.toEqual(expect.any(String));
    expect((await t.gql(ME, {}, token)).data?.me.email).toBe(users[0].email);
  });

  it('ends every other session when the password changes and hands the caller a fresh token', async () => {
    const { users } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.VIEWER]);
    const [a, b] = [await t.login(users[0].email), await t.login(users[0].email)];
    expect((await t.gql(ME, {}, b)).data?.me.email).toBe(users[0].email);
    const changed = await t.gql(CHANGE, { c: PASSWORD, n: 'a-new-password-1' }, a);
    expect(changed.errors).toBeUndefined();
    const fresh: string = changed.data?.changePassword.accessToken;
    for (const old of [b, a]) {
      expect((await t.gql(ME, {}, old)).errors?.[0]).toMatchObject({
        message: 'Your session has ended; sign in again',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    expect((await t.gql(ME, {}, fresh)).data?.me.email).toBe(users[0].email);
    await expect(t.login(users[0].email)).rejects.toThrow(/Wrong e-mail or password/);
    const signedIn = await t.login(users[0].email, 'a-new-password-1');
    expect((await t.gql(ME, {}, signedIn)).data?.me.email).toBe(users[0].email);
  });

  it('refuses a token whose subject is not a user id, on GraphQL and on the queue dashboard', async () => {
    for (const claims of [{ sub: 'not-a-uuid' }, { sub: `${engineer.id}' OR 1=1` }, {}]) {
      const odd = await sign(claims);
      const res = await t.gql(ME, {}, odd);
      expect(res.errors?.[0]).toMatchObject({ message: 'Access token is not valid', extensions: { code: 'UNAUTHENTICATED' } });
      expect(res.data).toBeNull();
      const dashboard = await t.http.get('/admin/queues/api/queues').set('authorization', `Bearer ${odd}`);
      expect(dashboard.status).toBe(401);
    }
  });

  it('refuses the token of a user who was deactivated after signing in', async () => {
    const { users } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.VIEWER]);
    const token = await t.login(users[0].email);
    await t.get(DataSource).getRepository(User).update(users[0].id, { isActive: false });
    expect((await t.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses the very next request of a signed-in user once deactivated, on this replica as on any (no cached user), and serves it again once reactivated', async () => {
    const { users } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.VIEWER]);
    const token = await t.login(users[0].email);
    expect((await t.gql(ME, {}, token)).data?.me).toBeTruthy();
    await t.get(DataSource).getRepository(User).update(users[0].id, { isActive: false });
    const refused = await t.gql(ME, {}, token);
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.data).toBeNull();
    await t.get(DataSource).getRepository(User).update(users[0].id, { isActive: true });
    expect((await t.gql(ME, {}, token)).data?.me).toBeTruthy();
  });

  it('answers malformed GraphQL with a parse error and HTTP 400', async () => {
    const res = await t.gql('{ me { email ');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('rejects a query deeper than the limit before running it', async () => {
    const shallow = await TestApp.start({ env: { GRAPHQL_MAX_DEPTH: '2' } });
    try {
      const token = await shallow.login(engineer.email);
      const res = await shallow.gql('{ me { organisation { name } } }', {}, token);
      expect(res.status).toBe(400);
      expect(res.errors?.[0].message).toMatch(/depth/i);
      expect(res.data).toBeUndefined();
      expect((await shallow.gql('{ me { email } }', {}, token)).data).toEqual({ me: { email: engineer.email } });
    } finally {
      await shallow.close();
    }
  });

  it('rejects a query with too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { email }`).join(' ');
    const res = await t.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const res = await t.http.get('/graphql').query({ query: '{ __typename }' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/CSRF/i);
  });

  it('signs in and answers me with organisation and roles', async () => {
    const token = await t.login(engineer.email.toUpperCase());
    const res = await t.gql(ME, {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me).toEqual({
      email: engineer.email,
      roles: ['QUALITY_ENGINEER'],
      organisation: { name: expect.stringContaining('Test ENTERPRISE'), kind: 'ENTERPRISE' },
    });
  });

  it('changes a password only when the current one is given', async () => {
    const { users } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.VIEWER]);
    const token = await t.login(users[0].email);
    const wrong = await t.gql(CHANGE, { c: 'not-my-password', n: 'a-new-password-1' }, token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await t.gql(CHANGE, { c: PASSWORD, n: 'short' }, token);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await t.gql(CHANGE, { c: PASSWORD, n: 'a-new-password-1' }, token)).data?.changePassword.accessToken).toEqual(expect.any(String));
    await expect(t.login(users[0].email)).rejects.toThrow(/Wrong e-mail or password/);
    await expect(t.login(users[0].email, 'a-new-password-1')).resolves.toEqual(expect.any(String));
    // The hash is never loaded unless asked for, so it cannot leak through a resolver.
    expect((await t.get(UserService).findByEmail(users[0].email))?.passwordHash).toBeUndefined();
  });
});
