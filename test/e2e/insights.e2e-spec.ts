import { DataSource } from 'typeorm';
import { chinaDay, QueryCounter } from '@chainq/core';
import { Actor, OrganisationKind, Role } from '@chainq/identity';
import { DEFAULT_GRADE_BANDS, DEFAULT_SCORECARD_WEIGHTS, GradeBands, ScorecardService } from '@chainq/insights';
import { Certification, CertificationScheme, CertificationStatus, ChainMembership, MaturityAssessment, MaturityLevel, MembershipStatus } from '@chainq/registry';
import { EIGHT_D } from '../support/quality-fixtures';
import { chainLedBy, enterpriseWith, officeWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { eventually, TestApp } from '../support/test-app';

const DAY = 86_400_000;
const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted errors { index field message } } }';
const REPORT = 'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { id correctiveActions { edges { node { id supplierEnterpriseId } } } } }';
const SUBMIT = 'mutation($a: ID!, $s: EightDStep!, $c: JSONObject!) { submitCorrectiveActionStep(actionId: $a, step: $s, content: $c) { status } }';
const REVIEW = 'mutation($a: ID!, $s: EightDStep!) { reviewCorrectiveActionStep(actionId: $a, step: $s, decision: APPROVE) { status } }';
const SCORECARDS = `query($c: ID!, $from: Date!, $to: Date!) { supplierScorecards(chainId: $c, from: $from, to: $to) {
  supplierEnterpriseId supplierName membershipStatus tier lotsInspected lotsAccepted firstLots firstAccepted unitsInspected unitsNonconforming
  lotPassRate firstPassYield unitPassRate ppm score grade
  correctiveActions { supplierEnterpriseId opened closed closedOnTime overdueNow effectivenessRate }
  components { name value subscore included configuredWeight weightUsed points basis } } }`;
const OVERVIEW = `scopeKind scopeKey name from to enterprises sizeClasses { sizeClass enterprises } sizeUnknown certifiedEnterprises certifiedShare
  certificationSchemes { scheme enterprises } maturityLevels { level enterprises } notAssessed
  trend { month lotsInspected lotsAccepted firstLots firstAccepted lotPassRate firstPassYield }
  pilot { programId name linkedBy regionCode baselineLotPassRate targetLotPassRate baselineFirstPassYield targetFirstPassYield }
  issues { opened closed openNow } commonProblems { defectCode suppliers issues }`;
const CLUSTER_OVERVIEW = `query($id: ID!, $from: Date!, $to: Date!) { clusterOverview(clusterId: $id, from: $from, to: $to) { ${OVERVIEW} } }`;
const REGION_OVERVIEW = `query($code: String!, $from: Date!, $to: Date!) { regionOverview(regionCode: $code, from: $from, to: $to) { ${OVERVIEW} } }`;

type Errors = { errors?: { extensions?: { code?: string; field?: string } }[] };
const codeOf = (r: Errors) => r.errors?.[0]?.extensions?.code;

/** The China calendar day of an instant, computed without the product's helpers. */
const CHINA_DAY = `((inspected_at AT TIME ZONE 'UTC') + interval '8 hours')::date`;

/**
 * Lots spread over the last 110 days; GB/T 2828.1 code letter J (n 80), AQL 1.0: Ac 2, so 3 nonconforming
 * units reject a lot; every `minorEvery`th lot has one nonconforming unit and passes.
 */
function lotsOf(chainId: string, supplier: TestEnterprise, prefix: string, n: number, rejectEvery: number, options: { stage?: string; unitsSampled?: number; minorEvery?: number } = {}) {
  const { stage = 'SPECIAL', unitsSampled = 80, minorEvery = 3 } = options;
  return Array.from({ length: n }, (_, i) => ({
    chainId,
    supplierEnterpriseId: supplier.enterprise.id,
    partNumber: 'P-1',
    lotNumber: `${prefix}-${i}`,
    lotSize: 1000,
    stage,
    inspectedAt: new Date(Date.now() - (1 + ((i * 7) % 110)) * DAY - 3600_000).toISOString(),
    aql: '1.0',
    unitsSampled,
    nonconformingUnits: i % rejectEvery === 0 ? 3 : minorEvery && i % minorEvery === 0 ? 1 : 0,
  }));
}

