import { DataSource } from 'typeorm';
import { chinaDay } from '@chainq/core';
import { DEMO_ADMIN, DEMO_PASSWORD, DemoSeeder } from '@chainq/demo';
import { demoApp } from '../support/demo-app';
import { TestApp } from '../support/test-app';

const COUNTRY = { kind: 'COUNTRY', id: 'CN' };
const OUTCOMES = `query($s: OutcomeScopeInput!, $y: Int!) { programOutcomes(scope: $s, year: $y) { name lotPassRateChange firstPassYieldChange unitPassRateChange
  current { ...year } previous { ...year } } }
  fragment year on ProgramOutcomeYear { year enterprisesCovered enterprisesHelped problemsSolved certificatesGained certifiedEnterprises certifiedShare maturityRose
    lotsInspected lotPassRate firstPassYield unitPassRate commonProblems commonProblemsAddressed coverage { provinces prefectures counties } }`;

/** China midnight of 1 January of `year`, as the instant SQL compares with. */
const newYear = (year: number) => `${year}-01-01T00:00:00+08:00`;

/**
 * The programme's outcome figures over the demo world, against figures
 * computed here independently: enterprise facts from the rows themselves
 * (sets built in the test, not the service's statement) and lot figures
 * from the lots, not the rollups. Deny cases first.
 */
