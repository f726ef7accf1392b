import { DataSource } from 'typeorm';
import { chinaDay } from '@chainq/core';
import { DEMO_ADMIN, DEMO_PASSWORD, DemoSeeder } from '@chainq/demo';
import { ChainMembership, MembershipStatus } from '@chainq/registry';
import { demoApp } from '../support/demo-app';
import { eventually, TestApp } from '../support/test-app';

const XUZHOU = 'coordinator@xuzhou-amr.example';
const HEBEI = 'coordinator@hebei-amr.example';
const SUPPLIER = 'owner@hengtong-castings.example';
const LEADER = 'sqe@huaxing-nev.example';
const FENCE = 'quality@lutong-fence.example';

const OVERVIEW = `query($code: String!, $from: Date!, $to: Date!) { regionOverview(regionCode: $code, from: $from, to: $to) {
  enterprises certifiedEnterprises certifiedShare trend { lotsInspected lotsAccepted firstLots firstAccepted }
  issues { opened closed openNow overdueNow } commonProblems { defectCode suppliers sharedSolution } } }`;
const SUB_REGIONS = `query($code: String!, $from: Date!, $to: Date!) { subRegionFigures(regionCode: $code, from: $from, to: $to) {
  code name level enterprises certifiedEnterprises certifiedShare lotsInspected lotsAccepted firstLots firstAccepted lotPassRate firstPassYield } }`;
const ENTERPRISE_RATES = `query($id: ID!, $from: String!, $to: String!) { enterprisePassRates(enterpriseId: $id, from: $from, to: $to) {
  periodStart lotsInspected lotsAccepted firstLots firstAccepted unitsInspected unitsNonconforming lotPassRate firstPassYield } }`;

type Errors = { errors?: { extensions?: Record<string, unknown> }[] };
const refusal = (r: Errors) => r.errors?.[0]?.extensions;

/** The China calendar day of a lot, computed without the product's helpers. */
const CHINA_DAY = `((l.inspected_at AT TIME ZONE 'UTC') + interval '8 hours')::date`;

/**
 * What the coordinator's region console asks beyond the overview: the
 * sub-regions side by side, the issues overdue now, whether a common problem
 * has a shared solution, and an enterprise's pass rates over all its chains.
 * Over the demo world, each against figures computed here from the rows and
 * lots themselves; refusals first.
 */