describe('supplier scorecards and cluster and region overviews', () => {
  let t: TestApp;
  let ds: DataSource;
  let L: TestEnterprise, L2: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise, S3: TestEnterprise, S4: TestEnterprise, E5: TestEnterprise, outsider: TestEnterprise;
  let admin: string, leader: string, leaderViewer: string, leader2: string, s1: string, s4: string, coordinator: string, otherCoordinator: string, outsiderToken: string;
  let chainId: string, chain2Id: string, clusterId: string;
  let clusterPilot: Record<string, unknown>, regionPilot: Record<string, unknown>;
  const today = chinaDay(new Date());
  const period = { from: chinaDay(new Date(Date.now() - 100 * DAY)), to: chinaDay(new Date(Date.now() + DAY)) };
  /** Certificates as recorded: S2's has expired, E5's lapsed yesterday but is not yet marked so. */
  const certificates: { holder: () => TestEnterprise; scheme: CertificationScheme; issuedOn: string; expiresOn: string; status: CertificationStatus }[] = [
    { holder: () => S1, scheme: CertificationScheme.ISO_9001, issuedOn: '2025-01-01', expiresOn: '2028-01-01', status: CertificationStatus.VALID },
    { holder: () => S2, scheme: CertificationScheme.ISO_9001, issuedOn: '2022-01-01', expiresOn: '2025-01-01', status: CertificationStatus.EXPIRED },
    { holder: () => S3, scheme: CertificationScheme.IATF_16949, issuedOn: '2025-03-01', expiresOn: '2028-03-01', status: CertificationStatus.VALID },
    { holder: () => S3, scheme: CertificationScheme.ISO_9001, issuedOn: '2025-03-01', expiresOn: '2028-03-01', status: CertificationStatus.VALID },
    { holder: () => E5, scheme: CertificationScheme.ISO_14001, issuedOn: '2023-01-01', expiresOn: chinaDay(new Date(Date.now() - DAY)), status: CertificationStatus.VALID },
  ];

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    ds = t.get(DataSource);
    admin = await t.login((await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN])).users[0].email);
    const huzhou = await officeWith(t, [Role.COORDINATOR]);
    const anping = await officeWith(t, [Role.COORDINATOR]);
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER]);
    L2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    // Wuxing (330502) and Nanxun (330503), both in Huzhou (330500); sizes SMALL, MEDIUM, SMALL, MICRO, LARGE by the 2011 rules.
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], { regionCode: '330502', employees: 120, revenue10kCny: 8000 });
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '330502', employees: 400, revenue10kCny: 30000 });
    S3 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '330503', employees: 60, revenue10kCny: 1000 });
    S4 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '330502', employees: 10, revenue10kCny: 100 });
    E5 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '330502', employees: 1500, revenue10kCny: 50000 });
    outsider = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);

    const created = await t.gql('mutation($i: CreateIndustryClusterInput!) { createIndustryCluster(input: $i) { id } }', { i: { name: 'Wuxing children’s wear', regionCode: '330502', industryCode: 'C18', product: 'children’s wear', coordinatingOfficeId: huzhou.office.id } }, admin);
    clusterId = created.data?.createIndustryCluster.id;
    // Members join before any lot is recorded, so the cluster rollups count their lots.
    await t.gql('mutation($c: ID!, $e: [ID!]!) { addClusterMembers(clusterId: $c, enterpriseIds: $e) { id } }', { c: clusterId, e: [S1, S2, S4, E5].map((e) => e.enterprise.id) }, admin);
    const assign = 'mutation($i: AssignCoordinatorInput!) { assignCoordinator(input: $i) { userId } }';
    await t.gql(assign, { i: { userId: huzhou.users.COORDINATOR.id, regionCodes: ['330500'], clusterIds: [clusterId] } }, admin);
    await t.gql(assign, { i: { userId: anping.users.COORDINATOR.id, regionCodes: ['131125'], clusterIds: [] } }, admin);
    const pilot = 'mutation($i: CreatePilotProgramInput!) { createPilotProgram(input: $i) { id name } }';
    clusterPilot = { name: 'Wuxing children’s wear pilot', batch: 2, year: 2025, regionCodes: [], clusterIds: [clusterId], baselineLotPassRate: 0.9, targetLotPassRate: 0.96, baselineFirstPassYield: 0.85, targetFirstPassYield: 0.94 };
    regionPilot = { name: 'Huzhou pilot region', batch: 1, year: 2024, regionCodes: ['330500'], clusterIds: [], baselineLotPassRate: 0.88, targetLotPassRate: 0.95, baselineFirstPassYield: null, targetFirstPassYield: null };
    clusterPilot.programId = (await t.gql(pilot, { i: clusterPilot }, admin)).data?.createPilotProgram.id;
    regionPilot.programId = (await t.gql(pilot, { i: regionPilot }, admin)).data?.createPilotProgram.id;

    chainId = (await chainLedBy(t, L, [clusterId])).id; // drawing on the cluster: its coordinator sees the chain
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, leader, S1);
    await onboardSupplier(t, chainId, leader, S2);
    const s3Membership = await onboardSupplier(t, chainId, leader, S3);
    await onboardSupplier(t, chainId, leader, S4, { approve: false });
    chain2Id = (await chainLedBy(t, L2)).id;
    leader2 = await t.login(L2.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chain2Id, leader2, S1);
    [leaderViewer, s1, s4, coordinator, otherCoordinator, outsiderToken] = await Promise.all(
      [L.users.VIEWER, S1.users.QUALITY_ENGINEER, S4.users.ENTERPRISE_ADMIN, huzhou.users.COORDINATOR, anping.users.COORDINATOR, outsider.users.ENTERPRISE_ADMIN].map((u) => t.login(u.email)),
    );
    const [s2, s3] = await Promise.all([S2, S3].map((s) => t.login(s.users.ENTERPRISE_ADMIN.email)));

    for (const c of certificates) {
      await ds.getRepository(Certification).insert({ enterpriseId: c.holder().enterprise.id, scheme: c.scheme, number: `Q-${c.scheme}`, certificationBody: 'CQC', issuedOn: c.issuedOn, expiresOn: c.expiresOn, status: c.status });
    }
    // S2 reassessed itself a level up after onboarding: the overview takes the latest.
    await ds.getRepository(MaturityAssessment).insert({ enterpriseId: S2.enterprise.id, modelVersion: 'v1', scores: {}, score: 4.2, level: MaturityLevel.LEADING, submittedBy: S2.users.ENTERPRISE_ADMIN.id });

    // Lots: each supplier's own special inspection, the leader's incoming inspection of S1, a resubmitted lot, and S1's lots in another chain.
    const record = async (lots: Record<string, unknown>[], token: string) => expect((await t.gql(RECORD, { lots }, token)).data?.recordInspectionLots.errors).toEqual([]);
    // S1 inspects larger samples and rarely fails, S3 often: the grades differ.
    const s1Lots = lotsOf(chainId, S1, 'S1', 40, 20, { unitsSampled: 500, minorEvery: 0 });
    // Two lots either side of the period's first China day (00:30 on it is still the day before in UTC).
    const dayBefore = chinaDay(new Date(Date.parse(`${period.from}T12:00:00+08:00`) - DAY));
    const edges = [`${period.from}T00:30:00+08:00`, `${dayBefore}T23:30:00+08:00`].map((at, i) => ({ ...s1Lots[1], lotNumber: `S1-EDGE-${i}`, inspectedAt: new Date(at).toISOString() }));
    await record([...s1Lots, { ...s1Lots[0], submission: 2, nonconformingUnits: 0 }, ...edges], s1);
    await record(lotsOf(chainId, S1, 'S1-IN', 10, 10, { stage: 'INCOMING', unitsSampled: 500 }), leader);
    await record(lotsOf(chainId, S2, 'S2', 30, 8, { unitsSampled: 200, minorEvery: 5 }), s2);
    await record(lotsOf(chainId, S3, 'S3', 20, 4), s3);
    await record(lotsOf(chain2Id, S1, 'S1-C2', 15, 3), s1);
    await t.gql('mutation($id: ID!) { suspendSupplier(membershipId: $id, reason: "Late deliveries") { status } }', { id: s3Membership }, leader);

    // 8Ds: S1 closes one on time; a second issue at S1 and S2 stays open, S2's containment overdue; one at S3 within its clocks.
    const report = async (suppliers: TestEnterprise[], defectCode: string) =>
      (await t.gql(REPORT, { i: { chainId, title: `${defectCode} found`, description: 'Incoming inspection', defectCode, severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3600_000).toISOString(), supplierEnterpriseIds: suppliers.map((s) => s.enterprise.id) } }, leader)).data?.reportQualityIssue;
    const first = await report([S1], 'SUR-BUR');
    const closing = first.correctiveActions.edges[0].node.id;
    for (const step of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'] as const) {
      await t.gql(SUBMIT, { a: closing, s: step, c: EIGHT_D[step] }, s1);
      await t.gql(REVIEW, { a: closing, s: step }, leader);
    }
    expect((await t.gql('mutation($a: ID!) { closeCorrectiveAction(actionId: $a) { status } }', { a: closing }, leader)).data?.closeCorrectiveAction.status).toBe('CLOSED');
    const second = await report([S1, S2], 'SUR-BUR');
    const s2Action = second.correctiveActions.edges.find((e: { node: { supplierEnterpriseId: string } }) => e.node.supplierEnterpriseId === S2.enterprise.id).node.id;
    await ds.query(`UPDATE corrective_action_steps SET due_at = now() - interval '1 hour' WHERE action_id = $1 AND step = 'D3'`, [s2Action]);
    await report([S3], 'DIM-OOT');

    // The worker brings the rollups up to date: wait until they account for every lot.
    const suppliers = [S1, S2, S3].map((s) => s.enterprise.id);
    await eventually(async () => {
      const [row] = await ds.query(
        `SELECT (SELECT count(*) FROM outbox_messages)::int AS outbox,
                (SELECT coalesce(sum(lots), 0) FROM lot_day_totals WHERE chain_id = $2 AND supplier_enterprise_id = ANY($1::uuid[]))::int AS daily,
                (SELECT count(*) FROM inspection_lots WHERE chain_id = $2)::int AS chain_lots,
                (SELECT coalesce(sum(lots_inspected), 0) FROM pass_rate_rollups WHERE scope_kind = 'CLUSTER' AND scope_key = $3 AND period = 'MONTH')::int AS cluster,
                (SELECT count(*) FROM inspection_lots WHERE supplier_enterprise_id IN (SELECT enterprise_id FROM cluster_members WHERE cluster_id::text = $3))::int AS cluster_lots,
                (SELECT coalesce(sum(lots_inspected), 0) FROM pass_rate_rollups WHERE scope_kind = 'PREFECTURE' AND scope_key = '330500' AND period = 'MONTH')::int AS prefecture,
                (SELECT count(*) FROM inspection_lots WHERE supplier_enterprise_id IN (SELECT id FROM enterprises WHERE region_code LIKE '3305%'))::int AS prefecture_lots`,
        [suppliers, chainId, clusterId],
      );
      return row.outbox === 0 && row.daily === row.chain_lots && row.cluster === row.cluster_lots && row.prefecture === row.prefecture_lots && row.chain_lots > 0;
    }, 60_000);
  }, 180_000);
  afterAll(() => t.close());

  const scorecards = (token: string, chain = chainId) => t.gql(SCORECARDS, { c: chain, ...period }, token);
  const clusterOverview = (token: string, id = clusterId, p = period) => t.gql(CLUSTER_OVERVIEW, { id, ...p }, token);
  const regionOverview = (token: string, code: string, p = period) => t.gql(REGION_OVERVIEW, { code, ...p }, token);
  const suppliersIn = (res: { data?: Record<string, any> }) => res.data?.supplierScorecards.map((c: { supplierEnterpriseId: string }) => c.supplierEnterpriseId).sort();

  it('shows a supplier only its own scorecard and keeps overviews to the coordinators who watch them', async () => {
    expect(suppliersIn(await scorecards(s1))).toEqual([S1.enterprise.id]);
    expect(suppliersIn(await scorecards(s4))).toEqual([]); // still onboarding: sees the chain, has no scorecard yet
    expect(codeOf(await scorecards(outsiderToken))).toBe('NOT_FOUND');
    expect(codeOf(await scorecards(leader2))).toBe('NOT_FOUND'); // S1's other leader does not see this chain
    expect(codeOf(await scorecards(otherCoordinator))).toBe('NOT_FOUND');
    const everyone = [S1, S2, S3].map((s) => s.enterprise.id).sort();
    expect(suppliersIn(await scorecards(leader))).toEqual(everyone);
    expect(suppliersIn(await scorecards(leaderViewer))).toEqual(everyone);
    expect(suppliersIn(await scorecards(coordinator))).toEqual(everyone);
    expect(suppliersIn(await scorecards(admin))).toEqual(everyone);

    // A member enterprise, and the leader whose chain draws on the cluster, see the cluster but not its overview.
    expect(codeOf(await clusterOverview(s1))).toBe('FORBIDDEN');
    expect(codeOf(await clusterOverview(leader))).toBe('FORBIDDEN');
    // An enterprise may never call the overviews (role gate): FORBIDDEN whatever the id, so nothing is revealed.
    expect(codeOf(await clusterOverview(outsiderToken))).toBe('FORBIDDEN');
    expect(codeOf(await clusterOverview(otherCoordinator))).toBe('NOT_FOUND');
    expect(codeOf(await regionOverview(s1, '330502'))).toBe('FORBIDDEN');
    expect(codeOf(await regionOverview(otherCoordinator, '330502'))).toBe('FORBIDDEN');
    expect(codeOf(await regionOverview(coordinator, '330000'))).toBe('FORBIDDEN'); // wider than its prefecture
    expect(codeOf(await regionOverview(coordinator, '131125'))).toBe('FORBIDDEN');
    expect((await clusterOverview(coordinator)).data?.clusterOverview.scopeKey).toBe(clusterId);
    expect((await regionOverview(coordinator, '330503')).data?.regionOverview.scopeKind).toBe('COUNTY');
  });

  it('names the field of bad input and answers NOT_FOUND for unknown ids', async () => {
    const backwards = { from: period.to, to: period.from };
    const same = { from: period.from, to: period.from };
    expect((await t.gql(SCORECARDS, { c: chainId, ...backwards }, leader)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await clusterOverview(coordinator, clusterId, same)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await regionOverview(coordinator, '330500', same)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await regionOverview(coordinator, '33050')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
    expect(codeOf(await regionOverview(admin, '339999'))).toBe('NOT_FOUND');
    expect(codeOf(await clusterOverview(admin, '6f1d9a52-7d3e-4c1b-9a57-0d5d1c0e8f11'))).toBe('NOT_FOUND');
    // An id that is not a UUID is malformed input, refused before any lookup.
    expect((await clusterOverview(admin, 'not-an-id')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clusterId' });
    expect(codeOf(await scorecards(admin, '6f1d9a52-7d3e-4c1b-9a57-0d5d1c0e8f11'))).toBe('NOT_FOUND');
    const weights = { ...DEFAULT_SCORECARD_WEIGHTS, ppm: -1 };
    await expect(t.get(ScorecardService).scorecards(leaderActor(), chainId, period.from, period.to, weights)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'weights.ppm' } });
  });

  /** The scorecard's counts, independently from the lots of the period. */
  const countsFromLots = async () => {
    const rows: Record<string, number | string>[] = await ds.query(
      `SELECT supplier_enterprise_id AS supplier, count(*)::int AS "lotsInspected", count(*) FILTER (WHERE decision = 'ACCEPT')::int AS "lotsAccepted",
              count(*) FILTER (WHERE submission = 1)::int AS "firstLots", count(*) FILTER (WHERE submission = 1 AND decision = 'ACCEPT')::int AS "firstAccepted",
              sum(units_sampled)::int AS "unitsInspected", sum(nonconforming_units)::int AS "unitsNonconforming"
         FROM inspection_lots WHERE chain_id = $1 AND ${CHINA_DAY} >= $2::date AND ${CHINA_DAY} < $3::date GROUP BY 1`,
      [chainId, period.from, period.to],
    );
    return new Map(rows.map(({ supplier, ...counts }) => [supplier as string, counts as Record<string, number>]));
  };

  /** The score by the stated rule: weighted mean of the components with data, weights renormalised, x 100, to 0.1. */
  const expectedScore = (c: Record<string, number>, actionIndex: number | null, w = DEFAULT_SCORECARD_WEIGHTS) => {
    const ppm = (c.unitsNonconforming / c.unitsInspected) * 1e6;
    const parts: [number, number | null][] = [
      [w.ppm, Math.max(0, 1 - ppm / w.ppmAtZeroScore)],
      [w.lotPassRate, c.lotsAccepted / c.lotsInspected],
      [w.firstPassYield, c.firstAccepted / c.firstLots],
      [w.correctiveActions, actionIndex],
    ];
    const used = parts.filter((p): p is [number, number] => p[1] !== null);
    const total = used.reduce((s, [weight]) => s + weight, 0);
    return Math.round((used.reduce((s, [weight, v]) => s + weight * v, 0) / total) * 1000) / 10;
  };
  const gradeOf = (score: number, bands: GradeBands = DEFAULT_GRADE_BANDS) => (score >= bands.A ? 'A' : score >= bands.B ? 'B' : score >= bands.C ? 'C' : 'D');
  const leaderActor = (): Actor => ({ userId: L.users.QUALITY_ENGINEER.id, organisationId: L.enterprise.id, organisationKind: OrganisationKind.ENTERPRISE, roles: [Role.QUALITY_ENGINEER] });

  it("scores each supplier from the daily rollups: figures equal the period's lots, the grade follows the weights", async () => {
    const cards = (await scorecards(leader)).data?.supplierScorecards;
    const fromLots = await countsFromLots();
    expect(cards).toHaveLength(3);
    // S1: one 8D closed on time (timeliness 1/1); S2: one overdue (0/1); S3: one still within its clocks (no figure).
    const actions: Record<string, { figures: Record<string, number>; index: number | null }> = {
      [S1.enterprise.id]: { figures: { opened: 2, closed: 1, closedOnTime: 1, overdueNow: 0 }, index: 1 },
      [S2.enterprise.id]: { figures: { opened: 1, closed: 0, closedOnTime: 0, overdueNow: 1 }, index: 0 },
      [S3.enterprise.id]: { figures: { opened: 1, closed: 0, closedOnTime: 0, overdueNow: 0 }, index: null },
    };
    for (const card of cards) {
      const counts = fromLots.get(card.supplierEnterpriseId)!;
      expect(counts.lotsInspected).toBeGreaterThan(0);
      expect(card).toMatchObject(counts);
      expect(card.lotPassRate).toBeCloseTo(counts.lotsAccepted / counts.lotsInspected, 10);
      expect(card.firstPassYield).toBeCloseTo(counts.firstAccepted / counts.firstLots, 10);
      expect(card.unitPassRate).toBeCloseTo((counts.unitsInspected - counts.unitsNonconforming) / counts.unitsInspected, 10);
      expect(card.ppm).toBeCloseTo((counts.unitsNonconforming / counts.unitsInspected) * 1e6, 6);
      const { figures, index } = actions[card.supplierEnterpriseId];
      expect(card.correctiveActions).toMatchObject(figures);
      const score = expectedScore(counts, index);
      expect(card.score).toBeCloseTo(score, 5);
      expect(card.grade).toBe(gradeOf(score));
      expect(card.components.reduce((s: number, c: { weightUsed: number }) => s + c.weightUsed, 0)).toBeCloseTo(1, 3);
    }
    const s1Card = cards.find((c: { supplierEnterpriseId: string }) => c.supplierEnterpriseId === S1.enterprise.id);
    // The resubmitted lot counts as inspected, never as a first-pass success; other chains' lots stay out.
    expect(s1Card.lotsInspected).toBe(s1Card.firstLots + 1);
    // Of the two lots at the period's edge only the one on its first China day counts.
    const [{ edge }] = await ds.query(`SELECT count(*)::int AS edge FROM inspection_lots WHERE lot_number LIKE 'S1-EDGE-%' AND ${CHINA_DAY} >= $1::date`, [period.from]);
    expect(edge).toBe(1);
    const s3Card = cards.find((c: { supplierEnterpriseId: string }) => c.supplierEnterpriseId === S3.enterprise.id);
    expect(s3Card.membershipStatus).toBe('SUSPENDED');
    // S3 has no corrective-action figure: that component is left out and the other weights renormalised.
    const left = s3Card.components.find((c: { name: string }) => c.name === 'CORRECTIVE_ACTIONS');
    expect(left).toMatchObject({ included: false, value: null, weightUsed: 0, points: 0, configuredWeight: DEFAULT_SCORECARD_WEIGHTS.correctiveActions });
    const w = DEFAULT_SCORECARD_WEIGHTS;
    expect(s3Card.components.find((c: { name: string }) => c.name === 'PPM').weightUsed).toBeCloseTo(w.ppm / (w.ppm + w.lotPassRate + w.firstPassYield), 4);
    // The fixtures give different grades, so the bands are exercised; best first.
    expect(new Set(cards.map((c: { grade: string }) => c.grade)).size).toBeGreaterThan(1);
    expect(cards.map((c: { score: number }) => c.score)).toEqual([...cards.map((c: { score: number }) => c.score)].sort((a, b) => b - a));
    // The supplier's own row is the same row the leader sees.
    expect((await scorecards(s1)).data?.supplierScorecards).toEqual([s1Card]);
  });

  it('takes other weights and grade bands as an argument of the service', async () => {
    const onlyLots = { ppm: 0, lotPassRate: 1, firstPassYield: 0, correctiveActions: 0, ppmAtZeroScore: 10_000 };
    const strict = { A: 99, B: 95, C: 90 };
    const cards = await t.get(ScorecardService).scorecards(leaderActor(), chainId, period.from, period.to, onlyLots, strict);
    const fromLots = await countsFromLots();
    expect(cards).toHaveLength(3);
    for (const card of cards) {
      const counts = fromLots.get(card.supplierEnterpriseId)!;
      const score = Math.round((counts.lotsAccepted / counts.lotsInspected) * 1000) / 10;
      expect(card.score).toBeCloseTo(score, 5);
      expect(card.grade).toBe(gradeOf(score, strict));
    }
  });

  /** Monthly counts of the lots of `suppliers` (any chain) in the months overlapping the period. */
  const monthsFromLots = (suppliers: string, param: string) =>
    ds.query(
      `SELECT to_char(date_trunc('month', d), 'YYYY-MM') AS month, count(*)::int AS "lotsInspected", count(*) FILTER (WHERE decision = 'ACCEPT')::int AS "lotsAccepted",
              count(*) FILTER (WHERE submission = 1)::int AS "firstLots", count(*) FILTER (WHERE submission = 1 AND decision = 'ACCEPT')::int AS "firstAccepted"
         FROM (SELECT *, ${CHINA_DAY} AS d FROM inspection_lots WHERE supplier_enterprise_id IN (${suppliers})) l
        WHERE d >= date_trunc('month', $2::date) AND d < $3::date GROUP BY 1 ORDER BY 1`,
      [param, period.from, period.to],
    );
  const counted = (trend: Record<string, unknown>[]) => trend.map(({ month, lotsInspected, lotsAccepted, firstLots, firstAccepted }) => ({ month, lotsInspected, lotsAccepted, firstLots, firstAccepted }));

  /** What the overview should say about these enterprises, from the fixtures and the latest assessments. */
  const profileOf = async (members: TestEnterprise[]) => {
    const sizes = members.map((m) => m.enterprise.sizeClassDeclared ?? m.enterprise.sizeClassComputed);
    const valid = certificates.filter((c) => members.includes(c.holder()) && c.status === CertificationStatus.VALID && c.issuedOn <= today && c.expiresOn >= today);
    const latest = await Promise.all(members.map(async (m) => (await ds.getRepository(MaturityAssessment).find({ where: { enterpriseId: m.enterprise.id }, order: { submittedAt: 'DESC' }, take: 1 }))[0]?.level ?? null));
    const certified = new Set(valid.map((c) => c.holder())).size;
    const schemes = [...new Set(valid.map((c) => c.scheme))];
    return {
      enterprises: members.length,
      sizeClasses: ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'].map((sizeClass) => ({ sizeClass, enterprises: sizes.filter((s) => s === sizeClass).length })),
      sizeUnknown: sizes.filter((s) => s === null).length,
      certifiedEnterprises: certified,
      certifiedShare: certified / members.length,
      certificationSchemes: expect.arrayContaining(schemes.map((scheme) => ({ scheme, enterprises: valid.filter((c) => c.scheme === scheme).length }))),
      maturityLevels: Object.values(MaturityLevel).map((level) => ({ level, enterprises: latest.filter((l) => l === level).length })),
      notAssessed: latest.filter((l) => l === null).length,
    };
  };
  const pilotAnswer = (p: Record<string, unknown>, linkedBy: string, regionCode: string | null) => ({
    programId: p.programId, name: p.name, linkedBy, regionCode,
    baselineLotPassRate: p.baselineLotPassRate, targetLotPassRate: p.targetLotPassRate, baselineFirstPassYield: p.baselineFirstPassYield, targetFirstPassYield: p.targetFirstPassYield,
  });

  it("gives a cluster's coordinator its members' profile, monthly trend against the pilot's baseline, issues and common problems", async () => {
    const res = await clusterOverview(coordinator);
    expect(res.errors).toBeUndefined();
    const overview = res.data?.clusterOverview;
    const members = [S1, S2, S4, E5];
    expect(overview).toMatchObject({ scopeKind: 'CLUSTER', scopeKey: clusterId, name: 'Wuxing children’s wear', ...period, ...(await profileOf(members)) });
    expect(overview.certificationSchemes).toHaveLength(1); // S1's ISO 9001 only: S2's expired, E5's lapsed yesterday
    // The trend equals the members' lots in every chain, month by month.
    const months = await monthsFromLots('SELECT enterprise_id FROM cluster_members WHERE cluster_id = $1::uuid', clusterId);
    expect(months.length).toBeGreaterThanOrEqual(3);
    expect(counted(overview.trend)).toEqual(months);
    for (const p of overview.trend) {
      expect(p.lotPassRate).toBeCloseTo(p.lotsAccepted / p.lotsInspected, 10);
      expect(p.firstPassYield).toBeCloseTo(p.firstAccepted / p.firstLots, 10);
    }
    expect(overview.pilot).toEqual(pilotAnswer(clusterPilot, 'CLUSTER', null));
    // Issue 1 (S1) closed, issue 2 (S1, S2) open; S3's issue is outside the cluster.
    expect(overview.issues).toEqual({ opened: 2, closed: 1, openNow: 1 });
    expect(overview.commonProblems).toEqual([{ defectCode: 'SUR-BUR', suppliers: 2, issues: 2 }]);
    expect((await clusterOverview(admin)).data?.clusterOverview).toEqual(overview);
  });

  it('gives a region the same view over the enterprises registered in it and its sub-divisions, with the pilot of the region or one enclosing it', async () => {
    const prefecture = (await regionOverview(coordinator, '330500')).data?.regionOverview;
    const inPrefecture = [S1, S2, S3, S4, E5];
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM enterprises WHERE region_code LIKE '3305%'`);
    expect(n).toBe(inPrefecture.length);
    expect(prefecture).toMatchObject({ scopeKind: 'PREFECTURE', scopeKey: '330500', ...(await profileOf(inPrefecture)) });
    expect(counted(prefecture.trend)).toEqual(await monthsFromLots(`SELECT id FROM enterprises WHERE region_code LIKE $1`, '3305%'));
    expect(prefecture.pilot).toEqual(pilotAnswer(regionPilot, 'REGION', '330500'));
    expect(prefecture.issues).toEqual({ opened: 3, closed: 1, openNow: 2 });
    expect(prefecture.commonProblems).toEqual([{ defectCode: 'SUR-BUR', suppliers: 2, issues: 2 }]); // DIM-OOT is at S3 alone

    const county = (await regionOverview(coordinator, '330503')).data?.regionOverview;
    expect(county).toMatchObject({ scopeKind: 'COUNTY', scopeKey: '330503', ...(await profileOf([S3])), issues: { opened: 1, closed: 0, openNow: 1 }, commonProblems: [] });
    expect(counted(county.trend)).toEqual(await monthsFromLots(`SELECT id FROM enterprises WHERE region_code LIKE $1`, '330503%'));
    expect(county.pilot).toEqual(pilotAnswer(regionPilot, 'REGION', '330500')); // the prefecture's programme covers its counties

    const province = (await regionOverview(admin, '330000')).data?.regionOverview;
    expect(province).toMatchObject({ scopeKind: 'PROVINCE', scopeKey: '330000', pilot: null });
    expect(counted(province.trend)).toEqual(await monthsFromLots(`SELECT id FROM enterprises WHERE region_code LIKE $1`, '33%'));
  });
});

describe('insights at scale', () => {
  let t: TestApp;
  let ds: DataSource;
  let leader: TestEnterprise;
  let chainId: string, clusterId: string;
  let coordinator: string, leaderToken: string;
  const period = { from: '2026-01-01', to: '2027-01-01' };

  /** n more enterprises in Zhuji (330681): cluster members, active suppliers, each certified, assessed and with a day of rollups. */
  const grow = async (n: number) => {
    for (let i = 0; i < n; i++) {
      const { enterprise } = await enterpriseWith(t, [], { regionCode: '330681' });
      const uscc: string = (await ds.query('SELECT uscc FROM organisations WHERE id = $1', [enterprise.id]))[0].uscc;
      await ds.query('INSERT INTO cluster_members (cluster_id, enterprise_id) VALUES ($1, $2)', [clusterId, enterprise.id]);
      await ds.getRepository(ChainMembership).insert({ chainId, supplierUscc: uscc, supplierEnterpriseId: enterprise.id, tier: 1, status: MembershipStatus.ACTIVE, categories: [] });
      await ds.getRepository(Certification).insert({ enterpriseId: enterprise.id, scheme: CertificationScheme.ISO_9001, number: `Z-${i}`, certificationBody: 'CQC', issuedOn: '2025-01-01', expiresOn: '2028-01-01' });
      await ds.getRepository(MaturityAssessment).insert({ enterpriseId: enterprise.id, modelVersion: 'v1', scores: {}, score: 2.5, level: MaturityLevel.EFFECTIVE, submittedBy: leader.users.ENTERPRISE_ADMIN.id });
      await ds.query(
        `INSERT INTO lot_day_totals (chain_id, supplier_enterprise_id, day, stage, lots, accepted, first_lots, first_accepted, units, nonconforming)
         VALUES ($1, $2, '2026-03-02', 'SPECIAL', 10, 9, 10, 9, 800, 6)`,
        [chainId, enterprise.id],
      );
    }
  };

  beforeAll(async () => {
    // No worker in this process: its outbox polling would add to the query count.
    t = await TestApp.start();
    ds = t.get(DataSource);
    const admin = await t.login((await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN])).users[0].email);
    const office = await officeWith(t, [Role.COORDINATOR]);
    clusterId = (await t.gql('mutation($i: CreateIndustryClusterInput!) { createIndustryCluster(input: $i) { id } }', { i: { name: 'Zhuji socks', regionCode: '330681', industryCode: 'C17', product: 'socks', coordinatingOfficeId: office.office.id } }, admin)).data?.createIndustryCluster.id;
    await t.gql('mutation($i: AssignCoordinatorInput!) { assignCoordinator(input: $i) { userId } }', { i: { userId: office.users.COORDINATOR.id, regionCodes: ['330600'], clusterIds: [clusterId] } }, admin);
    leader = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    chainId = (await chainLedBy(t, leader, [clusterId])).id;
    coordinator = await t.login(office.users.COORDINATOR.email);
    leaderToken = await t.login(leader.users.QUALITY_ENGINEER.email);
  });
  afterAll(() => t.close());

  it('costs the same number of queries for 3 enterprises as for 43', async () => {
    const counter = t.get(QueryCounter);
    const cost = async (query: string, variables: Record<string, unknown>, token: string) => {
      const before = counter.count;
      const res = await t.gql(query, { ...variables, ...period }, token);
      expect(res.errors).toBeUndefined();
      return { queries: counter.count - before, data: Object.values(res.data ?? {})[0] as Record<string, any> };
    };
    const measure = async () => ({
      cluster: await cost(CLUSTER_OVERVIEW, { id: clusterId }, coordinator),
      region: await cost(REGION_OVERVIEW, { code: '330681' }, coordinator),
      scorecards: await cost(SCORECARDS, { c: chainId }, leaderToken),
    });
    await grow(3);
    const few = await measure();
    await grow(40);
    const many = await measure();
    expect(few.cluster.data.enterprises).toBe(3);
    expect(many.cluster.data.enterprises).toBe(43);
    expect(many.region.data.certifiedEnterprises).toBe(43);
    expect(many.scorecards.data).toHaveLength(43);
    expect(many.scorecards.data.every((c: { lotsInspected: number; grade: string }) => c.lotsInspected === 10 && c.grade !== null)).toBe(true);
    expect(many.cluster.queries).toBe(few.cluster.queries);
    expect(many.region.queries).toBe(few.region.queries);
    expect(many.scorecards.queries).toBe(few.scorecards.queries);
    // Sign-in check, access, and one statement per part of the answer.
    expect(many.cluster.queries).toBeLessThanOrEqual(12);
    expect(many.region.queries).toBeLessThanOrEqual(12);
    expect(many.scorecards.queries).toBeLessThanOrEqual(8);
  });
});
