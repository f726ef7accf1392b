import { Client } from 'pg';
import { JobQueues, QueueName, runMigrations } from '@chainq/core';
import { recreateDatabase } from '../support/global-setup';
import { TestApp } from '../support/test-app';

/**
 * The PostgreSQL job queue when the database drops its connections (a
 * restart, a failover, the embedded server stopping at shutdown): the error
 * goes to the log, not raw to stderr, and the queue works again afterwards.
 * A database of its own, so that no other test's connections are cut.
 */
describe('PostgreSQL queue connections cut by the server', () => {
  let app: TestApp;
  let url: string;
  beforeAll(async () => {
    url = await recreateDatabase(process.env.TEST_SERVER_URL!, 'chainq_queue_connection_loss');
    await runMigrations(url);
    app = await TestApp.start({ env: { DATABASE_URL: url, REDIS_URL: '' } });
  });
  afterAll(() => app.close());

  const cutConnections = async () => {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      const rows: { cut: boolean }[] = await admin
        .query(`SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)
        .then((r) => r.rows);
      return rows.filter((r) => r.cut).length;
    } finally {
      await admin.end();
    }
  };

  it('logs the dropped connection instead of printing it raw, and the queue answers again', async () => {
    // Every queue has connected (and checked BullMQ's schema): their pools hold idle connections now.
    await Promise.all(app.get(JobQueues).all().map((q) => q.waitUntilReady()));
    const queue = app.get(JobQueues).get(QueueName.Maintenance);
    await queue.getJobCounts('waiting');
    const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await cutConnections()).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 300)); // the FATAL message reaches the idle clients
      expect(printed.mock.calls.map((c) => String(c[0]))).toEqual([]);
    } finally {
      printed.mockRestore();
    }
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: expect.any(Number) });
    expect((await app.http.get('/health/ready')).status).toBe(200);
  });
});
