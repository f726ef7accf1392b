import { DataSource } from 'typeorm';
import { JobName, JobQueues, QueueName } from '@chainq/core';
import { Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, randomUscc, TestEnterprise } from '../support/registry-fixtures';
import { SmtpInbox } from '../support/smtp-inbox';
import { eventually, PASSWORD, TestApp } from '../support/test-app';

/** A real SMTP server on loopback receives what the worker sends. */
describe('e-mail over SMTP: invitations and notifications', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let leader: TestEnterprise;
  let chainId: string;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    t = await TestApp.start({ worker: true, env: { SMTP_URL: inbox.url, MAIL_FROM: 'ChainQ <noreply@chainq.test>', PUBLIC_URL: 'https://quality.example.cn/' } });
    leader = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    chainId = (await chainLedBy(t, leader)).id;
  });
  afterAll(async () => {
    await t.close();
    await inbox.close();
  });

  /** Waits until a job of `name` whose data matches has completed, and returns it. */
  const completedJob = (name: JobName, matches: (data: Record<string, unknown>) => boolean) =>
    eventually(async () => (await t.get(JobQueues).get(QueueName.Notifications).getJobs(['completed'])).find((j) => j.name === name && matches(j.data)));

  it('sends the invitation and its acceptance notice once each, and a repeated job sends neither again', async () => {
    const sqe = await t.login(leader.users[Role.QUALITY_ENGINEER].email);
    const res = await t.gql(
      'mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token } }',
      { input: { chainId, uscc: randomUscc('131125'), email: 'owner@mailed-mesh.example', tier: 1 } },
      sqe,
    );
    const token = res.data?.inviteSupplier.token as string;
    const invitationId = token.split('.')[0];
    const sendJob = await completedJob(JobName.SendInvitation, (d) => d.invitationId === invitationId);
    expect(sendJob.returnvalue).toEqual({ sent: true, via: 'smtp' });
    await t.settled();
    const invitations = inbox.to('owner@mailed-mesh.example');
    expect(invitations).toHaveLength(1);
    // The invitee has no account, so no language: both, Chinese first.
    expect(invitations[0].subject).toMatch(/^.+ 邀请您加入其在 ChainQ 上的产业链 \/ .+ invites you to its supply chain on ChainQ$/);
    const text = invitations[0].text;
    expect(text.indexOf('请打开下面的链接接受邀请')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('请打开下面的链接接受邀请')).toBeLessThan(text.indexOf('Open this link to accept'));
    expect(text).toContain(token);
    // The link opens the web app's invitation page (PUBLIC_URL without its trailing slash).
    expect(text).toContain(`https://quality.example.cn/invitation?token=${token}`);
    // The relay adds the job again under the same id if it died before deleting its outbox row.
    await t.get(JobQueues).get(QueueName.Notifications).add(JobName.SendInvitation, { invitationId }, { jobId: sendJob.id });
    await t.settled();
    expect(inbox.to('owner@mailed-mesh.example')).toHaveLength(1);

    // The leader's admin reads English; its quality engineer never chose and reads Chinese.
    const leaderAdmin = leader.users[Role.ENTERPRISE_ADMIN];
    const english = await t.gql('mutation { setMyLanguage(language: EN) { language } }', {}, await t.login(leaderAdmin.email));
    expect(english.data?.setMyLanguage.language).toBe('EN');

    const accepted = await t.gql(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { status } } }',
      { input: { token, account: { displayName: 'Mailed Owner', password: PASSWORD }, enterprise: { name: 'Mailed Mesh Co.', industryCode: 'C3340', regionCode: '131125' } } },
    );
    expect(accepted.data?.acceptInvitation.membership.status).toBe('ONBOARDING');

    // The leader's in-app notification is e-mailed too: once, and a second e-mail job for it sends nothing.
    const leaderUser = leader.users[Role.QUALITY_ENGINEER];
    const [notice] = await eventually(async () => {
      const rows: { id: string }[] = await t.get(DataSource).query(
        `SELECT id FROM notifications WHERE recipient_user_id = $1 AND kind = 'INVITATION_ACCEPTED' AND emailed_at IS NOT NULL`,
        [leaderUser.id],
      );
      return rows.length > 0 && rows;
    });
    const emailJob = await completedJob(JobName.EmailNotification, (d) => d.notificationId === notice.id);
    expect(emailJob.returnvalue).toEqual({ sent: true });
    await t.settled();
    const accepted1 = inbox.to(leaderUser.email, /对方现在可以提交资质审核/);
    expect(accepted1).toHaveLength(1);
    expect(accepted1[0].subject).toMatch(/^Mailed Mesh Co\. 已接受邀请，加入 .+$/);
    const inEnglish = await eventually(async () => inbox.to(leaderAdmin.email, /They can now submit their qualification/).length > 0 && inbox.to(leaderAdmin.email));
    expect(inEnglish).toHaveLength(1);
    expect(inEnglish[0].subject).toMatch(/^Mailed Mesh Co\. accepted your invitation to .+$/);
    const duplicate = await t.get(JobQueues).get(QueueName.Notifications).add(JobName.EmailNotification, { notificationId: notice.id });
    await eventually(async () => (await duplicate.isCompleted()) && true);
    expect((await t.get(JobQueues).get(QueueName.Notifications).getJob(duplicate.id!))?.returnvalue).toEqual({ sent: false });
    await t.settled();
    expect(inbox.to(leaderUser.email, /对方现在可以提交资质审核/)).toHaveLength(1);
  });
});
