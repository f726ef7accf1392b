import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { APP_CONFIG, AppConfig, JobQueues, QueueName } from '@chainq/core';
import { OrganisationKind, Role, User } from '@chainq/identity';
import { PASSWORD, TestApp } from '../support/test-app';
import { newSigningKeyPem } from '@chainq/credit';

const basic = (email: string, password = PASSWORD) => `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;
const ADD_JOB = `/admin/queues/api/queues/${QueueName.Maintenance}/add`;
const HOST = 'chainq.example:3000';
/** Jobs a dashboard write could have added to the maintenance queue. */
const queued = (t: TestApp) => t.get(JobQueues).get(QueueName.Maintenance).getJobCounts('waiting', 'delayed', 'prioritized').then((c) => Object.values(c).reduce((a, b) => a + b, 0));

describe('platform', () => {
  let t: TestApp;
  let admin: User;
  let engineer: User;

  beforeAll(async () => {
    t = await TestApp.start();
    ({ users: [admin] } = await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN]));
    ({ users: [engineer] } = await t.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.QUALITY_ENGINEER]));
  });
  afterAll(() => t.close());

  it('answers liveness and readiness (database and queue) without a token', async () => {
    expect((await t.http.get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details).toMatchObject({ database: { status: 'up' }, queue: { status: 'up', backend: 'postgres' } });
  });

  it('echoes a request id for log correlation', async () => {
    const res = await t.http.get('/health/live').set('x-request-id', 'req-42');
    expect(res.headers['x-request-id']).toBe('req-42');
    expect((await t.http.get('/health/live')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps schema.gql in step with the code (run `npm run schema:print` after changing the API)', () => {
    const current = printSchema(t.get(GraphQLSchemaHost).schema) + '\n';
    expect(readFileSync('schema.gql', 'utf8')).toBe(current);
  });

  it('refuses a query over the cost limit as QUERY_TOO_COMPLEX with the cost and the limit as numbers, not as a syntax error', async () => {
    const token = await t.login(engineer.email);
    // 100 chains x 100 memberships each, with their enterprises: far over any page the web app asks for.
    const res = await t.gql('{ industryChains(first: 100) { edges { node { memberships(first: 100) { edges { node { id enterprise { name certifications { id } } } } } } } } }', {}, token);
    const limit = t.app.get<AppConfig>(APP_CONFIG).graphql.maxCost;
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_COMPLEX', limit, cost: expect.any(Number) });
    expect(res.errors?.[0].extensions?.cost).toBeGreaterThan(limit);
    expect(res.errors?.[0].message).toBe(`The query's cost is ${res.errors?.[0].extensions?.cost}, over the limit of ${limit}`);
  });

  describe('queue dashboard', () => {
    it('asks for credentials, refuses non-admins, admits platform admins', async () => {
      const none = await t.http.get('/admin/queues');
      expect(none.status).toBe(401);
      expect(none.headers['www-authenticate']).toMatch(/^Basic/);
      expect((await t.http.get('/admin/queues').set('authorization', basic(admin.email, 'wrong-password'))).status).toBe(401);
      expect((await t.http.get('/admin/queues').set('authorization', basic(engineer.email))).status).toBe(403);
      const ok = await t.http.get('/admin/queues/api/queues').set('authorization', basic(admin.email));
      expect(ok.status).toBe(200);
      expect(ok.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(Object.values(QueueName).sort());
      const bearer = await t.http.get('/admin/queues/api/queues').set('authorization', `Bearer ${await t.login(admin.email)}`);
      expect(bearer.status).toBe(200);
    });

    it('refuses a cross-site form POST carrying cached Basic credentials, and a write that names no origin; adds no job', async () => {
      const before = await queued(t);
      const crossSite = await t.http
        .post(ADD_JOB)
        .set('host', HOST)
        .set('origin', 'https://evil.example')
        .set('authorization', basic(admin.email))
        .type('form')
        .send({ name: 'forged', data: '{}' });
      expect(crossSite.status).toBe(403);
      expect(crossSite.body.message).toMatch(/same origin/);
      const byReferer = await t.http.post(ADD_JOB).set('host', HOST).set('referer', 'https://evil.example/page').set('authorization', basic(admin.email)).type('form').send({ name: 'forged' });
      expect(byReferer.status).toBe(403);
      const noOrigin = await t.http.post(ADD_JOB).set('host', HOST).set('authorization', basic(admin.email)).send({ name: 'forged', data: {} });
      expect(noOrigin.status).toBe(403);
      expect(await queued(t)).toBe(before);
    });

    it('accepts a same-origin write outside production', async () => {
      const before = await queued(t);
      const res = await t.http
        .post(ADD_JOB)
        .set('host', HOST)
        .set('origin', `http://${HOST}`)
        .set('authorization', basic(admin.email))
        .send({ name: 'dashboard-check', data: {}, options: { delay: 3_600_000 } });
      expect(res.status).toBe(200);
      expect(await queued(t)).toBe(before + 1);
      await t.get(JobQueues).get(QueueName.Maintenance).remove(res.body.job.id);
    });
  });

  describe('in production', () => {
    let prod: TestApp;
    beforeAll(async () => {
      prod = await TestApp.start({ env: { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-more-than-32-chars', PROFILE_SIGNING_KEY: newSigningKeyPem() } });
    });
    afterAll(() => prod.close());

    it('keeps the queue dashboard read-only: a same-origin write is refused and adds no job', async () => {
      const { users: [prodAdmin] } = await prod.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN]);
      const before = await queued(prod);
      const res = await prod.http
        .post(ADD_JOB)
        .set('host', HOST)
        .set('origin', `https://${HOST}`)
        .set('authorization', basic(prodAdmin.email))
        .send({ name: 'dashboard-check', data: {} });
      expect(res.status).toBe(403);
      expect(res.body.message).toMatch(/read-only/);
      expect(await queued(prod)).toBe(before);
      const read = await prod.http.get('/admin/queues/api/queues').set('authorization', basic(prodAdmin.email));
      expect(read.status).toBe(200);
      expect(read.body.queues.every((q: { readOnlyMode: boolean }) => q.readOnlyMode)).toBe(true);
    });

    it('turns introspection off and serves no sandbox page', async () => {
      const res = await prod.gql('{ __schema { types { name } } }');
      expect(res.errors?.[0].message).toMatch(/introspection/i);
      const page = await prod.http.get('/graphql').set('accept', 'text/html');
      expect(page.text).not.toMatch(/sandbox/i);
    });

    it('sends error codes without stack traces', async () => {
      const res = await prod.gql('{ me { email } }');
      expect(res.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'AUTHENTICATION_REQUIRED' });
      const parse = await prod.gql('{ me {');
      expect(parse.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED', reason: 'QUERY_SYNTAX_ERROR' });
      const unknown = await prod.gql('{ meh }');
      expect(unknown.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_INVALID' });
    });
  });
});
