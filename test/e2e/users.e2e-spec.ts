import { DataSource } from 'typeorm';
import { Organisation, OrganisationKind, Role, User } from '@chainq/identity';
import { Notification, NotificationKind } from '@chainq/notifications';
import { eventually, PASSWORD, TestApp } from '../support/test-app';

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email roles organisation { id } } }`;
const USERS = `query($org: ID!, $first: Int, $after: String) {
  users(organisationId: $org, first: $first, after: $after) {
    totalCount edges { node { email } } pageInfo { hasNextPage endCursor }
  }
}`;
const NOTIFICATIONS = '{ notifications { totalCount edges { node { id kind title readAt } } } }';

describe('users of an organisation', () => {
  let t: TestApp;
  let leader: Organisation;
  let leaderAdmin: User;
  let leaderEngineer: User;
  let supplierAdmin: User;
  let platformAdmin: User;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    ({
      organisation: leader,
      users: [leaderAdmin, leaderEngineer],
    } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]));
    ({
      users: [supplierAdmin],
    } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.ENTERPRISE_ADMIN]));
    ({
      users: [platformAdmin],
    } = await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN]));
  });
  afterAll(() => t.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    organisationId: leader.id,
    email: `new.${Math.random().toString(36).slice(2)}@test.example`,
    displayName: 'New Engineer',
    password: PASSWORD,
    roles: ['QUALITY_ENGINEER'],
    ...overrides,
  });

  /**
   * What a refused attempt to add this user left: users with its e-mail and welcome notices naming
   * it, queued or delivered. The worker runs and empties the outbox within milliseconds, so this
   * first waits until it has nothing left, then counts the delivered notifications as well.
   * Scoped to the attempt, as other suites write to the same database meanwhile.
   */
  const leftBy = async (attempt: { email: string; displayName: string }) => {
    await t.settled();
    const [row] = await t.get(DataSource).query(
      `SELECT (SELECT count(*)::int FROM users WHERE email = $1) AS users,
              (SELECT count(*)::int FROM outbox_messages WHERE payload->>'title' = 'Welcome to ChainQ, ' || $2)
            + (SELECT count(*)::int FROM notifications WHERE title = 'Welcome to ChainQ, ' || $2) AS welcomes`,
      [attempt.email, attempt.displayName],
    );
    return row as { users: number; welcomes: number };
  };
  const denied = (overrides: Record<string, unknown> = {}) => input({ displayName: `Denied ${Math.random().toString(36).slice(2)}`, ...overrides });

  describe('deny cases', () => {
    it("hides another enterprise's organisation from an enterprise admin (NOT_FOUND, nothing written)", async () => {
      const attempt = denied();
      const res = await t.gql(CREATE_USER, { input: attempt }, await t.login(supplierAdmin.email));
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(await leftBy(attempt)).toEqual({ users: 0, welcomes: 0 });
    });

    it('refuses a quality engineer adding users to their own enterprise (FORBIDDEN)', async () => {
      const res = await t.gql(CREATE_USER, { input: input() }, await t.login(leaderEngineer.email));
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('refuses roles the organisation kind cannot hold, naming the field', async () => {
      const res = await t.gql(CREATE_USER, { input: input({ roles: ['COORDINATOR'] }) }, await t.login(leaderAdmin.email));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roles' });
      expect(res.errors?.[0].message).toMatch(/COORDINATOR cannot be held in a ENTERPRISE organisation/);
    });

    it('refuses a malformed e-mail and a short password at the edge, naming the field', async () => {
      const token = await t.login(leaderAdmin.email);
      const email = await t.gql(CREATE_USER, { input: input({ email: 'not-an-email' }) }, token);
      expect(email.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      const password = await t.gql(CREATE_USER, { input: input({ password: 'short' }) }, token);
      expect(password.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    });

    it('refuses a duplicate e-mail with CONFLICT and writes neither user nor outbox row', async () => {
      const attempt = denied({ email: leaderEngineer.email });
      const res = await t.gql(CREATE_USER, { input: attempt }, await t.login(leaderAdmin.email));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
      expect(await leftBy(attempt)).toEqual({ users: 1, welcomes: 0 });
    });

    it("does not list another organisation's users", async () => {
      const res = await t.gql(USERS, { org: leader.id }, await t.login(supplierAdmin.email));
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('rejects a cursor it did not issue', async () => {
      const res = await t.gql(USERS, { org: leader.id, after: 'bm9wZQ' }, await t.login(leaderAdmin.email));
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  it('adds a user whose welcome notification the worker delivers through the outbox and queue', async () => {
    const res = await t.gql(CREATE_USER, { input: input({ email: 'welcome.me@test.example' }) }, await t.login(leaderAdmin.email));
    expect(res.errors).toBeUndefined();
    expect(res.data?.createUser).toMatchObject({ email: 'welcome.me@test.example', roles: ['QUALITY_ENGINEER'], organisation: { id: leader.id } });

    const token = await t.login('welcome.me@test.example');
    const inbox = await eventually(async () => {
      const r = await t.gql(NOTIFICATIONS, {}, token);
      return r.data?.notifications.totalCount === 1 ? r.data.notifications : undefined;
    });
    expect(inbox.edges[0].node).toMatchObject({ kind: 'WELCOME', title: 'Welcome to ChainQ, New Engineer', readAt: null });
    // Delivered, so no longer waiting in the outbox.
    const [{ waiting }] = await t.get(DataSource).query(
      `SELECT count(*)::int AS waiting FROM outbox_messages WHERE payload->>'recipientUserId' = (SELECT id::text FROM users WHERE email = 'welcome.me@test.example')`,
    );
    expect(waiting).toBe(0);

    // Nobody else sees it, and nobody else can mark it read.
    const other = await t.login(leaderAdmin.email);
    expect((await t.gql(NOTIFICATIONS, {}, other)).data?.notifications.totalCount).toBe(0);
    const id = inbox.edges[0].node.id;
    const mark = 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }';
    expect((await t.gql(mark, { ids: [id] }, other)).data).toEqual({ markNotificationsRead: 0 });
    expect((await t.gql(mark, { ids: [id] }, token)).data).toEqual({ markNotificationsRead: 1 });
    const read = await t.gql(NOTIFICATIONS, {}, token);
    expect(read.data?.notifications.edges[0].node.readAt).toEqual(expect.any(String));
  });

  it('lets a platform admin add users to any organisation', async () => {
    const res = await t.gql(CREATE_USER, { input: input({ roles: ['VIEWER'] }) }, await t.login(platformAdmin.email));
    expect(res.data?.createUser.roles).toEqual(['VIEWER']);
  });

  it('pages through users with cursors, in creation order, without gaps or repeats', async () => {
    const token = await t.login(leaderAdmin.email);
    const all = await t.get(DataSource).getRepository(User).find({ where: { organisationId: leader.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    expect(all.length).toBeGreaterThanOrEqual(4);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const res = await t.gql(USERS, { org: leader.id, first: 2, after }, token);
      const page = res.data?.users;
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.edges.map((e: { node: { email: string } }) => e.node.email));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((u) => u.email));
    const tooMany = await t.gql(USERS, { org: leader.id, first: 500 }, token);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('stores one notification however often the same delivery is retried', async () => {
    const { NotificationService } = await import('@chainq/notifications');
    const service = t.get(NotificationService);
    const payload = {
      recipientUserId: leaderEngineer.id,
      kind: NotificationKind.WELCOME as const,
      title: 't',
      body: 'b',
      params: { displayName: 't', organisation: 'o', roles: 'VIEWER' },
      link: null,
      dedupeKey: `retry:${leaderEngineer.id}`,
    };
    expect(await service.deliver(payload)).toEqual({ delivered: true });
    expect(await service.deliver(payload)).toEqual({ delivered: false });
    expect(await t.get(DataSource).getRepository(Notification).countBy({ dedupeKey: payload.dedupeKey })).toBe(1);
  });
});
