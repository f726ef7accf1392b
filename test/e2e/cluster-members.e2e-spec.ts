import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { chinaDay, chinaMidnight } from '@chainq/core';
import { OrganisationKind, Role } from '@chainq/identity';
import { Certification, CertificationScheme, CertificationStatus, MaturityAssessment, MaturityLevel } from '@chainq/registry';
import { chainLedBy, enterpriseWith, officeWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { inDays, publishedStandard } from '../support/standards-fixtures';
import { eventually, TestApp } from '../support/test-app';

const DAY = 86_400_000;
const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted errors { index field message } } }';
const REPORT = 'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { id } }';
const DISTRIBUTE = 'mutation($i: DistributeStandardRevisionInput!) { distributeStandardRevision(input: $i) { id } }';
const MEMBERS = `query($c: ID!, $from: Date!, $to: Date!) { clusterMembers(clusterId: $c, from: $from, to: $to) {
  enterpriseId name uscc regionCode regionName sizeClass certified certificationSchemes maturityLevel lotsInspected lotsAccepted lotPassRate openIssues } }`;
const CHAINS = 'query($c: ID!) { clusterBuyerChains(clusterId: $c) { chainId chainName leaderEnterpriseId leaderName suppliers onboarding drawsOnCluster } }';
const ADOPTION = `query($c: ID!) { clusterStandardAdoption(clusterId: $c) { distributionId standardNumber revisionVersion ownerName chainId chainName clusterId dueOn
  members { recipients pending acknowledged adopted deviations superseded overdue } } }`;
/** A member whose name a spreadsheet would take for a formula. */
const FORMULA_NAME = '=HYPERLINK("http://x","y") 铸造';

type Answer = { errors?: { extensions?: { code?: string; reason?: string } }[] };
const refusal = (r: Answer) => [r.errors?.[0]?.extensions?.code, r.errors?.[0]?.extensions?.reason];

/**
 * A cluster's members for its coordinators: who may read them, each
 * member's figures against an independent count over the lots and rows the
 * test made, the chains buying from them, their answers to standards, and
 * the same table as an XLSX file.
 */
