import { DataSource } from 'typeorm';
import { JobName, JobQueues, QueryCounter, QueueName } from '@chainq/core';
import { Role } from '@chainq/identity';
import { Notification } from '@chainq/notifications';
import {
  Certification,
  CertificationScheme,
  CertificationService,
  ChainMembership,
  MaturityAssessment,
  MaturityLevel,
  MembershipStatus,
  Qualification,
  QualificationDecision,
} from '@chainq/registry';
import { AttachmentKind, StoredDocument } from '@chainq/documents';
import { chainLedBy, enterpriseWith, TestEnterprise } from '../support/registry-fixtures';
import { eventually, TestApp } from '../support/test-app';

const PAGE = `query($id: ID!, $first: Int!) { industryChain(id: $id) { memberships(first: $first) { totalCount edges { node {
  id status enterprise { name uscc sizeClass region { name } certifications { scheme status } maturity { level } }
  latestQualification { decision documents { fileName sizeBytes } } } } } } }`;

describe('registry at scale', () => {
  let t: TestApp;
  let leader: TestEnterprise;
  let chainId: string;

  beforeAll(async () => {
    // No worker in this process: its outbox polling would add to the query count.
    t = await TestApp.start();
    leader = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    chainId = (await chainLedBy(t, leader)).id;
    // 100 active suppliers, each with a certificate, a maturity assessment and an approved qualification with a document.
    const ds = t.get(DataSource);
    for (let i = 0; i < 100; i++) {
      const { enterprise } = await enterpriseWith(t, [], { regionCode: i % 2 ? '131125' : '320382' });
      const uscc: string = (await ds.query('SELECT uscc FROM organisations WHERE id = $1', [enterprise.id]))[0].uscc;
      const membership = await ds.getRepository(ChainMembership).save({ chainId, supplierUscc: uscc, supplierEnterpriseId: enterprise.id, tier: 1, status: MembershipStatus.ACTIVE, categories: [] });
      const document = await ds.getRepository(StoredDocument).save({
        ownerOrganisationId: enterprise.id, fileName: `licence-${i}.pdf`, contentType: 'application/pdf', sizeBytes: 1000 + i, sha256: '0'.repeat(64),
        storageKey: `documents/scale-${i}`, uploadedBy: leader.users.ENTERPRISE_ADMIN.id, attachedAt: new Date(), attachedToKind: AttachmentKind.MEMBERSHIP, attachedToId: membership.id,
      });
      await ds.getRepository(Qualification).insert({ membershipId: membership.id, documentIds: [document.id], submittedBy: leader.users.ENTERPRISE_ADMIN.id, decision: QualificationDecision.APPROVED });
      await ds.getRepository(Certification).insert({ enterpriseId: enterprise.id, scheme: CertificationScheme.ISO_9001, number: `Q-${i}`, certificationBody: 'CQC', issuedOn: '2025-01-01', expiresOn: '2028-01-01' });
      await ds.getRepository(MaturityAssessment).insert({ enterpriseId: enterprise.id, modelVersion: 'v1', scores: {}, score: 2.5, level: MaturityLevel.EFFECTIVE, submittedBy: leader.users.ENTERPRISE_ADMIN.id });
    }
  });
  afterAll(() => t.close());

  it('serves a page of 100 memberships with their relations in a fixed number of queries', async () => {
    const token = await t.login(leader.users.ENTERPRISE_ADMIN.email);
    const counter = t.get(QueryCounter);
    const cost = async (first: number) => {
      const before = counter.count;
      const res = await t.gql(PAGE, { id: chainId, first }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data?.industryChain.memberships.edges).toHaveLength(first);
      return { queries: counter.count - before, node: res.data?.industryChain.memberships.edges[0].node };
    };
    const ten = await cost(10);
    const hundred = await cost(100);
    expect(hundred.node.enterprise).toMatchObject({ certifications: [{ scheme: 'ISO_9001', status: 'VALID' }], maturity: { level: 'EFFECTIVE' }, region: { name: expect.any(String) } });
    expect(hundred.node.latestQualification).toEqual({ decision: 'APPROVED', documents: [{ fileName: expect.stringMatching(/^licence-\d+\.pdf$/), sizeBytes: expect.any(Number) }] });
    expect(hundred.queries).toBe(ten.queries);
    expect(hundred.queries).toBeLessThanOrEqual(15); // sign-in, chain, page and count, one per relation
  });

  it('filters enterprises by region prefix, size class, industry and text, within what the caller sees', async () => {
    const token = await t.login(leader.users.ENTERPRISE_ADMIN.email);
    const count = async (filter: Record<string, string>) => {
      const res = await t.gql('query($f: EnterpriseFilterInput) { enterprises(filter: $f) { totalCount } }', { f: filter }, token);
      if (res.errors) return res.errors[0].extensions;
      return res.data?.enterprises.totalCount;
    };
    // The leader sees itself and its 100 suppliers: 50 in Anping (Hebei), 50 in Pizhou (Jiangsu, like the leader).
    expect(await count({})).toBe(101);
    expect(await count({ regionPrefix: '130000' })).toBe(50);
    expect(await count({ regionPrefix: '131125' })).toBe(50);
    expect(await count({ regionPrefix: '320000' })).toBe(51);
    expect(await count({ industry: 'C36' })).toBe(101);
    expect(await count({ industry: 'C33' })).toBe(0);
    expect(await count({ sizeClass: 'SMALL' })).toBe(101);
    expect(await count({ sizeClass: 'MICRO' })).toBe(0);
    const uscc: string = (await t.get(DataSource).query('SELECT uscc FROM organisations WHERE id = $1', [leader.enterprise.id]))[0].uscc;
    expect(await count({ text: uscc.slice(0, 12).toLowerCase() })).toBeGreaterThanOrEqual(1);
    expect(await count({ text: 'Enterprise' })).toBe(101);
    expect(await count({ regionPrefix: '999999' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionPrefix' });
    expect(await count({ industry: 'Z99' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'industry' });
  });
});

describe("the registry's daily certificate check", () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
  });
  afterAll(() => t.close());

  it('flags certificates at 60, 30 and 0 days once each, and marks lapsed ones expired', async () => {
    const holder = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    const ds = t.get(DataSource);
    // The job runs at 05:00 Shanghai time, 21:00 UTC the evening before.
    const now = '2026-11-21T21:00:00Z';
    const cert = (number: string, expiresOn: string) =>
      ds.getRepository(Certification).save({ enterpriseId: holder.enterprise.id, scheme: CertificationScheme.IATF_16949, number, certificationBody: 'TÜV', issuedOn: '2023-01-01', expiresOn });
    const soon = await cert('IATF-45-days', '2027-01-06');
    const lapsed = await cert('IATF-lapsed', '2026-11-21');
    await cert('IATF-far', '2027-06-01');
    const queue = t.get(JobQueues).get(QueueName.Maintenance);
    for (let run = 0; run < 2; run++) {
      const job = await queue.add(JobName.CheckCertificateExpiry, { now });
      await eventually(async () => (await job.isCompleted()) && true);
    }
    const titles = async (count: number) => {
      const found = await eventually(async () => {
        const rows = await ds.getRepository(Notification).findBy({ recipientUserId: holder.users.ENTERPRISE_ADMIN.id, kind: 'CERTIFICATE_EXPIRING' });
        return rows.length >= count && rows;
      });
      return found.map((n) => n.title).sort();
    };
    expect(await titles(1)).toEqual(['IATF_16949 certificate IATF-45-days expires in 45 days']);
    expect((await ds.getRepository(Certification).findOneByOrFail({ id: lapsed.id })).status).toBe('EXPIRED');
    expect((await ds.getRepository(Certification).findOneByOrFail({ id: soon.id })).status).toBe('VALID');
    // Fifteen days later the 30-day notice follows; on the day itself, the last one.
    await t.get(CertificationService).checkExpiry(new Date('2026-12-07T05:00:00+08:00'));
    await t.get(CertificationService).checkExpiry(new Date('2027-01-06T05:00:00+08:00'));
    expect(await titles(3)).toEqual([
      'IATF_16949 certificate IATF-45-days expires in 30 days',
      'IATF_16949 certificate IATF-45-days expires in 45 days',
      'IATF_16949 certificate IATF-45-days expires today',
    ]);
  });
});
