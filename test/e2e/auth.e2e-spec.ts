import { JwtService } from '@nestjs/jwt';
import { OrganisationKind, Role, User, UserService } from '@chainq/identity';
import { DataSource } from 'typeorm';
import { PASSWORD, TestApp } from '../support/test-app';

const ME = '{ me { email roles organisation { name kind } } }';

describe('sign-in and tokens', () => {
  let t: TestApp;
  let engineer: User;

  beforeAll(async () => {
    t = await TestApp.start({ env: { LOGIN_MAX_ATTEMPTS: '3' } });
    ({
      users: [engineer],
    } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.QUALITY_ENGINEER]));
  });
  afterAll(() => t.close());

  const sign = (payload: object, secret = t.config.auth.jwtSecret) =>
    new JwtService().signAsync(payload, { secret, issuer: 'chainq', audience: 'chainq-api' });

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

  it('refuses a wrong password without saying which half was wrong', async () => {
    const wrong = await t.gql('mutation { login(email: "' + engineer.email + '", password: "not-the-password") { accessToken } }');
    const unknown = await t.gql('mutation { login(email: "nobody@test.example", password: "not-the-password") { accessToken } }');
    expect(wrong.errors?.[0]).toMatchObject({ message: 'Wrong e-mail or password', extensions: { code: 'UNAUTHENTICATED' } });
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

  it('refuses the token of a user who was deactivated after signing in', async () => {
    const { users } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.VIEWER]);
    const token = await t.login(users[0].email);
    await t.get(DataSource).getRepository(User).update(users[0].id, { isActive: false });
    expect((await t.gql(ME, {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
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
    const change = 'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }';
    const wrong = await t.gql(change, { c: 'not-my-password', n: 'a-new-password-1' }, token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await t.gql(change, { c: PASSWORD, n: 'short' }, token);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect((await t.gql(change, { c: PASSWORD, n: 'a-new-password-1' }, token)).data).toEqual({ changePassword: true });
    await expect(t.login(users[0].email)).rejects.toThrow(/Wrong e-mail or password/);
    await expect(t.login(users[0].email, 'a-new-password-1')).resolves.toEqual(expect.any(String));
    // The hash is never loaded unless asked for, so it cannot leak through a resolver.
    expect((await t.get(UserService).findByEmail(users[0].email))?.passwordHash).toBeUndefined();
  });
});