describe('cluster members', () => {
  let t: TestApp;
  let ds: DataSource;
  let M1: TestEnterprise, M2: TestEnterprise, M3: TestEnterprise, S4: TestEnterprise, L: TestEnterprise, L2: TestEnterprise;
  let admin: string, coordinator: string, regionCoordinator: string, otherCoordinator: string, member: string, leader: string, leader2: string;
  let clusterId: string, chainId: string, chain2Id: string;
  let chainDistribution: string, clusterDistribution: string, chain2Distribution: string;
  const period = { from: chinaDay(new Date(), -100), to: chinaDay(new Date(), 1) };

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    ds = t.get(DataSource);
    admin = await t.login((await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN])).users[0].email);
    const office = await officeWith(t, [Role.COORDINATOR]);
    const regionOffice = await officeWith(t, [Role.COORDINATOR]);
    const otherOffice = await officeWith(t, [Role.COORDINATOR]);
    // In Wuxing (330502) but M3 in Nanxun (330503); sizes by the 2011 rules: SMALL, MEDIUM, MICRO.
    M1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { regionCode: '330502', employees: 120, revenue10kCny: 8000, name: FORMULA_NAME });
    M2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '330502', employees: 400, revenue10kCny: 30000, name: '湖州织里童装 M2' });
    M3 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '330503', employees: 10, revenue10kCny: 100, name: '南浔童装 M3' });
    S4 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '330502', name: 'Not a member S4' });
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    L2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { regionCode: '440300' });

    const created = await t.gql('mutation($i: CreateIndustryClusterInput!) { createIndustryCluster(input: $i) { id } }', { i: { name: 'Wuxing children’s wear', regionCode: '330502', industryCode: 'C18', product: 'children’s wear', coordinatingOfficeId: office.office.id } }, admin);
    clusterId = created.data?.createIndustryCluster.id;
    await t.gql('mutation($c: ID!, $e: [ID!]!) { addClusterMembers(clusterId: $c, enterpriseIds: $e) { id } }', { c: clusterId, e: [M1, M2, M3].map((e) => e.enterprise.id) }, admin);
    const assign = 'mutation($i: AssignCoordinatorInput!) { assignCoordinator(input: $i) { userId } }';
    await t.gql(assign, { i: { userId: office.users.COORDINATOR.id, regionCodes: [], clusterIds: [clusterId] } }, admin);
    await t.gql(assign, { i: { userId: regionOffice.users.COORDINATOR.id, regionCodes: ['330500'], clusterIds: [] } }, admin);
    await t.gql(assign, { i: { userId: otherOffice.users.COORDINATOR.id, regionCodes: ['131125'], clusterIds: [] } }, admin);
    [coordinator, regionCoordinator, otherCoordinator] = await Promise.all([office, regionOffice, otherOffice].map((o) => t.login(o.users.COORDINATOR.email)));
    await t.gql('mutation { setMyLanguage(language: EN) { id } }', {}, regionCoordinator);

    // The leader's chain draws on the cluster; M1 also supplies a second chain that does not.
    chainId = (await chainLedBy(t, L, [clusterId])).id;
    chain2Id = (await chainLedBy(t, L2)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    leader2 = await t.login(L2.users.QUALITY_ENGINEER.email);
    for (const s of [M1, M2, S4]) await onboardSupplier(t, chainId, leader, s);
    await onboardSupplier(t, chainId, leader, M3, { approve: false });
    await onboardSupplier(t, chain2Id, leader2, M1);
    member = await t.login(M1.users.ENTERPRISE_ADMIN.email);

    // Certificates: M1 holds a valid one; M2's has expired, and another lapsed yesterday though still marked VALID.
    const certificate = (holder: TestEnterprise, scheme: CertificationScheme, issuedOn: string, expiresOn: string, status: CertificationStatus) =>
      ds.getRepository(Certification).insert({ enterpriseId: holder.enterprise.id, scheme, number: `Q-${scheme}-${holder.enterprise.id.slice(0, 4)}`, certificationBody: 'CQC', issuedOn, expiresOn, status });
    await certificate(M1, CertificationScheme.ISO_9001, '2025-01-01', '2028-01-01', CertificationStatus.VALID);
    await certificate(M1, CertificationScheme.IATF_16949, '2025-01-01', '2028-01-01', CertificationStatus.VALID);
    await certificate(M2, CertificationScheme.ISO_9001, '2022-01-01', '2025-01-01', CertificationStatus.EXPIRED);
    await certificate(M2, CertificationScheme.ISO_14001, '2023-01-01', chinaDay(new Date(), -1), CertificationStatus.VALID);
    // M2 assessed itself again, a level up: the latest counts.
    await ds.getRepository(MaturityAssessment).insert({ enterpriseId: M2.enterprise.id, modelVersion: 'v1', scores: {}, score: 4.2, level: MaturityLevel.LEADING, submittedBy: M2.users.ENTERPRISE_ADMIN.id });

    // Lots: M1 in both chains (its own and the leader's incoming), M2 in one, S4 (not a member); some before the period; two either side of its first China day.
    const lot = (chain: string, supplier: TestEnterprise, lotNumber: string, daysAgo: number, nonconforming: number, stage = 'SPECIAL') => ({
      chainId: chain, supplierEnterpriseId: supplier.enterprise.id, partNumber: 'P-1', lotNumber, lotSize: 1000, stage, aql: '1.0', unitsSampled: 80,
      inspectedAt: new Date(Date.now() - daysAgo * DAY - 3_600_000).toISOString(), nonconformingUnits: nonconforming,
    });
    const many = (chain: string, supplier: TestEnterprise, prefix: string, n: number, rejectEvery: number, stage?: string) =>
      Array.from({ length: n }, (_, i) => lot(chain, supplier, `${prefix}-${i}`, 1 + ((i * 7) % 130), i % rejectEvery === 0 ? 3 : 0, stage));
    const firstDay = chinaMidnight(period.from).getTime();
    const edges = [firstDay + 1_800_000, firstDay - 1_800_000].map((at, i) => ({ ...lot(chainId, M1, `M1-EDGE-${i}`, 0, 0), inspectedAt: new Date(at).toISOString() }));
    const record = async (token: string, lots: Record<string, unknown>[]) => expect((await t.gql(RECORD, { lots }, token)).data?.recordInspectionLots.errors).toEqual([]);
    await record(member, [...many(chainId, M1, 'M1', 30, 6), ...edges]);
    await record(leader, many(chainId, M1, 'M1-IN', 10, 4, 'INCOMING'));
    await record(member, many(chain2Id, M1, 'M1-C2', 12, 3));
    await record(await t.login(M2.users.ENTERPRISE_ADMIN.email), many(chainId, M2, 'M2', 20, 5));
    await record(await t.login(S4.users.ENTERPRISE_ADMIN.email), many(chainId, S4, 'S4', 15, 2));

    // Quality issues: one open at M1 and M2, one at M2 since closed, one at S4.
    const report = (suppliers: TestEnterprise[], code: string) =>
      t.gql(REPORT, { i: { chainId, title: `${code} found`, description: 'Incoming inspection', defectCode: code, severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3_600_000).toISOString(), supplierEnterpriseIds: suppliers.map((s) => s.enterprise.id) } }, leader);
    await report([M1, M2], 'SUR-BUR');
    const closed = (await report([M2], 'DIM-OOT')).data?.reportQualityIssue.id;
    await ds.query(`UPDATE quality_issues SET status = 'CLOSED' WHERE id = $1`, [closed]);
    await report([S4], 'SUR-BUR');

    // Standards: the leader's along its chain (M1 adopts, M2's answer overdue), the office's to the cluster, and the other leader's along its chain.
    const std = await publishedStandard(t, leader, 'Q/WX 001-2025');
    chainDistribution = (await t.gql(DISTRIBUTE, { i: { revisionId: std.revisionId, chainId, audience: 'ALL_ACTIVE', dueOn: inDays(10) } }, leader)).data?.distributeStandardRevision.id;
    const answer = async (distribution: string, recipient: TestEnterprise) =>
      (await ds.query('SELECT id FROM standard_acknowledgements WHERE distribution_id = $1 AND recipient_enterprise_id = $2', [distribution, recipient.enterprise.id]))[0].id as string;
    const m1Ack = await answer(chainDistribution, M1);
    await t.gql('mutation($a: ID!) { acknowledgeStandard(acknowledgementId: $a) { status } }', { a: m1Ack }, member);
    expect((await t.gql('mutation($a: ID!) { adoptStandard(acknowledgementId: $a) { status } }', { a: m1Ack }, member)).data?.adoptStandard.status).toBe('ADOPTED');
    await ds.query('UPDATE standard_acknowledgements SET due_on = $1 WHERE id = $2', [chinaDay(new Date(), -1), await answer(chainDistribution, M2)]);
    const group = await publishedStandard(t, coordinator, 'T/WXTZ 001-2025');
    clusterDistribution = (await t.gql(DISTRIBUTE, { i: { revisionId: group.revisionId, clusterId, audience: 'CLUSTER', dueOn: inDays(20) } }, coordinator)).data?.distributeStandardRevision.id;
    const other = await publishedStandard(t, leader2, 'Q/SZ 009-2025');
    chain2Distribution = (await t.gql(DISTRIBUTE, { i: { revisionId: other.revisionId, chainId: chain2Id, audience: 'ALL_ACTIVE', dueOn: inDays(30) } }, leader2)).data?.distributeStandardRevision.id;
    expect([chainDistribution, clusterDistribution, chain2Distribution].every(Boolean)).toBe(true);

    // The worker keeps the day totals: wait until they count every lot of this test's chains (the database is shared with other specs).
    await eventually(async () => {
      const [row] = await ds.query(
        `SELECT (SELECT coalesce(sum(lots), 0) FROM lot_day_totals WHERE chain_id = ANY($1))::int AS totals,
                (SELECT count(*) FROM inspection_lots WHERE chain_id = ANY($1))::int AS lots,
                (SELECT count(*) FROM lot_day_deltas WHERE chain_id = ANY($1))::int AS pending`,
        [[chainId, chain2Id]],
      );
      return row.lots > 0 && row.totals === row.lots && row.pending === 0;
    }, 60_000);
  }, 240_000);
  afterAll(() => t.close());

  const members = (token: string, id = clusterId, p = period) => t.gql(MEMBERS, { c: id, ...p }, token);

  describe('who may read them', () => {
    it('refuses another region’s coordinator (no such cluster), a member enterprise and a chain leader (the role gate)', async () => {
      for (const ask of [() => members(otherCoordinator), () => t.gql(CHAINS, { c: clusterId }, otherCoordinator), () => t.gql(ADOPTION, { c: clusterId }, otherCoordinator)]) {
        expect(refusal(await ask())[0]).toBe('NOT_FOUND');
      }
      for (const token of [member, leader]) {
        for (const ask of [() => members(token), () => t.gql(CHAINS, { c: clusterId }, token), () => t.gql(ADOPTION, { c: clusterId }, token)]) {
          expect(refusal(await ask())).toEqual(['FORBIDDEN', 'ROLE_NOT_ALLOWED']);
        }
      }
      expect(refusal(await members(coordinator, '00000000-0000-4000-8000-000000000000'))[0]).toBe('NOT_FOUND');
      expect(refusal(await members(coordinator, clusterId, { from: period.to, to: period.from }))[0]).toBe('BAD_USER_INPUT');
    });

    it('answers the cluster’s coordinator, a coordinator of a region enclosing it, and a platform admin alike', async () => {
      const ids = async (token: string) => (await members(token)).data?.clusterMembers.map((m: { enterpriseId: string }) => m.enterpriseId).sort();
      const expected = [M1, M2, M3].map((m) => m.enterprise.id).sort();
      expect(await ids(coordinator)).toEqual(expected);
      expect(await ids(regionCoordinator)).toEqual(expected);
      expect(await ids(admin)).toEqual(expected);
    });
  });

  describe('the figures', () => {
    it('give each member what its own rows say: registry facts, certificates valid today, latest maturity, its lots in the period across chains, open issues', async () => {
      // Lots by China day of inspection, every chain and stage, straight from the lots.
      const counted: { id: string; lots: number; accepted: number }[] = await ds.query(
        `SELECT supplier_enterprise_id AS id, count(*)::int AS lots, count(*) FILTER (WHERE decision = 'ACCEPT')::int AS accepted FROM inspection_lots
          WHERE ((inspected_at AT TIME ZONE 'UTC') + interval '8 hours')::date >= $1::date AND ((inspected_at AT TIME ZONE 'UTC') + interval '8 hours')::date < $2::date
          GROUP BY supplier_enterprise_id`,
        [period.from, period.to],
      );
      const lotsOf = (e: TestEnterprise) => counted.find((c) => c.id === e.enterprise.id) ?? { lots: 0, accepted: 0 };
      const latestLevel = async (e: TestEnterprise) => ((await ds.query('SELECT level FROM maturity_assessments WHERE enterprise_id = $1 ORDER BY submitted_at DESC LIMIT 1', [e.enterprise.id]))[0]?.level ?? null) as string | null;
      const expected = [
        { e: M1, county: '330502', size: 'SMALL', schemes: ['IATF_16949', 'ISO_9001'], open: 1 },
        { e: M2, county: '330502', size: 'MEDIUM', schemes: [], open: 1 },
        { e: M3, county: '330503', size: 'MICRO', schemes: [], open: 0 },
      ];
      const rows = (await members(coordinator)).data?.clusterMembers as Record<string, any>[];
      expect(rows).toHaveLength(3);
      for (const { e, county, size, schemes, open } of expected) {
        const row = rows.find((r) => r.enterpriseId === e.enterprise.id)!;
        const { lots, accepted } = lotsOf(e);
        expect(row).toEqual({
          enterpriseId: e.enterprise.id,
          name: (await ds.query('SELECT name FROM organisations WHERE id = $1', [e.enterprise.id]))[0].name,
          uscc: (await ds.query('SELECT uscc FROM organisations WHERE id = $1', [e.enterprise.id]))[0].uscc,
          regionCode: county,
          regionName: expect.any(String),
          sizeClass: size,
          certified: schemes.length > 0,
          certificationSchemes: schemes,
          maturityLevel: await latestLevel(e),
          lotsInspected: lots,
          lotsAccepted: accepted,
          lotPassRate: lots ? accepted / lots : null,
          openIssues: open,
        });
      }
      // M1's lots of both chains count, the lot half an hour into the first day too, not the one half an hour before it.
      const [m1Lots] = await ds.query(
        `SELECT count(*) FILTER (WHERE chain_id = $2)::int AS second, count(*) FILTER (WHERE lot_number = 'M1-EDGE-0')::int AS edge FROM inspection_lots
          WHERE supplier_enterprise_id = $1 AND inspected_at >= $3`,
        [M1.enterprise.id, chain2Id, chinaMidnight(period.from).toISOString()],
      );
      expect(m1Lots).toEqual({ second: expect.any(Number), edge: 1 });
      expect(m1Lots.second).toBeGreaterThan(0);
      expect(rows.find((r) => r.enterpriseId === M1.enterprise.id)!.lotsInspected).toBeGreaterThan(m1Lots.second);
      expect(rows.find((r) => r.enterpriseId === M2.enterprise.id)!.maturityLevel).toBe('LEADING');
      expect(rows.find((r) => r.enterpriseId === M3.enterprise.id)!.lotPassRate).toBeNull();
      // The same certified count as the cluster's overview.
      const overview = await t.gql('query($c: ID!, $from: Date!, $to: Date!) { clusterOverview(clusterId: $c, from: $from, to: $to) { certifiedEnterprises enterprises } }', { c: clusterId, ...period }, coordinator);
      expect(overview.data?.clusterOverview).toEqual({ certifiedEnterprises: rows.filter((r) => r.certified).length, enterprises: 3 });
    });

    it('lists the chains buying from members, with how many supply each and how many are in qualification review', async () => {
      const chains = (await t.gql(CHAINS, { c: clusterId }, coordinator)).data?.clusterBuyerChains;
      const leaderName = async (e: TestEnterprise) => (await ds.query('SELECT name FROM organisations WHERE id = $1', [e.enterprise.id]))[0].name;
      expect(chains).toEqual([
        { chainId, chainName: `Chain ${L.enterprise.id.slice(0, 6)}`, leaderEnterpriseId: L.enterprise.id, leaderName: await leaderName(L), suppliers: 2, onboarding: 1, drawsOnCluster: true },
        { chainId: chain2Id, chainName: `Chain ${L2.enterprise.id.slice(0, 6)}`, leaderEnterpriseId: L2.enterprise.id, leaderName: await leaderName(L2), suppliers: 1, onboarding: 0, drawsOnCluster: false },
      ]);
    });

    it('counts the members’ answers to the standards sent to them, only where the caller may see the distribution', async () => {
      const adoption = async (token: string) => (await t.gql(ADOPTION, { c: clusterId }, token)).data?.clusterStandardAdoption as Record<string, any>[];
      const seen = await adoption(coordinator);
      // The other leader's chain is neither in the coordinator's regions nor drawing on the cluster: its standard stays out of sight.
      expect(seen.map((d) => d.distributionId).sort()).toEqual([chainDistribution, clusterDistribution].sort());
      const byId = new Map(seen.map((d) => [d.distributionId, d]));
      // Sent to M1, M2 and S4 (not a member): M1 adopted, M2 still pending after its due day.
      expect(byId.get(chainDistribution)).toMatchObject({ standardNumber: 'Q/WX 001-2025', chainId, clusterId: null, members: { recipients: 2, adopted: 1, pending: 1, acknowledged: 0, deviations: 0, superseded: 0, overdue: 1 } });
      expect(byId.get(clusterDistribution)).toMatchObject({ standardNumber: 'T/WXTZ 001-2025', chainId: null, chainName: null, clusterId, dueOn: inDays(20), members: { recipients: 3, pending: 3, overdue: 0 } });
      expect((await adoption(admin)).map((d) => d.distributionId)).toContain(chain2Distribution);
    });
  });

  describe('the XLSX export', () => {
    const download = async (query: string, token?: string) => {
      const req = t.http.get(`/exports/cluster-members.xlsx${query}`).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
      if (token) req.set('authorization', `Bearer ${token}`);
      const res = await req;
      const bytes = res.body as Buffer;
      return { status: res.status, headers: res.headers as Record<string, string>, bytes, json: /json/.test(res.headers['content-type'] ?? '') ? JSON.parse(bytes.toString('utf8')) : undefined };
    };
    const rowsOf = async (bytes: Buffer) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      const rows: unknown[][] = [];
      sheet.eachRow((row) => rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value ?? null)));
      return { sheet, rows };
    };
    const days = `&from=${period.from}&to=${period.to}`;

    it('is refused as the query is, before any byte, and bad parameters name themselves', async () => {
      expect((await download(`?clusterId=${clusterId}`)).status).toBe(401);
      expect([(await download(`?clusterId=${clusterId}`, otherCoordinator)).json?.code, (await download(`?clusterId=${clusterId}`, member)).json?.reason]).toEqual(['NOT_FOUND', 'ROLE_NOT_ALLOWED']);
      for (const [query, field, reason] of [['', 'clusterId', 'REQUIRED'], ['?clusterId=abc', 'clusterId', 'NOT_A_UUID'], [`?clusterId=${clusterId}&from=2026-02-30`, 'from', 'DATE_OUT_OF_RANGE']]) {
        const res = await download(query, coordinator);
        expect([res.status, res.json?.field, res.json?.reason]).toEqual([400, field, reason]);
      }
    });

    it('holds the rows clusterMembers answers, numbers as numbers, Chinese headers, and the formula-like name as plain text', async () => {
      const res = await download(`?clusterId=${clusterId}${days}`, coordinator);
      expect([res.status, res.headers['content-type'], res.headers['cache-control']]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'no-store']);
      expect(decodeURIComponent(res.headers['content-disposition'])).toContain(`产业集群成员企业_Wuxing children’s wear_${period.from}–${chinaDay(chinaMidnight(period.to), -1)}.xlsx`);
      const { sheet, rows } = await rowsOf(res.bytes);
      expect(rows[0]).toEqual(['企业名称', '统一社会信用代码', '所在县区', '企业规模', '持有有效认证', '有效认证', '质量成熟度', '检验批数', '合格批数', '批次合格率', '未关闭质量问题', '加入集群时间']);
      const expected = (await members(coordinator)).data?.clusterMembers as Record<string, any>[];
      expect(rows.slice(1).map((r) => [r[0], r[1], r[7], r[8], r[9], r[10]])).toEqual(expected.map((m) => [m.name, m.uscc, m.lotsInspected, m.lotsAccepted, m.lotPassRate, m.openIssues]));
      const m1 = rows.find((r) => r[0] === FORMULA_NAME)!;
      expect([m1[3], m1[4], m1[5]]).toEqual(['小型', '是', 'IATF 16949、ISO 9001']);
      const cell = sheet.getRow(rows.indexOf(m1) + 1).getCell(1);
      expect([cell.value, cell.type, cell.formula, cell.numFmt]).toEqual([FORMULA_NAME, ExcelJS.ValueType.String, undefined, '@']);
      expect(sheet.getRow(rows.indexOf(m1) + 1).getCell(10).numFmt).toBe('0.0%');
      expect(await (await JSZip.loadAsync(res.bytes)).file('xl/worksheets/sheet1.xml')!.async('string')).not.toMatch(/<f[\s>]/);
    });

    it('speaks English to an en coordinator and covers the last twelve months when no days are given', async () => {
      const res = await download(`?clusterId=${clusterId}`, regionCoordinator);
      const { rows } = await rowsOf(res.bytes);
      expect(rows[0].slice(0, 4)).toEqual(['Enterprise', 'USCC', 'County', 'Size class']);
      expect(rows.find((r) => r[0] === FORMULA_NAME)!.slice(3, 5)).toEqual(['Small', 'Yes']);
      const [year, month] = chinaDay().split('-').map(Number);
      const from = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
      const to = new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
      expect(decodeURIComponent(res.headers['content-disposition'])).toContain(`Cluster members_Wuxing children’s wear_${from}–${chinaDay(chinaMidnight(to), -1)}.xlsx`);
      const expected = (await members(regionCoordinator, clusterId, { from, to })).data?.clusterMembers as Record<string, any>[];
      expect(rows.slice(1).map((r) => r[7])).toEqual(expected.map((m) => m.lotsInspected));
    });
  });
});