describe('region console', () => {
  let t: TestApp;
  let db: DataSource;
  let xuzhou: string, hebei: string, admin: string, supplier: string, leader: string;
  let castingsId: string, meshId: string;
  // The last twelve China months, this one included, as the console asks for them.
  const today = chinaDay();
  const [y, m] = today.split('-').map(Number);
  const monthStart = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10);
  const period = { from: monthStart(y, m - 11), to: monthStart(y, m + 1) };

  beforeAll(async () => {
    t = await demoApp('chainq_region_console', { worker: true });
    await t.get(DemoSeeder).seed();
    db = t.get(DataSource);
    [xuzhou, hebei, admin, supplier, leader] = await Promise.all([XUZHOU, HEBEI, DEMO_ADMIN.email, SUPPLIER, LEADER].map((e) => t.login(e, DEMO_PASSWORD)));
    [{ id: castingsId }] = await db.query("SELECT e.id FROM enterprises e JOIN organisations o ON o.id = e.id WHERE o.name LIKE 'Pizhou Hengtong%'");
    [{ id: meshId }] = await db.query("SELECT e.id FROM enterprises e JOIN organisations o ON o.id = e.id WHERE o.name LIKE 'Anping Jinsheng%'");
  }, 300_000);
  afterAll(() => t.close());

  const subRegions = (token: string, code: string, p = period) => t.gql(SUB_REGIONS, { code, ...p }, token);
  const overview = (token: string, code: string) => t.gql(OVERVIEW, { code, ...period }, token);
  const enterpriseRates = (token: string, id: string, p = period) => t.gql(ENTERPRISE_RATES, { id, ...p }, token);

  it("keeps another region's coordinator, suppliers and leaders out of a region's sub-regions and an enterprise's figures", async () => {
    expect(refusal(await subRegions(hebei, '320300'))).toMatchObject({ code: 'FORBIDDEN', reason: 'OVERVIEW_COORDINATORS_ONLY' });
    expect(refusal(await subRegions(xuzhou, '320000'))).toMatchObject({ code: 'FORBIDDEN' }); // wider than its prefecture
    expect(refusal(await subRegions(supplier, '320382'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(await subRegions(leader, '320300'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(await subRegions(xuzhou, '32030'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regionCode' });
    expect(refusal(await subRegions(xuzhou, '320300', { from: period.to, to: period.from }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(refusal(await subRegions(admin, '329999'))).toMatchObject({ code: 'NOT_FOUND' });

    // An enterprise outside the coordinator's regions and clusters does not exist for it, its record as its figures.
    expect(refusal(await enterpriseRates(hebei, castingsId))).toMatchObject({ code: 'NOT_FOUND' });
    expect(refusal(await t.gql('query($id: ID!) { enterprise(id: $id) { name maturityHistory { level } } }', { id: castingsId }, hebei))).toMatchObject({ code: 'NOT_FOUND' });
    // The chain leader sees its supplier's record but not its figures in other chains; the supplier asks its own chains.
    expect(refusal(await enterpriseRates(leader, castingsId))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(await enterpriseRates(supplier, castingsId))).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal(await enterpriseRates(xuzhou, castingsId, { from: '2026-13-01', to: period.to }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it("sets Xuzhou's counties side by side, each with the figures of its own overview and of its enterprises' lots", async () => {
    const answer = await subRegions(xuzhou, '320300');
    expect(answer.errors).toBeUndefined();
    const areas: Record<string, any>[] = answer.data!.subRegionFigures;
    const children: { code: string; name: string }[] = await db.query("SELECT code, name FROM regions WHERE parent_code = '320300' ORDER BY code");
    expect(areas.map((a) => ({ code: a.code, name: a.name }))).toEqual(children);
    expect(areas.every((a) => a.level === 'COUNTY')).toBe(true);
    for (const area of areas) {
      const own = (await overview(xuzhou, area.code)).data!.regionOverview;
      const sum = (k: string) => own.trend.reduce((s: number, p: Record<string, number>) => s + p[k], 0);
      expect(area).toMatchObject({ enterprises: own.enterprises, certifiedEnterprises: own.certifiedEnterprises, certifiedShare: own.certifiedShare });
      expect(area).toMatchObject({ lotsInspected: sum('lotsInspected'), lotsAccepted: sum('lotsAccepted'), firstLots: sum('firstLots'), firstAccepted: sum('firstAccepted') });
    }
    // Pizhou: the castings shop and the machining shop; its lots counted from the lots themselves, in the months overlapping the period.
    const pizhou = areas.find((a) => a.code === '320382')!;
    const [{ n }] = await db.query("SELECT count(*)::int AS n FROM enterprises WHERE region_code = '320382'");
    const [lots] = await db.query(
      `SELECT count(*)::int AS lots, count(*) FILTER (WHERE decision = 'ACCEPT')::int AS accepted,
              count(*) FILTER (WHERE submission = 1)::int AS first, count(*) FILTER (WHERE submission = 1 AND decision = 'ACCEPT')::int AS first_accepted
         FROM inspection_lots l WHERE l.supplier_enterprise_id IN (SELECT id FROM enterprises WHERE region_code = '320382')
          AND ${CHINA_DAY} >= date_trunc('month', $1::date) AND ${CHINA_DAY} < $2::date`,
      [period.from, period.to],
    );
    expect(lots.lots).toBeGreaterThan(0);
    expect(pizhou).toMatchObject({ name: '邳州市', enterprises: n, lotsInspected: lots.lots, lotsAccepted: lots.accepted, firstLots: lots.first, firstAccepted: lots.first_accepted });
    expect(pizhou.lotPassRate).toBeCloseTo(lots.accepted / lots.lots, 10);
    expect(pizhou.firstPassYield).toBeCloseTo(lots.first_accepted / lots.first, 10);
    // A county has nothing below it; the province's prefectures for the Hebei office.
    expect((await subRegions(xuzhou, '320382')).data!.subRegionFigures).toEqual([]);
    const hebeiAreas = (await subRegions(hebei, '130000')).data!.subRegionFigures;
    expect(hebeiAreas.find((a: { code: string }) => a.code === '131100')).toMatchObject({ level: 'PREFECTURE', name: '衡水市' });
  });

  it('counts the issues overdue now and says which common problems have a shared solution, as the rows say', async () => {
    for (const [token, code] of [[xuzhou, '320300'], [hebei, '130000']] as const) {
      const found = (await overview(token, code)).data!.regionOverview;
      const [{ overdue }] = await db.query(
        `SELECT count(DISTINCT i.id)::int AS overdue FROM quality_issues i JOIN corrective_actions a ON a.issue_id = i.id JOIN corrective_action_steps s ON s.action_id = a.id
          WHERE i.status = 'OPEN' AND a.status = 'OPEN' AND s.due_at < now() AND s.status NOT IN ('SUBMITTED', 'APPROVED')
            AND a.supplier_enterprise_id IN (SELECT id FROM enterprises WHERE region_code LIKE $1)`,
        [`${code.replace(/0+$/, '')}%`],
      );
      expect(found.issues.overdueNow).toBe(overdue);
      expect(found.issues.overdueNow).toBeLessThanOrEqual(found.issues.openNow);
      const shared: { code: string }[] = await db.query(
        `SELECT DISTINCT i.defect_code AS code FROM quality_issues i JOIN corrective_actions a ON a.issue_id = i.id WHERE a.status = 'EFFECTIVE' AND a.shared AND a.closed_at < $1`,
        [new Date(`${period.to}T00:00:00+08:00`)],
      );
      for (const p of found.commonProblems) expect(p.sharedSolution).toBe(shared.some((s) => s.code === p.defectCode));
    }
    // The demo: the Anping mesh maker's containment is late; burrs in Xuzhou have the battery maker's shared 8D, weld porosity in Hebei none.
    const hebeiAnswer = (await overview(hebei, '130000')).data!.regionOverview;
    expect(hebeiAnswer.issues.overdueNow).toBeGreaterThan(0);
    expect(hebeiAnswer.commonProblems.find((p: { defectCode: string }) => p.defectCode === 'WLD-POR')).toMatchObject({ sharedSolution: false });
    const xuzhouAnswer = (await overview(xuzhou, '320300')).data!.regionOverview;
    expect(xuzhouAnswer.commonProblems.find((p: { defectCode: string }) => p.defectCode === 'SUR-BUR')).toMatchObject({ sharedSolution: true });
  });

  it("adds up an enterprise's lots in every chain it supplies, month by month, for the coordinator who watches it", async () => {
    // The mesh maker starts supplying the fence chain too, and the fence builder inspects two of its lots.
    const [{ fence, uscc }] = await db.query(
      "SELECT c.id AS fence, o.uscc FROM industry_chains c, organisations o WHERE c.name LIKE 'Lutong%' AND o.id = $1",
      [meshId],
    );
    await db.getRepository(ChainMembership).insert({ chainId: fence, supplierUscc: uscc, supplierEnterpriseId: meshId, tier: 1, status: MembershipStatus.ACTIVE, categories: ['welded mesh'] });
    const lot = (i: number, bad: number) => ({
      chainId: fence, supplierEnterpriseId: meshId, partNumber: 'FENCE-MESH', lotNumber: `FENCE-${i}`, lotSize: 1000, stage: 'INCOMING',
      inspectedAt: new Date(Date.now() - (i + 1) * 3600_000).toISOString(), aql: '1.0', unitsSampled: 80, nonconformingUnits: bad,
    });
    const fenceToken = await t.login(FENCE, DEMO_PASSWORD);
    const recorded = await t.gql('mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { errors { field message } } }', { lots: [lot(0, 0), lot(1, 5)] }, fenceToken);
    expect(recorded.data?.recordInspectionLots.errors).toEqual([]);

    const fromLots = async () =>
      (await db.query(
        `SELECT to_char(date_trunc('month', ${CHINA_DAY}), 'YYYY-MM-DD') AS "periodStart", count(*)::int AS "lotsInspected", count(*) FILTER (WHERE decision = 'ACCEPT')::int AS "lotsAccepted",
                count(*) FILTER (WHERE submission = 1)::int AS "firstLots", count(*) FILTER (WHERE submission = 1 AND decision = 'ACCEPT')::int AS "firstAccepted",
                sum(units_sampled)::int AS "unitsInspected", sum(nonconforming_units)::int AS "unitsNonconforming"
           FROM inspection_lots l WHERE l.supplier_enterprise_id = $1 AND ${CHINA_DAY} >= $2::date AND ${CHINA_DAY} < $3::date GROUP BY 1 ORDER BY 1`,
        [meshId, period.from, period.to],
      )) as Record<string, string | number>[];
    const counts = (points: Record<string, unknown>[]) =>
      points.map(({ periodStart, lotsInspected, lotsAccepted, firstLots, firstAccepted, unitsInspected, unitsNonconforming }) => ({ periodStart, lotsInspected, lotsAccepted, firstLots, firstAccepted, unitsInspected, unitsNonconforming }));
    // The worker brings the day totals up to date with the two new lots.
    await eventually(async () => JSON.stringify(counts((await enterpriseRates(hebei, meshId)).data?.enterprisePassRates ?? [])) === JSON.stringify(await fromLots()), 60_000);
    const points = (await enterpriseRates(hebei, meshId)).data!.enterprisePassRates;
    const [{ chains }] = await db.query("SELECT count(DISTINCT chain_id)::int AS chains FROM inspection_lots WHERE supplier_enterprise_id = $1", [meshId]);
    expect(chains).toBe(2);
    expect(points.length).toBeGreaterThanOrEqual(12);
    for (const p of points) {
      expect(p.lotPassRate).toBeCloseTo(p.lotsAccepted / p.lotsInspected, 10);
      expect(p.firstPassYield).toBeCloseTo(p.firstAccepted / p.firstLots, 10);
    }
    // The same answer for a platform admin.
    expect((await enterpriseRates(admin, meshId)).data!.enterprisePassRates).toEqual(points);
  });
});
