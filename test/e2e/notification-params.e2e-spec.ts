import { DataSource } from 'typeorm';
import { Role } from '@chainq/identity';
import { Certification, CertificationScheme, CertificationService } from '@chainq/registry';
import { EIGHT_D } from '../support/quality-fixtures';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { inDays, publishedStandard } from '../support/standards-fixtures';
import { eventually, TestApp } from '../support/test-app';

const NOTIFICATIONS = '{ notifications(first: 100) { edges { node { id kind title params link { type id } } } } }';
const REPORT = 'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { correctiveActions { edges { node { id } } } } }';
const SUBMIT = 'mutation($a: ID!, $s: EightDStep!, $c: JSONObject!) { submitCorrectiveActionStep(actionId: $a, step: $s, content: $c) { status } }';
const DISTRIBUTE = 'mutation($i: DistributeStandardRevisionInput!) { distributeStandardRevision(input: $i) { id } }';

interface Seen {
  id: string;
  kind: string;
  title: string;
  params: Record<string, unknown>;
  link: { type: string; id: string } | null;
}

/** Notifications carry the kind, the values their text needs and what they are about, so the web app can translate and link them. */
describe('notification kinds, params and links', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise;
  let leader: string, s1: string, s1Admin: string, s2: string;
  let chainId: string, chainName: string, membershipId: string;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { name: 'Jiangsu Bracket Works' });
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    const chain = await chainLedBy(t, L);
    [chainId, chainName] = [chain.id, chain.name];
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    membershipId = await onboardSupplier(t, chainId, leader, S1);
    await onboardSupplier(t, chainId, leader, S2);
    [s1, s1Admin, s2] = await Promise.all([S1.users.QUALITY_ENGINEER, S1.users.ENTERPRISE_ADMIN, S2.users.ENTERPRISE_ADMIN].map((u) => t.login(u.email)));
  });
  afterAll(() => t.close());

  const seen = async (token: string): Promise<Seen[]> => {
    const res = await t.gql(NOTIFICATIONS, {}, token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.notifications.edges.map((e: { node: Seen }) => e.node);
  };
  /** The caller's notification of `kind` linking to `id`, once the worker has delivered it. */
  const arrived = (token: string, kind: string, id: string) => eventually(async () => (await seen(token)).find((n) => n.kind === kind && n.link?.id === id));

  it('a corrective action request and a step submission say which action, with the values their text needs; another supplier sees neither', async () => {
    const res = await t.gql(
      REPORT,
      { i: { chainId, title: 'Burrs on bracket edges', description: 'Found at incoming inspection', defectCode: 'sur-bur', severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3600_000).toISOString(), supplierEnterpriseIds: [S1.enterprise.id] } },
      leader,
    );
    const actionId: string = res.data?.reportQualityIssue.correctiveActions.edges[0].node.id;
    expect(actionId).toEqual(expect.any(String));

    const requested = await arrived(s1, 'CORRECTIVE_ACTION_REQUESTED', actionId);
    expect(requested).toMatchObject({
      kind: 'CORRECTIVE_ACTION_REQUESTED',
      params: { chain: chainName, issueTitle: 'Burrs on bracket edges', defectCode: 'SUR-BUR', severity: 'MAJOR', containmentHours: expect.any(Number) },
      link: { type: 'CORRECTIVE_ACTION', id: actionId },
    });

    expect((await t.gql(SUBMIT, { a: actionId, s: 'D1', c: EIGHT_D.D1 }, s1)).data?.submitCorrectiveActionStep.status).toBe('SUBMITTED');
    const submitted = await arrived(leader, 'STEP_SUBMITTED', actionId);
    expect(submitted).toMatchObject({
      params: { step: 'D1', issueTitle: 'Burrs on bracket edges', supplier: 'Jiangsu Bracket Works' },
      link: { type: 'CORRECTIVE_ACTION', id: actionId },
    });

    // Scoping: the other supplier of the chain sees none of it and cannot mark it read.
    await t.settled();
    expect((await seen(s2)).filter((n) => n.link?.id === actionId)).toEqual([]);
    const markOthers = await t.gql('mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', { ids: [requested.id, submitted.id] }, s2);
    expect(markOthers.data?.markNotificationsRead).toBe(0);
    expect((await t.gql('{ notifications(first: 100, unreadOnly: true) { edges { node { id } } } }', {}, s1)).data?.notifications.edges).toContainEqual({ node: { id: requested.id } });
  });

  it('a standard to acknowledge links to the acknowledgement, with number, title, revision, due date and what changed', async () => {
    const { revisionId, number } = await publishedStandard(t, leader, `Q/NP ${Math.floor(Math.random() * 1e6)}-2026`, 'B', 'Tighter burr limit');
    const dueOn = inDays(14);
    const sent = await t.gql(DISTRIBUTE, { i: { revisionId, chainId, audience: 'MEMBERSHIPS', membershipIds: [membershipId], dueOn } }, leader);
    expect(sent.errors).toBeUndefined();
    const acks: { id: string; standard: { number: string } }[] = (await t.gql('{ myStandardAcknowledgements { id standard { number } } }', {}, s1Admin)).data?.myStandardAcknowledgements ?? [];
    const ack = acks.find((a) => a.standard.number === number)!;
    const notice = await arrived(s1Admin, 'STANDARD_TO_ACKNOWLEDGE', ack.id);
    expect(notice).toMatchObject({
      params: { standardNumber: number, standardTitle: `Standard ${number}`, revision: 'B', dueOn, changeSummary: 'Tighter burr limit' },
      link: { type: 'STANDARD_ACKNOWLEDGEMENT', id: ack.id },
    });
    await t.settled();
    expect((await seen(s2)).filter((n) => n.link?.id === ack.id)).toEqual([]);
  });

  it('an expiring certificate links to the certificate, with scheme, number, expiry date and days left', async () => {
    const certificate = await t.get(DataSource).getRepository(Certification).save({
      enterpriseId: S1.enterprise.id,
      scheme: CertificationScheme.ISO_9001,
      number: 'CQC-NP-1',
      certificationBody: 'CQC',
      issuedOn: '2029-03-31',
      expiresOn: '2032-03-31',
    });
    await t.get(CertificationService).checkExpiry(new Date('2032-03-01T05:00:00+08:00'));
    const notice = await arrived(s1Admin, 'CERTIFICATE_EXPIRING', certificate.id);
    expect(notice).toMatchObject({
      title: 'ISO_9001 certificate CQC-NP-1 expires in 30 days',
      params: { scheme: 'ISO_9001', certificateNumber: 'CQC-NP-1', expiresOn: '2032-03-31', daysLeft: 30 },
      link: { type: 'CERTIFICATION', id: certificate.id },
    });
    await t.settled();
    expect((await seen(s2)).filter((n) => n.link?.id === certificate.id)).toEqual([]);
  });
});
