import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { chinaDay, chinaMidnight, JobName, JobPayloads, JobQueues, QueueName } from '@chainq/core';
import { Role } from '@chainq/identity';
import { Notification } from '@chainq/notifications';
import { Certification, CertificationScheme } from '@chainq/registry';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { inDays, publishedStandard } from '../support/standards-fixtures';
import { eventually, TestApp } from '../support/test-app';

const DISTRIBUTE = 'mutation($i: DistributeStandardRevisionInput!) { distributeStandardRevision(input: $i) { id } }';
const REPORT = 'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { id correctiveActions { edges { node { id } } } } }';

/** 05:00 in Shanghai on a China day: 21:00 UTC the evening before, when the daily jobs run. */
const fiveAmShanghai = (day: string) => new Date(chinaMidnight(day).getTime() + 5 * 3600_000);
const dayAfter = (day: string, days = 1) => chinaDay(chinaMidnight(day), days);

/**
 * The daily jobs at the time they really run (05:00 and 05:30 Shanghai time,
 * still the previous day in UTC), and a crash between a claim and its
 * notices.
 */
describe('daily jobs', () => {
  let t: TestApp;
  let ds: DataSource;
  let L: TestEnterprise, S1: TestEnterprise;
  let leader: string, chainId: string, membershipId: string;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    ds = t.get(DataSource);
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    membershipId = await onboardSupplier(t, chainId, leader, S1);
  });
  afterEach(async () => {
    await ds.query('DROP TRIGGER IF EXISTS test_crash_once ON outbox_messages');
    await ds.query('DROP TRIGGER IF EXISTS test_crash_once ON notifications');
    await ds.query('DROP FUNCTION IF EXISTS test_crash_once()');
    await ds.query('DROP SEQUENCE IF EXISTS test_crash_once');
  });
  afterAll(() => t.close());

  /** Runs a job through the queue, as the schedule does, and waits for it to finish (retries included). */
  async function run<N extends JobName>(queue: QueueName, name: N, data: JobPayloads[N]) {
    const job = await t.get(JobQueues).get(queue).add(name, data);
    await eventually(async () => (await job.isCompleted()) && true, 20000);
    await t.settled();
    return t.get(JobQueues).get(queue).getJob(job.id!);
  }

  /**
   * A real database failure in the first insert of a notice of `kind`,
   * whether it goes to the outbox or straight to the notifications table:
   * the job crashes right after its claim, once (a sequence does not roll back).
   */
  async function crashOnceOnNotice(kind: string) {
    await ds.query('CREATE SEQUENCE test_crash_once');
    await ds.query(`CREATE FUNCTION test_crash_once() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Nested: SQL does not promise to evaluate AND from left to right.
        IF coalesce(to_jsonb(NEW)->>'kind', to_jsonb(NEW)->'payload'->>'kind') = TG_ARGV[0] THEN
          IF nextval('test_crash_once') = 1 THEN
            RAISE EXCEPTION 'crashed after the claim (test)';
          END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await ds.query(`CREATE TRIGGER test_crash_once BEFORE INSERT ON outbox_messages FOR EACH ROW EXECUTE FUNCTION test_crash_once('${kind}')`);
    await ds.query(`CREATE TRIGGER test_crash_once BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION test_crash_once('${kind}')`);
  }

  const titles = async (userId: string, kind: string) =>
    (await ds.getRepository(Notification).findBy({ recipientUserId: userId, kind })).map((n) => n.title).sort();

  async function distributed(dueOn: string) {
    const { revisionId, number } = await publishedStandard(t, leader, `Q/DJ ${Math.floor(Math.random() * 1e6)}-2026`);
    const res = await t.gql(DISTRIBUTE, { i: { revisionId, chainId, audience: 'MEMBERSHIPS', membershipIds: [membershipId], dueOn } }, leader);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return number;
  }

  describe('run at 05:00 Shanghai time act on that China day, not the UTC day before', () => {
    it('tells a holder "expires today" on the expiry day and marks the certificate of the day before expired', async () => {
      const holder = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
      const day = '2031-03-01';
      const save = (number: string, expiresOn: string) =>
        ds.getRepository(Certification).save({ enterpriseId: holder.enterprise.id, scheme: CertificationScheme.ISO_9001, number, certificationBody: 'CQC', issuedOn: '2028-03-01', expiresOn });
      const today = await save('ISO-today', day);
      const yesterday = await save('ISO-yesterday', dayAfter(day, -1));
      await run(QueueName.Maintenance, JobName.CheckCertificateExpiry, { now: fiveAmShanghai(day).toISOString() });
      expect(fiveAmShanghai(day).toISOString()).toBe('2031-02-28T21:00:00.000Z');
      expect(await titles(holder.users.ENTERPRISE_ADMIN.id, 'CERTIFICATE_EXPIRING')).toEqual(['ISO_9001 certificate ISO-today expires today']);
      expect((await ds.getRepository(Certification).findOneByOrFail({ id: yesterday.id })).status).toBe('EXPIRED');
      expect((await ds.getRepository(Certification).findOneByOrFail({ id: today.id })).status).toBe('VALID');
    });

    it('reminds three China days before the due date and escalates on the China day after it', async () => {
      const due = inDays(40);
      const number = await distributed(due);
      const kinds = ['STANDARD_DUE_SOON', 'STANDARD_OVERDUE'];
      const seen = async () => (await Promise.all(kinds.map((k) => titles(S1.users.ENTERPRISE_ADMIN.id, k)))).flat().filter((x) => x.startsWith(number));
      await run(QueueName.Standards, JobName.CheckStandardDeadlines, { now: fiveAmShanghai(dayAfter(due, -4)).toISOString() });
      expect(await seen()).toEqual([]);
      await run(QueueName.Standards, JobName.CheckStandardDeadlines, { now: fiveAmShanghai(dayAfter(due, -3)).toISOString() });
      expect(await seen()).toEqual([`${number} revision A is due on ${due}`]);
      await run(QueueName.Standards, JobName.CheckStandardDeadlines, { now: fiveAmShanghai(due).toISOString() });
      expect(await seen()).toHaveLength(1);
      await run(QueueName.Standards, JobName.CheckStandardDeadlines, { now: fiveAmShanghai(dayAfter(due)).toISOString() });
      expect((await seen()).sort()).toEqual([`${number} revision A is due on ${due}`, `${number} revision A is overdue (due ${due})`]);
    });
  });

  describe('a crash between a claim and its notices spends nothing: the retry delivers once', () => {
    it('an 8D escalation level', async () => {
      const title = `Cracked welds ${randomUUID().slice(0, 8)}`;
      const issue = await t.gql(REPORT, { i: { chainId, title, description: 'Found at incoming inspection', defectCode: 'SUR-BUR', severity: 'MINOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3600_000).toISOString(), supplierEnterpriseIds: [S1.enterprise.id] } }, leader);
      if (!issue.data) throw new Error(JSON.stringify(issue.errors));
      const actionId: string = issue.data?.reportQualityIssue.correctiveActions.edges[0].node.id;
      await crashOnceOnNotice('CORRECTIVE_ACTION_OVERDUE');
      // MINOR: containment due in 48 h; at 49 h the supplier's level 1 is earned.
      const job = await run(QueueName.Quality, JobName.CheckActionClocks, { now: new Date(Date.now() + 49 * 3600_000).toISOString() });
      expect(job?.stacktrace?.join('\n')).toContain('crashed after the claim');
      const mine = async (userId: string) => (await titles(userId, 'CORRECTIVE_ACTION_OVERDUE')).filter((x) => x.includes(title));
      expect(await mine(S1.users.ENTERPRISE_ADMIN.id)).toEqual([`8D overdue (escalation level 1), ${title}: D1, D2, D3 late`]);
      expect(await mine(S1.users.QUALITY_ENGINEER.id)).toHaveLength(1);
      const [{ level }] = await ds.query('SELECT escalation_level AS level FROM corrective_actions WHERE id = $1', [actionId]);
      expect(level).toBe(1);
      const events = await ds.query(`SELECT count(*)::int AS n FROM corrective_action_events WHERE action_id = $1 AND type = 'ESCALATED'`, [actionId]);
      expect(events[0].n).toBe(1);
    });

    it('a standard deadline reminder', async () => {
      const due = inDays(50);
      const number = await distributed(due);
      await crashOnceOnNotice('STANDARD_DUE_SOON');
      const job = await run(QueueName.Standards, JobName.CheckStandardDeadlines, { now: fiveAmShanghai(dayAfter(due, -2)).toISOString() });
      expect(job?.stacktrace?.join('\n')).toContain('crashed after the claim');
      for (const user of [S1.users.ENTERPRISE_ADMIN, S1.users.QUALITY_ENGINEER]) {
        expect((await titles(user.id, 'STANDARD_DUE_SOON')).filter((x) => x.startsWith(number))).toEqual([`${number} revision A is due on ${due}`]);
      }
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM standard_acknowledgements a JOIN standards s ON s.id = a.standard_id WHERE s.number = $1 AND a.reminded_at IS NOT NULL`,
        [number],
      );
      expect(n).toBe(1);
    });

    it('a certificate expiry notice', async () => {
      const holder = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
      const day = '2031-06-01';
      const cert = await ds.getRepository(Certification).save({ enterpriseId: holder.enterprise.id, scheme: CertificationScheme.ISO_14001, number: 'ENV-30', certificationBody: 'CQC', issuedOn: '2028-06-01', expiresOn: dayAfter(day, 20) });
      await crashOnceOnNotice('CERTIFICATE_EXPIRING');
      const job = await run(QueueName.Maintenance, JobName.CheckCertificateExpiry, { now: fiveAmShanghai(day).toISOString() });
      expect(job?.stacktrace?.join('\n')).toContain('crashed after the claim');
      for (const user of [holder.users.ENTERPRISE_ADMIN, holder.users.QUALITY_ENGINEER]) {
        expect(await titles(user.id, 'CERTIFICATE_EXPIRING')).toEqual(['ISO_14001 certificate ENV-30 expires in 20 days']);
      }
      expect((await ds.getRepository(Certification).findOneByOrFail({ id: cert.id })).expiryNoticeDays).toBe(30);
    });
  });
});
