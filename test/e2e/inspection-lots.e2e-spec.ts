import { DataSource } from 'typeorm';
import { Role } from '@chainq/identity';
import { InspectionLot } from '@chainq/inspection';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { TestApp } from '../support/test-app';

const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted duplicates errors { index field message reason } } }';

describe('recording inspection lots', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise;
  let leader: string, s1: string, s2: string;
  let chainId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, leader, S1);
    await onboardSupplier(t, chainId, leader, S2);
    [s1, s2] = await Promise.all([S1, S2].map((s) => t.login(s.users.ENTERPRISE_ADMIN.email)));
  });
  afterAll(() => t.close());

  const lot = (over: Record<string, unknown> = {}) => ({
    chainId, supplierEnterpriseId: S1.enterprise.id, partNumber: 'BRK-100', lotNumber: `L-${Math.random().toString(36).slice(2, 8)}`,
    lotSize: 1000, stage: 'SPECIAL', inspectedAt: new Date(Date.now() - 3600_000).toISOString(), aql: '1.0', unitsSampled: 80, nonconformingUnits: 2, ...over,
  });
  const count = () => t.get(DataSource).getRepository(InspectionLot).count();

  it('writes nothing when any row is wrong, and names each wrong row and field', async () => {
    const before = await count();
    const res = await t.gql(RECORD, {
      lots: [
        lot(),
        lot({ supplierEnterpriseId: S2.enterprise.id }),
        lot({ nonconformingUnits: 90 }),
        lot({ unitsSampled: 50 }),
        lot({ inspectedAt: new Date(Date.now() + 86_400_000).toISOString() }),
        lot({ aql: '0.33' }),
        lot({ aql: null, decision: null }),
        lot({ stage: 'INCOMING' }),
      ],
    }, s1);
    expect(res.data?.recordInspectionLots.inserted).toBe(0);
    expect(res.data?.recordInspectionLots.errors.map((e: { index: number; field: string; reason: string }) => [e.index, e.field, e.reason])).toEqual([
      [1, 'supplierEnterpriseId', 'LOT_SUPPLIER_NOT_IN_SCOPE'],
      [2, 'nonconformingUnits', 'DEFECTS_EXCEED_SAMPLE'],
      [3, 'unitsSampled', 'SAMPLE_BELOW_PLAN'],
      [4, 'inspectedAt', 'DATE_IN_FUTURE'],
      [5, 'aql', 'SAMPLING_PLAN_INVALID'],
      [6, 'decision', 'DECISION_REQUIRED'],
      [7, 'supplierEnterpriseId', 'LOT_SUPPLIER_NOT_IN_SCOPE'],
    ]);
    expect(res.data?.recordInspectionLots.errors[2].message).toBe('the plan needs 80 units sampled (code letter J)');
    expect(await count()).toBe(before);
  });

  it('refuses values no column can hold (NUL, control characters, spreadsheet errors, year 1999, huge counts), naming the field', async () => {
    const before = await count();
    // Some are refused at the API's edge (NUL, the year), the rest by the lot rules the file import shares: either way the lot and field are named.
    const cases: [Record<string, unknown>, string, string][] = [
      [{ lotNumber: 'L-\u0000-1' }, 'lotNumber', 'NUL'],
      [{ partNumber: '#DIV/0!' }, 'partNumber', 'is the spreadsheet error #DIV/0!, not a value; correct the formula or the cell'],
      [{ inspectedAt: '1999-12-31T00:00:00Z' }, 'inspectedAt', 'between 2000-01-01 and 2100-12-31'],
      [{ defects: { 'D\u00001': 1 } }, 'defects', 'NUL'],
      [{ defects: { D01: 3000000000 } }, 'defects.D01', 'must be a count from 0 to 2147483647'],
      [{ aql: '1.0\u0007' }, 'aql', 'contains a control character (such as NUL or a line break)'],
      [{ partNumber: 'BRK\n100' }, 'partNumber', 'contains a control character (such as NUL or a line break)'],
    ];
    for (const [patch, field, message] of cases) {
      const res = await t.gql(RECORD, { lots: [lot({ lotNumber: 'L-OK-0' }), lot(patch)] }, s1);
      const rowError = res.data?.recordInspectionLots?.errors?.[0];
      const edgeError = res.errors?.[0];
      const named = rowError
        ? { index: rowError.index, field: rowError.field, message: rowError.message.includes(message) }
        : { code: edgeError?.extensions?.code, names: [edgeError?.extensions?.field, edgeError?.message].some((x) => String(x ?? '').includes(`lots[1].${field.split('.')[0]}`)), message: String(edgeError?.message).includes(message) };
      expect({ patch, named }).toEqual({ patch, named: rowError ? { index: 1, field, message: true } : { code: 'BAD_USER_INPUT', names: true, message: true } });
    }
    expect(await count()).toBe(before);
  });

  it('computes the decision from the GB/T 2828.1 plan and ignores a re-sent lot', async () => {
    const accepted = lot({ lotNumber: 'L-ACC', nonconformingUnits: 2 });
    const rejected = lot({ lotNumber: 'L-REJ', nonconformingUnits: 3 });
    const first = await t.gql(RECORD, { lots: [accepted, rejected] }, s1);
    expect(first.data?.recordInspectionLots).toEqual({ inserted: 2, duplicates: 0, errors: [] });
    const again = await t.gql(RECORD, { lots: [accepted] }, s1);
    expect(again.data?.recordInspectionLots).toEqual({ inserted: 0, duplicates: 1, errors: [] });
    const decisions = (await t.gql('{ inspectionLots(filter: { partNumber: "BRK-100" }) { edges { node { lotNumber decision acceptanceNumber } } } }', {}, s1)).data?.inspectionLots.edges.map((e: { node: unknown }) => e.node);
    expect(decisions).toEqual(expect.arrayContaining([{ lotNumber: 'L-ACC', decision: 'ACCEPT', acceptanceNumber: 2 }, { lotNumber: 'L-REJ', decision: 'REJECT', acceptanceNumber: 2 }]));
  });

  it('takes the full 1,000 lots in one call, and refuses 1,001 naming the field', async () => {
    const before = await count();
    const thousand = Array.from({ length: 1000 }, (_, i) => lot({ lotNumber: `BIG-${i}`, partNumber: 'BRK-200' }));
    expect((await t.gql(RECORD, { lots: thousand }, s1)).data?.recordInspectionLots).toEqual({ inserted: 1000, duplicates: 0, errors: [] });
    expect(await count()).toBe(before + 1000);
    const tooMany = await t.gql(RECORD, { lots: [...thousand, lot()] }, s1);
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(tooMany.errors?.[0])).toContain('lots');
    expect(await count()).toBe(before + 1000);
  });

  it('lets the leader record incoming inspection and read the chain’s lots, and keeps suppliers apart', async () => {
    const incoming = await t.gql(RECORD, { lots: [lot({ supplierEnterpriseId: S2.enterprise.id, stage: 'INCOMING', lotNumber: 'IN-1', aql: null, unitsSampled: 1000, nonconformingUnits: 0, decision: 'ACCEPT' })] }, leader);
    expect(incoming.data?.recordInspectionLots.inserted).toBe(1);
    const lots = async (token: string) => ((await t.gql('{ inspectionLots(first: 100) { edges { node { supplierEnterpriseId } } } }', {}, token)).data?.inspectionLots.edges ?? []).map((e: { node: { supplierEnterpriseId: string } }) => e.node.supplierEnterpriseId);
    expect(new Set(await lots(leader))).toEqual(new Set([S1.enterprise.id, S2.enterprise.id]));
    expect(await lots(s2)).toEqual([S2.enterprise.id]);
    expect(new Set(await lots(s1))).toEqual(new Set([S1.enterprise.id]));
  });

  it('answers sampling plans and names what it cannot answer', async () => {
    const plan = await t.gql('{ samplingPlan(lotSize: 1000, aql: "1.0") { codeLetter sampleSize acceptanceNumber rejectionNumber hundredPercent } }', {}, s1);
    expect(plan.data?.samplingPlan).toEqual({ codeLetter: 'J', sampleSize: 80, acceptanceNumber: 2, rejectionNumber: 3, hundredPercent: false });
    const bad = await t.gql('{ samplingPlan(lotSize: 1000, aql: "0.33") { sampleSize } }', {}, s1);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'aql' });
  });
});
