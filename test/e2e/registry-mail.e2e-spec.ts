import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, randomUscc, TestEnterprise } from '../support/registry-fixtures';
import { eventually, PASSWORD, TestApp } from '../support/test-app';

interface Received {
  to: string;
  raw: string;
}

/** A real SMTP server on loopback receives what the worker sends. */
describe('e-mail over SMTP: invitations and notifications', () => {
  let smtp: SMTPServer;
  const inbox: Received[] = [];
  let t: TestApp;
  let leader: TestEnterprise;
  let chainId: string;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await TestApp.start({ worker: true, env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'ChainQ <noreply@chainq.test>' } });
    leader = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    chainId = (await chainLedBy(t, leader)).id;
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends the invitation once, with a token that accepts', async () => {
    const sqe = await t.login(leader.users[Role.QUALITY_ENGINEER].email);
    const res = await t.gql(
      'mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token } }',
      { input: { chainId, uscc: randomUscc('131125'), email: 'owner@mailed-mesh.example', tier: 1 } },
      sqe,
    );
    const mail = await eventually(async () => inbox.find((m) => m.to === 'owner@mailed-mesh.example'));
    expect(mail.raw).toMatch(/Subject: .*invites you to its supply chain on ChainQ/);
    const token = res.data?.inviteSupplier.token as string;
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(token);
    await new Promise((r) => setTimeout(r, 300));
    expect(inbox.filter((m) => m.to === 'owner@mailed-mesh.example')).toHaveLength(1);

    const accepted = await t.gql(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { status } } }',
      { input: { token, account: { displayName: 'Mailed Owner', password: PASSWORD }, enterprise: { name: 'Mailed Mesh Co.', industryCode: 'C3340', regionCode: '131125' } } },
    );
    expect(accepted.data?.acceptInvitation.membership.status).toBe('ONBOARDING');

    // The leader's in-app notification is e-mailed too, once.
    const leaderEmail = leader.users[Role.QUALITY_ENGINEER].email;
    const notice = await eventually(async () => inbox.find((m) => m.to === leaderEmail && /accepted your invitation/.test(m.raw)));
    expect(notice.raw).toMatch(/Subject: Mailed Mesh Co\. accepted your invitation/);
    await new Promise((r) => setTimeout(r, 300));
    expect(inbox.filter((m) => m.to === leaderEmail && /accepted your invitation/.test(m.raw))).toHaveLength(1);
  });
});
