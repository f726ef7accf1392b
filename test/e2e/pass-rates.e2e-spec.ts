import { DataSource } from 'typeorm';
import { OrganisationKind, Role } from '@chainq/identity';
import { RollupService } from '@chainq/inspection';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { eventually, TestApp } from '../support/test-app';

const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted errors { index field message } } }';
const SERIES = `query($kind: RollupScope!, $id: String!, $period: RollupPeriod!, $stage: PassRateStage) {
  passRateSeries(scope: { kind: $kind, id: $id }, period: $period, from: "2026-01-01", to: "2027-01-01", stage: $stage) {
    periodStart lotsInspected lotsAccepted firstLots firstAccepted unitsInspected unitsNonconforming lotPassRate firstPassYield ppm } }`;

describe('pass-rate rollups kept by the worker', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise;
  let leader: string, s1: string, s2: string, admin: string;
  let chainId: string;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '131125' });
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '320382' });
    chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, leader, S1);
    await onboardSupplier(t, chainId, leader, S2);
    [s1, s2] = await Promise.all([S1, S2].map((s) => t.login(s.users.ENTERPRISE_ADMIN.email)));
    admin = await t.login((await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN])).users[0].email);

    // Three months of special inspection at two suppliers; S1 resubmits a rejected lot.
    const lots = (supplier: TestEnterprise, n: number, rejectEvery: number) =>
      Array.from({ length: n }, (_, i) => ({
        chainId, supplierEnterpriseId: supplier.enterprise.id, partNumber: 'P-1', lotNumber: `${supplier.enterprise.id.slice(0, 4)}-${i}`, lotSize: 1000,
        stage: 'SPECIAL', inspectedAt: new Date(Date.UTC(2026, 7 + (i % 3), 1 + (i % 27), 2)).toISOString(), aql: '1.0', unitsSampled: 80,
        nonconformingUnits: i % rejectEvery === 0 ? 3 : i % 2,
      }));
    const resubmission = { ...lots(S1, 1, 1)[0], submission: 2, nonconformingUnits: 0 };
    expect((await t.gql(RECORD, { lots: [...lots(S1, 60, 10), resubmission] }, s1)).data?.recordInspectionLots.errors).toEqual([]);
    expect((await t.gql(RECORD, { lots: lots(S2, 45, 5) }, s2)).data?.recordInspectionLots.errors).toEqual([]);
    // Settled when nothing is due in the outbox, no queue has work, and every logged change has been applied.
    await eventually(async () => {
      await t.settled();
      const [{ n }] = await t.get(DataSource).query('SELECT count(*)::int AS n FROM lot_day_deltas');
      return n === 0;
    }, 30_000);
  });
  afterAll(() => t.close());

  /** The same question answered from the raw lots, independently of the rollup code, over the series' days (other suites' older lots lie outside). */
  const fromLots = (where: string, params: unknown[], bucket = "date_trunc('month', inspected_day)") =>
    t.get(DataSource).query(
      `SELECT to_char(${bucket}, 'YYYY-MM-DD') AS "periodStart", count(*)::int AS "lotsInspected",
              count(*) FILTER (WHERE decision = 'ACCEPT')::int AS "lotsAccepted", count(*) FILTER (WHERE submission = 1)::int AS "firstLots",
              count(*) FILTER (WHERE submission = 1 AND decision = 'ACCEPT')::int AS "firstAccepted",
              sum(units_sampled)::int AS "unitsInspected", sum(nonconforming_units)::int AS "unitsNonconforming"
         FROM inspection_lots WHERE (${where}) AND inspected_day >= '2026-01-01' AND inspected_day < '2027-01-01' GROUP BY 1 ORDER BY 1`,
      params,
    );
  const counts = (points: Record<string, unknown>[]) =>
    points.map(({ periodStart, lotsInspected, lotsAccepted, firstLots, firstAccepted, unitsInspected, unitsNonconforming }) => ({ periodStart, lotsInspected, lotsAccepted, firstLots, firstAccepted, unitsInspected, unitsNonconforming }));
  const series = async (token: string, kind: string, id: string, period = 'MONTH') => (await t.gql(SERIES, { kind, id, period }, token)).data?.passRateSeries;

  it('equals an independent recomputation from the lots, for the chain, a supplier and a county', async () => {
    const chain = await series(leader, 'CHAIN', chainId);
    expect(chain).toHaveLength(3);
    expect(counts(chain)).toEqual(await fromLots('chain_id = $1', [chainId]));
    const own = await series(s1, 'CHAIN_SUPPLIER', `${chainId}:${S1.enterprise.id}`);
    expect(counts(own)).toEqual(await fromLots('chain_id = $1 AND supplier_enterprise_id = $2', [chainId, S1.enterprise.id]));
    const ownWeeks = await series(s1, 'CHAIN_SUPPLIER', `${chainId}:${S1.enterprise.id}`, 'WEEK');
    expect(counts(ownWeeks)).toEqual(await fromLots('chain_id = $1 AND supplier_enterprise_id = $2', [chainId, S1.enterprise.id], "date_trunc('week', inspected_day)"));
    // A week counts whole when it starts within [from, to), as a stored week does: 2026-08-31 runs to 2026-09-06.
    const untilSeptember = (
      await t.gql(
        `query($id: String!) { passRateSeries(scope: { kind: CHAIN_SUPPLIER, id: $id }, period: WEEK, from: "2026-08-01", to: "2026-09-01") { periodStart lotsInspected } }`,
        { id: `${chainId}:${S1.enterprise.id}` },
        s1,
      )
    ).data?.passRateSeries;
    const augustWeeks = ownWeeks.filter((p: { periodStart: string }) => p.periodStart >= '2026-08-01' && p.periodStart < '2026-09-01');
    expect(untilSeptember).toEqual(augustWeeks.map(({ periodStart, lotsInspected }: { periodStart: string; lotsInspected: number }) => ({ periodStart, lotsInspected })));
    expect(untilSeptember.at(-1).periodStart).toBe('2026-08-31');
    const ownDays = await series(s1, 'CHAIN_SUPPLIER', `${chainId}:${S1.enterprise.id}`, 'DAY');
    expect(counts(ownDays)).toEqual(await fromLots('chain_id = $1 AND supplier_enterprise_id = $2', [chainId, S1.enterprise.id], 'inspected_day'));
    const countyDays = (await t.gql(SERIES, { kind: 'COUNTY', id: '131125', period: 'DAY', stage: 'SPECIAL' }, admin)).data?.passRateSeries;
    expect(counts(countyDays)).toEqual(await fromLots(`stage = 'SPECIAL' AND supplier_enterprise_id IN (SELECT id FROM enterprises WHERE region_code = '131125')`, [], 'inspected_day'));
    expect(countyDays.length).toBeGreaterThan(20);
    const county = await series(admin, 'COUNTY', '131125');
    expect(counts(county)).toEqual(await fromLots(`supplier_enterprise_id IN (SELECT id FROM enterprises WHERE region_code = '131125')`, []));
    // The resubmitted lot counts as inspected but never as a first-pass success.
    const august = own.find((p: { periodStart: string }) => p.periodStart === '2026-08-01');
    expect(august.lotsInspected).toBe(august.firstLots + 1);
    expect(august.firstPassYield).toBeCloseTo(august.firstAccepted / august.firstLots, 10);
    expect(august.ppm).toBeCloseTo((august.unitsNonconforming / august.unitsInspected) * 1e6, 6);
  });

  it('leaves the same numbers after a repeated job and after a full rebuild', async () => {
    const before = await series(leader, 'CHAIN', chainId, 'WEEK');
    const versions = () => t.get(DataSource).query(`SELECT period, period_start, stage, xmin::text FROM pass_rate_rollups WHERE scope_key = $1 ORDER BY 1, 2, 3`, [chainId]);
    const written = await versions();
    // Every change was applied once already: a repeated job finds nothing left and rewrites nothing.
    expect(await t.get(RollupService).applyChanges()).toMatchObject({ changes: 0, rows: 0 });
    expect(await t.get(RollupService).applyChanges()).toMatchObject({ changes: 0, rows: 0 });
    expect(await series(leader, 'CHAIN', chainId, 'WEEK')).toEqual(before);
    expect(await versions()).toEqual(written);
    // Damaged figures (a self-inspection day with no lots behind it, a day total and a week off) are repaired by a rebuild.
    await t.get(DataSource).query(
      `INSERT INTO pass_rate_rollups (scope_kind, scope_key, period, period_start, stage, lots_inspected, lots_accepted, first_lots, first_accepted, units_inspected, units_nonconforming)
       VALUES ('CHAIN', $1, 'DAY', '2026-08-01', 'SELF', 5, 5, 5, 5, 400, 0)`,
      [chainId],
    );
    expect((await t.gql(SERIES, { kind: 'CHAIN', id: chainId, period: 'DAY', stage: 'SELF' }, leader)).data?.passRateSeries).toHaveLength(1);
    await t.get(DataSource).query(`UPDATE lot_day_totals SET lots = lots + 7 WHERE chain_id = $1 AND day = '2026-08-01'`, [chainId]);
    await t.get(DataSource).query(`UPDATE pass_rate_rollups SET lots_inspected = 0 WHERE scope_kind = 'CHAIN' AND scope_key = $1 AND period = 'WEEK'`, [chainId]);
    await t.get(RollupService).rebuild();
    expect((await t.gql(SERIES, { kind: 'CHAIN', id: chainId, period: 'DAY', stage: 'SELF' }, leader)).data?.passRateSeries).toEqual([]);
    expect(await series(leader, 'CHAIN', chainId, 'WEEK')).toEqual(before);
    expect(counts(await series(leader, 'CHAIN', chainId))).toEqual(await fromLots('chain_id = $1', [chainId]));
  });

  it('takes back the old figures of a corrected or removed lot', async () => {
    const ds = t.get(DataSource);
    // A correction: an accepted first submission of S2 becomes a rejection with more nonconforming units; a rejected one is removed.
    const [accepted] = await ds.query(`SELECT id, inspected_day FROM inspection_lots WHERE supplier_enterprise_id = $1 AND decision = 'ACCEPT' ORDER BY lot_number LIMIT 1`, [S2.enterprise.id]);
    await ds.query(`UPDATE inspection_lots SET decision = 'REJECT', nonconforming_units = 5 WHERE id = $1`, [accepted.id]);
    await ds.query(`DELETE FROM inspection_lots WHERE id = (SELECT id FROM inspection_lots WHERE supplier_enterprise_id = $1 AND decision = 'REJECT' AND id <> $2 ORDER BY lot_number LIMIT 1)`, [S2.enterprise.id, accepted.id]);
    // Three jobs at once in one worker: one applies, one waits for it, the third joins the waiting one instead of queueing a third apply.
    const [first, second, third] = await Promise.all([1, 2, 3].map(() => t.get(RollupService).applyChanges()));
    expect([first.changes > 0, second.changes, third.joined, third.changes]).toEqual([true, 0, true, 0]);
    expect(counts(await series(leader, 'CHAIN', chainId))).toEqual(await fromLots('chain_id = $1', [chainId]));
    const own = await series(s2, 'CHAIN_SUPPLIER', `${chainId}:${S2.enterprise.id}`, 'DAY');
    expect(counts(own)).toEqual(await fromLots('chain_id = $1 AND supplier_enterprise_id = $2', [chainId, S2.enterprise.id], 'inspected_day'));
    const county = (await t.gql(SERIES, { kind: 'COUNTY', id: '320382', period: 'WEEK' }, admin)).data?.passRateSeries;
    expect(counts(county)).toEqual(await fromLots(`supplier_enterprise_id IN (SELECT id FROM enterprises WHERE region_code = '320382')`, [], "date_trunc('week', inspected_day)"));
  });

  it('keeps a supplier to its own figures and chains to their leaders', async () => {
    const code = async (token: string, kind: string, id: string) => (await t.gql(SERIES, { kind, id, period: 'MONTH' }, token)).errors?.[0].extensions?.code;
    expect(await code(s2, 'CHAIN_SUPPLIER', `${chainId}:${S1.enterprise.id}`)).toBe('FORBIDDEN');
    expect(await code(s1, 'CHAIN', chainId)).toBe('FORBIDDEN');
    expect(await code(s1, 'COUNTY', '131125')).toBe('FORBIDDEN');
    const other = await t.login((await enterpriseWith(t, [Role.ENTERPRISE_ADMIN])).users.ENTERPRISE_ADMIN.email);
    expect(await code(other, 'CHAIN', chainId)).toBe('NOT_FOUND');
  });
});