describe('programme outcomes', () => {
  let t: TestApp;
  let db: DataSource;
  let xuzhou: string, hebei: string, admin: string, supplier: string, leader: string;
  let pilotId: string, pizhouId: string;
  const year = Number(chinaDay().slice(0, 4));

  beforeAll(async () => {
    t = await demoApp('chainq_outcomes');
    await t.get(DemoSeeder).seed();
    db = t.get(DataSource);
    [xuzhou, hebei, admin, supplier, leader] = await Promise.all(
      ['coordinator@xuzhou-amr.example', 'coordinator@hebei-amr.example', DEMO_ADMIN.email, 'owner@hengtong-castings.example', 'sqe@huaxing-nev.example'].map((e) => t.login(e, DEMO_PASSWORD)),
    );
    [{ id: pilotId }] = await db.query('SELECT id FROM pilot_programs');
    [{ id: pizhouId }] = await db.query("SELECT id FROM industry_clusters WHERE name LIKE 'Pizhou%'");
  }, 300_000);
  afterAll(() => t.close());

  const ask = (token: string, scope: { kind: string; id: string }, y = year) => t.gql(OUTCOMES, { s: scope, y }, token);
  const refusal = async (token: string, scope: { kind: string; id: string }, y = year) => (await ask(token, scope, y)).errors?.[0].extensions;

  it("refuses a region, cluster or programme the caller does not watch, a supplier, and a year out of range", async () => {
    expect(await refusal(hebei, { kind: 'REGION', id: '320300' })).toMatchObject({ code: 'FORBIDDEN', reason: 'OVERVIEW_COORDINATORS_ONLY' });
    expect(await refusal(hebei, { kind: 'CLUSTER', id: pizhouId })).toMatchObject({ code: 'NOT_FOUND' });
    // The Xuzhou coordinator sees the programme (it covers Xuzhou) but not all of it: Anping is Hebei's.
    expect(await refusal(xuzhou, { kind: 'PILOT', id: pilotId })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(supplier, { kind: 'REGION', id: '320382' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refusal(xuzhou, { kind: 'REGION', id: '32030' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.id' });
    expect(await refusal(xuzhou, { kind: 'REGION', id: '320300' }, 1999)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    expect(await refusal(xuzhou, { kind: 'REGION', id: '320300' }, year + 1)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  it('keeps the whole country to platform admins: a coordinator is refused as for a region it does not watch, an enterprise by its role, and any id but "CN" is named', async () => {
    // Hebei's coordinator watches a whole province; that is still not the country.
    for (const coordinator of [xuzhou, hebei]) expect(await refusal(coordinator, COUNTRY)).toMatchObject({ code: 'FORBIDDEN', reason: 'OVERVIEW_COORDINATORS_ONLY' });
    for (const enterprise of [supplier, leader]) expect(await refusal(enterprise, COUNTRY)).toMatchObject({ code: 'FORBIDDEN' });
    for (const id of ['cn', 'CHN', '000000']) expect(await refusal(admin, { kind: 'COUNTRY', id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.id', reason: 'COUNTRY_ID_INVALID' });
    // The id is checked before who asks, as a region's code is.
    expect(await refusal(xuzhou, { kind: 'COUNTRY', id: '320300' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scope.id', reason: 'COUNTRY_ID_INVALID' });
    expect(await refusal(admin, COUNTRY, 1999)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
  });

  /** The figures of enterprises `ids` for year `y`, each from its own rows. */
  async function independently(ids: string[], lotFilter: string, lotParams: unknown[], y: number) {
    const [start, end] = [newYear(y), newYear(y + 1)];
    const asOf = `${y}-12-31` < chinaDay() ? `${y}-12-31` : chinaDay();
    const set = async (sql: string, params: unknown[] = []) => new Set(((await db.query(sql, params)) as { id: string }[]).map((r) => r.id));
    const covered = ids;
    const inScope = (s: Set<string>) => covered.filter((id) => s.has(id));
    const active = await set(
      `SELECT m.supplier_enterprise_id AS id FROM chain_memberships m WHERE m.id IN (SELECT membership_id FROM membership_events WHERE to_status = 'ACTIVE' AND at < $1)
        AND m.id NOT IN (SELECT membership_id FROM membership_events WHERE to_status = 'EXITED' AND at < $2)`, [end, start]);
    const clustered = await set('SELECT enterprise_id AS id FROM cluster_members WHERE joined_at < $1', [end]);
    const answered = await set('SELECT a.supplier_enterprise_id AS id FROM corrective_action_steps s JOIN corrective_actions a ON a.id = s.action_id WHERE s.submitted_at >= $1 AND s.submitted_at < $2', [start, end]);
    const adopted = await set("SELECT recipient_enterprise_id AS id FROM standard_acknowledgements WHERE status = 'ADOPTED' AND updated_at >= $1 AND updated_at < $2", [start, end]);
    const helped = covered.filter((id) => active.has(id) || clustered.has(id) || answered.has(id) || adopted.has(id));
    const regions: string[] = (await db.query('SELECT region_code FROM enterprises WHERE id = ANY($1)', [helped])).map((r: { region_code: string }) => r.region_code);
    const count = async (sql: string, params: unknown[]) => Number((await db.query(sql, params))[0].n);
    const levels = async (before: string) =>
      new Map(((await db.query('SELECT DISTINCT ON (enterprise_id) enterprise_id, level FROM maturity_assessments WHERE submitted_at < $1 ORDER BY enterprise_id, submitted_at DESC, id DESC', [before])) as { enterprise_id: string; level: string }[]).map((r) => [r.enterprise_id, r.level]));
    const order = ['INITIAL', 'EFFECTIVE', 'CONTINUAL_IMPROVEMENT', 'LEADING'];
    const [atStart, atEnd] = [await levels(start), await levels(end)];
    const rose = covered.filter((id) => atStart.has(id) && order.indexOf(atEnd.get(id)!) > order.indexOf(atStart.get(id)!)).length;
    const codes: { defect_code: string; suppliers: string[] }[] = await db.query(
      `SELECT i.defect_code, array_agg(DISTINCT a.supplier_enterprise_id::text) AS suppliers FROM quality_issues i JOIN corrective_actions a ON a.issue_id = i.id
        WHERE a.status <> 'CANCELLED' AND i.detected_at >= $1 AND i.detected_at < $2 GROUP BY i.defect_code`, [start, end]);
    const common = codes.filter((c) => c.suppliers.filter((s) => covered.includes(s)).length >= 2).map((c) => c.defect_code);
    const sharedCodes = await set("SELECT DISTINCT i.defect_code AS id FROM quality_issues i JOIN corrective_actions a ON a.issue_id = i.id WHERE a.status = 'EFFECTIVE' AND a.shared AND a.closed_at < $1", [end]);
    const [lots] = await db.query(
      `SELECT count(*)::int AS lots, count(*) FILTER (WHERE decision = 'ACCEPT')::int AS accepted, count(*) FILTER (WHERE submission = 1)::int AS first,
              count(*) FILTER (WHERE submission = 1 AND decision = 'ACCEPT')::int AS first_accepted, sum(units_sampled)::bigint AS units, sum(nonconforming_units)::bigint AS bad
         FROM inspection_lots l WHERE ${lotFilter} AND l.inspected_at >= $1 AND l.inspected_at < $2`, [start, end, ...lotParams]);
    const rate = (a: number, b: number) => (b ? a / b : null);
    return {
      year: y,
      enterprisesCovered: covered.length,
      enterprisesHelped: helped.length,
      problemsSolved: await count("SELECT count(*) AS n FROM corrective_actions WHERE supplier_enterprise_id = ANY($1) AND status = 'EFFECTIVE' AND closed_at >= $2 AND closed_at < $3", [covered, start, end]),
      certificatesGained: await count('SELECT count(*) AS n FROM certifications WHERE enterprise_id = ANY($1) AND issued_on BETWEEN $2 AND $3', [covered, `${y}-01-01`, asOf]),
      certifiedEnterprises: inScope(await set("SELECT enterprise_id AS id FROM certifications WHERE status = 'VALID' AND issued_on <= $1 AND expires_on >= $1", [asOf])).length,
      maturityRose: rose,
      lotsInspected: lots.lots,
      lotPassRate: rate(lots.accepted, lots.lots),
      firstPassYield: rate(lots.first_accepted, lots.first),
      unitPassRate: rate(Number(lots.units) - Number(lots.bad), Number(lots.units)),
      commonProblems: common.length,
      commonProblemsAddressed: common.filter((c) => sharedCodes.has(c)).length,
      coverage: {
        provinces: new Set(regions.map((r) => r.slice(0, 2))).size,
        prefectures: new Set(regions.filter((r) => r.slice(2, 4) !== '00').map((r) => r.slice(0, 4))).size,
        counties: new Set(regions.filter((r) => r.slice(4) !== '00')).size,
      },
    };
  }

  const close = (figures: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? expect.closeTo(v, 9) : v]));

  it("gives Xuzhou's coordinator the region's figures for this year and last, as the rows and lots themselves add up", async () => {
    const answer = await ask(xuzhou, { kind: 'REGION', id: '320300' });
    expect(answer.errors).toBeUndefined();
    const found = answer.data!.programOutcomes;
    const ids: string[] = (await db.query("SELECT id FROM enterprises WHERE region_code LIKE '3203%' AND created_at < $1", [newYear(year + 1)])).map((r: { id: string }) => r.id);
    const lotsOf = "l.supplier_enterprise_id IN (SELECT id FROM enterprises WHERE region_code LIKE '3203%')";
    const current = await independently(ids, lotsOf, [], year);
    const previousIds: string[] = (await db.query("SELECT id FROM enterprises WHERE region_code LIKE '3203%' AND created_at < $1", [newYear(year)])).map((r: { id: string }) => r.id);
    const previous = await independently(previousIds, lotsOf, [], year - 1);
    expect(found.current).toEqual({ ...close(current), certifiedShare: current.enterprisesCovered ? expect.closeTo(current.certifiedEnterprises / current.enterprisesCovered, 9) : null });
    expect(found.previous).toEqual({ ...close(previous), certifiedShare: previous.enterprisesCovered ? expect.closeTo(previous.certifiedEnterprises / previous.enterprisesCovered, 9) : null });
    // The demo's two years of lots: figures in both years, and the change in percentage points between them.
    expect(found.current.lotsInspected).toBeGreaterThan(0);
    expect(found.previous.lotsInspected).toBeGreaterThan(0);
    expect(found.firstPassYieldChange).toBeCloseTo((current.firstPassYield! - previous.firstPassYield!) * 100, 1);
    expect(found.name).toBe('徐州市');
  });

  it("adds up a programme's regions once, though its clusters lie inside them, for a platform admin", async () => {
    const answer = await ask(admin, { kind: 'PILOT', id: pilotId });
    expect(answer.errors).toBeUndefined();
    const found = answer.data!.programOutcomes;
    const ids: string[] = (await db.query("SELECT id FROM enterprises WHERE (region_code LIKE '3203%' OR region_code = '131125') AND created_at < $1", [newYear(year + 1)])).map((r: { id: string }) => r.id);
    const clusterMembers: string[] = (await db.query('SELECT cm.enterprise_id AS id FROM cluster_members cm JOIN pilot_program_clusters pc ON pc.cluster_id = cm.cluster_id WHERE cm.joined_at < $1', [newYear(year + 1)])).map((r: { id: string }) => r.id);
    const current = await independently([...new Set([...ids, ...clusterMembers])], "l.supplier_enterprise_id IN (SELECT id FROM enterprises WHERE region_code LIKE '3203%' OR region_code = '131125')", [], year);
    expect(found.current).toEqual({ ...close(current), certifiedShare: expect.closeTo(current.certifiedEnterprises / current.enterprisesCovered, 9) });
    expect(found.name).toBe('Hebei–Jiangsu small and micro enterprise quality pilot');
  });

  it("ranks a programme's regions and clusters on this year's lot pass rate, each with the figures its own scope gives; a coordinator who watches part of it gets that part", async () => {
    const STANDING = `query($p: ID!, $y: Int!) { pilotStanding(pilotId: $p, year: $y) { pilotId partial outcomes { name current { lotPassRate } }
      regions { ...area } clusters { ...area } } }
      fragment area on RankedOutcomeArea { kind id name belowTarget current { lotPassRate firstPassYield enterprisesCovered } previous { lotPassRate firstPassYield enterprisesCovered } }`;
    expect((await t.gql(STANDING, { p: pilotId, y: year }, supplier)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.gql(STANDING, { p: '00000000-0000-4000-8000-000000000000', y: year }, admin)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.gql(STANDING, { p: pilotId, y: 1999 }, admin)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });

    // Xuzhou's coordinator watches the Xuzhou part of the programme: its region and the Pizhou cluster, together as Xuzhou's own figures.
    const part = (await t.gql(STANDING, { p: pilotId, y: year }, xuzhou)).data!.pilotStanding;
    expect(part.partial).toBe(true);
    expect(part.regions.map((r: { id: string }) => r.id)).toEqual(['320300']);
    expect(part.clusters.map((c: { id: string }) => c.id)).toEqual([pizhouId]);
    expect(part.outcomes.current.lotPassRate).toBe((await ask(xuzhou, { kind: 'REGION', id: '320300' })).data!.programOutcomes.current.lotPassRate);

    const answer = await t.gql(STANDING, { p: pilotId, y: year }, admin);
    expect(answer.errors).toBeUndefined();
    const standing = answer.data!.pilotStanding;
    expect(standing.partial).toBe(false);
    expect(standing.outcomes.current.lotPassRate).toBe((await ask(admin, { kind: 'PILOT', id: pilotId })).data!.programOutcomes.current.lotPassRate);
    const [{ target }] = await db.query('SELECT target_lot_pass_rate::float AS target FROM pilot_programs WHERE id = $1', [pilotId]);
    const regionCodes = (await db.query('SELECT region_code FROM pilot_program_regions WHERE pilot_program_id = $1', [pilotId])).map((r: { region_code: string }) => r.region_code);
    const clusterIds = (await db.query('SELECT cluster_id FROM pilot_program_clusters WHERE pilot_program_id = $1', [pilotId])).map((r: { cluster_id: string }) => r.cluster_id);
    expect(standing.regions.map((r: { id: string }) => r.id).sort()).toEqual([...regionCodes].sort());
    expect(standing.clusters.map((c: { id: string }) => c.id).sort()).toEqual([...clusterIds].sort());
    for (const area of [...standing.regions, ...standing.clusters]) {
      const own = (await ask(admin, { kind: area.kind, id: area.id })).data!.programOutcomes;
      expect([area.name, area.current, area.previous]).toEqual([
        own.name,
        { lotPassRate: own.current.lotPassRate, firstPassYield: own.current.firstPassYield, enterprisesCovered: own.current.enterprisesCovered },
        { lotPassRate: own.previous.lotPassRate, firstPassYield: own.previous.firstPassYield, enterprisesCovered: own.previous.enterprisesCovered },
      ]);
      expect(area.belowTarget).toBe(target === null || own.current.lotPassRate === null ? null : own.current.lotPassRate < target);
    }
    const rates = standing.clusters.map((c: { current: { lotPassRate: number | null } }) => c.current.lotPassRate ?? -1);
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
  });

  it("gives a platform admin the whole country: every enterprise and lot, as the rows add up, and each count the sum of its provinces'", async () => {
    const answer = await ask(admin, COUNTRY);
    expect(answer.errors).toBeUndefined();
    const found = answer.data!.programOutcomes;
    expect(found.name).toBe('全国');
    const everyone = async (y: number) => (await db.query('SELECT id FROM enterprises WHERE created_at < $1', [newYear(y + 1)])).map((r: { id: string }) => r.id as string);
    for (const [figures, y] of [[found.current, year], [found.previous, year - 1]] as const) {
      const own = await independently(await everyone(y), 'TRUE', [], y);
      expect(figures).toEqual({ ...close(own), certifiedShare: own.enterprisesCovered ? expect.closeTo(own.certifiedEnterprises / own.enterprisesCovered, 9) : null });
    }

    // The demo's enterprises are in Hebei and Jiangsu: the country is those two provinces added up.
    const provinces: string[] = (await db.query("SELECT DISTINCT substr(region_code, 1, 2) || '0000' AS code FROM enterprises ORDER BY code")).map((r: { code: string }) => r.code);
    expect(provinces).toEqual(['130000', '320000']);
    const parts = await Promise.all(provinces.map(async (id) => (await ask(admin, { kind: 'REGION', id })).data!.programOutcomes));
    type Year = Record<string, number | null> & { coverage: Record<string, number> };
    const ADDITIVE = ['enterprisesCovered', 'enterprisesHelped', 'problemsSolved', 'certificatesGained', 'certifiedEnterprises', 'maturityRose', 'lotsInspected'];
    for (const which of ['current', 'previous'] as const) {
      const years: Year[] = parts.map((p) => p[which]);
      const country: Year = found[which];
      for (const key of ADDITIVE) expect({ key, value: country[key] }).toEqual({ key, value: years.reduce((n, y) => n + (y[key] as number), 0) });
      for (const level of ['provinces', 'prefectures', 'counties']) expect(country.coverage[level]).toBe(years.reduce((n, y) => n + y.coverage[level], 0));
      // The lot pass rate is the provinces' weighted by their lots.
      const accepted = years.reduce((n, y) => n + (y.lotPassRate ?? 0) * (y.lotsInspected as number), 0);
      expect(country.lotPassRate).toBeCloseTo(accepted / (country.lotsInspected as number), 9);
    }
    expect(found.current.lotsInspected).toBeGreaterThan(0);
  });
});
