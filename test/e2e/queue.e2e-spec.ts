import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { JOB_QUEUE, JobName, JobQueues, NotificationKind, OutboxMessage, OutboxService, QueueName, SCHEDULES } from '@chainq/core';
import { OrganisationKind, Role, User } from '@chainq/identity';
import { Notification } from '@chainq/notifications';
import { eventually, PASSWORD, TestApp } from '../support/test-app';

/** PostgreSQL always (an empty REDIS_URL, whatever TEST_QUEUE_BACKEND says); Redis too when REDIS_URL names a server (CI starts one). */
const backends: { name: string; env: Record<string, string> }[] = [
  { name: 'PostgreSQL', env: { REDIS_URL: '' } },
  ...(process.env.REDIS_URL ? [{ name: 'Redis', env: { REDIS_URL: process.env.REDIS_URL } }] : []),
];

describe.each(backends)('jobs on the $name backend', ({ env }) => {
  let worker: TestApp;
  let recipient: User;

  beforeAll(async () => {
    if (env.REDIS_URL) {
      const redis = new Redis(env.REDIS_URL);
      await redis.flushdb();
      redis.disconnect();
    }
    worker = await TestApp.start({ worker: true, env });
    ({ users: [recipient] } = await worker.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.VIEWER]));
  });
  afterAll(() => worker.close());

  const notify = (key: string) => ({
    recipientUserId: recipient.id,
    kind: NotificationKind.WELCOME as const,
    title: key,
    body: 'b',
    params: { displayName: key, organisation: 'o', roles: 'VIEWER' },
    link: null,
    dedupeKey: key,
  });
  const delivered = (app: TestApp, key: string) => app.get(DataSource).getRepository(Notification).countBy({ dedupeKey: key });

  it('runs a job recorded in a committed transaction', async () => {
    const key = randomUUID();
    await worker.get(DataSource).transaction((m) => worker.get(OutboxService).record(m, JobName.SendNotification, notify(key)));
    await eventually(async () => (await delivered(worker, key)) === 1);
  });

  it('delivers the job an API write enqueued (createUser -> welcome notification)', async () => {
    const { organisation, users: [admin] } = await worker.organisationWithUsers(OrganisationKind.ENTERPRISE, [Role.ENTERPRISE_ADMIN]);
    const email = `api-write.${randomUUID().slice(0, 8)}@test.example`;
    const res = await worker.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { organisationId: organisation.id, email, displayName: 'Queued', password: PASSWORD, roles: ['VIEWER'] } },
      await worker.login(admin.email),
    );
    const userId = res.data?.createUser.id;
    expect(userId).toEqual(expect.any(String));
    await eventually(async () => (await delivered(worker, `welcome:${userId}`)) === 1);
  });

  it('never runs a job whose transaction rolled back', async () => {
    const key = randomUUID();
    await expect(
      worker.get(DataSource).transaction(async (m) => {
        await worker.get(OutboxService).record(m, JobName.SendNotification, notify(key));
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    const marker = randomUUID();
    await worker.get(DataSource).transaction((m) => worker.get(OutboxService).record(m, JobName.SendNotification, notify(marker)));
    await eventually(async () => (await delivered(worker, marker)) === 1);
    expect(await delivered(worker, key)).toBe(0);
  });

  it('keeps jobs in the outbox while no worker runs, and delivers them once one starts', async () => {
    await worker.close();
    const api = await TestApp.start({ env });
    const keys = Array.from({ length: 5 }, () => randomUUID());
    try {
      await api.get(DataSource).transaction(async (m) => {
        for (const key of keys) await api.get(OutboxService).record(m, JobName.SendNotification, notify(key));
      });
      await new Promise((r) => setTimeout(r, 500));
      expect(await api.get(DataSource).getRepository(OutboxMessage).count()).toBe(5);
      expect(await delivered(api, keys[0])).toBe(0);
    } finally {
      await api.close();
    }
    worker = await TestApp.start({ worker: true, env });
    for (const key of keys) await eventually(async () => (await delivered(worker, key)) === 1);
    expect(await worker.get(DataSource).getRepository(OutboxMessage).count()).toBe(0);
  });

  it('shares work between two worker replicas: each job runs, schedules exist once', async () => {
    const second = await TestApp.start({ worker: true, env });
    try {
      const keys = Array.from({ length: 40 }, () => randomUUID());
      await worker.get(DataSource).transaction(async (m) => {
        for (const key of keys) await worker.get(OutboxService).record(m, JobName.SendNotification, notify(key));
      });
      for (const key of keys) await eventually(async () => (await delivered(worker, key)) === 1);
      // Both replicas upserted every schedule at boot; each exists once.
      for (const queue of Object.values(QueueName)) {
        const schedulers = await second.get(JobQueues).get(queue).getJobSchedulers();
        const expected = SCHEDULES.filter((s) => JOB_QUEUE[s.job] === queue).map((s) => s.id);
        expect(schedulers.map((s) => s.key).sort()).toEqual(expected.sort());
      }
    } finally {
      await second.close();
    }
  });

  it('runs the scheduled purge of expired sign-in counters', async () => {
    const ds = worker.get(DataSource);
    await ds.query(`INSERT INTO rate_limit_buckets (key, hits, expires_at) VALUES ('login:gone@test.example', 3, now() - interval '1 minute')`);
    const queue = worker.get(JobQueues).get(QueueName.Maintenance);
    const job = await queue.add(JobName.PurgeExpiredRateLimits, {});
    await eventually(async () => (await job.isCompleted()) || (await queue.getJob(job.id!))?.returnvalue);
    expect(await ds.query(`SELECT 1 FROM rate_limit_buckets WHERE key = 'login:gone@test.example'`)).toEqual([]);
  });
});
