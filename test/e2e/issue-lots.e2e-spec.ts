import { DataSource } from 'typeorm';
import { Role } from '@chainq/identity';
import { expectNothingWritten } from '../support/operation-walk';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { TestApp } from '../support/test-app';

const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted errors { index field message } } }';
const LOTS = 'query($f: LotFilterInput) { inspectionLots(filter: $f, first: 50) { edges { node { id lotNumber } } } }';
const REPORT = 'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { id lots { lotNumber } } }';
const ISSUE = 'query($id: ID!) { qualityIssue(id: $id) { lots { lotNumber decision } } }';

/**
 * A quality issue reported with the lots that evidence it: only lots of the
 * issue's chain that the leader reads are linked, a refused lot leaves
 * nothing written, and each reader of the issue sees only the lots it may read.
 */
describe('quality issues reported with linked lots', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise, L2: TestEnterprise;
  let leader: string, s1: string, s2: string, otherLeader: string;
  let chainId: string, otherChainId: string;
  const lotIds: Record<string, string> = {};
  const issue = (extra: Record<string, unknown>) => ({
    chainId, title: 'Porosity on flange faces', description: 'Seen at incoming inspection', defectCode: 'SUR-BUR', severity: 'MAJOR', source: 'INCOMING_INSPECTION',
    detectedAt: new Date(Date.now() - 3600_000).toISOString(), ...extra,
  });
  const lot = (chain: string, supplier: TestEnterprise, lotNumber: string, stage: string) => ({
    chainId: chain, supplierEnterpriseId: supplier.enterprise.id, partNumber: 'FLG-1', lotNumber, lotSize: 1000, stage,
    inspectedAt: new Date(Date.now() - 2 * 3600_000).toISOString(), aql: '1.0', unitsSampled: 80, nonconformingUnits: 4,
  });
  const unchanged = (call: () => Promise<unknown>) => expectNothingWritten(t.get(DataSource), call);

  beforeAll(async () => {
    t = await TestApp.start();
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    L2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    chainId = (await chainLedBy(t, L)).id;
    otherChainId = (await chainLedBy(t, L2)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    otherLeader = await t.login(L2.users.ENTERPRISE_ADMIN.email);
    await onboardSupplier(t, chainId, leader, S1);
    await onboardSupplier(t, chainId, leader, S2);
    await onboardSupplier(t, otherChainId, otherLeader, S1);
    [s1, s2] = await Promise.all([S1, S2].map((s) => t.login(s.users.ENTERPRISE_ADMIN.email)));
    for (const [token, lots] of [
      [leader, [lot(chainId, S1, 'IN-S1', 'INCOMING'), lot(chainId, S2, 'IN-S2', 'INCOMING')]],
      [s1, [lot(chainId, S1, 'SELF-S1', 'SPECIAL'), lot(otherChainId, S1, 'OTHER-S1', 'SPECIAL')]],
    ] as const) {
      const recorded = await t.gql(RECORD, { lots }, token);
      expect(recorded.data?.recordInspectionLots).toEqual({ inserted: 2, errors: [] });
    }
    for (const token of [leader, s1]) {
      const found = await t.gql(LOTS, {}, token);
      for (const { node } of found.data!.inspectionLots.edges as { node: { id: string; lotNumber: string } }[]) lotIds[node.lotNumber] = node.id;
    }
    expect(Object.keys(lotIds).sort()).toEqual(['IN-S1', 'IN-S2', 'OTHER-S1', 'SELF-S1']);
  }, 120_000);
  afterAll(() => t.close());

  it("refuses a lot of another chain, a lot that does not exist and too many lots, naming the field, with nothing written", async () => {
    const refused = async (lots: string[], field: string, reason?: string) => {
      await unchanged(async () => {
        const answer = await t.gql(REPORT, { i: issue({ supplierEnterpriseIds: [S1.enterprise.id], lotIds: lots }) }, leader);
        expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, ...(reason ? { reason } : {}) });
      });
    };
    // S1's lot in L2's chain: S1 reads it, the leader of this chain does not, and it is not of this chain.
    await refused([lotIds['IN-S1'], lotIds['OTHER-S1']], 'lotIds[1]', 'LOT_NOT_OF_CHAIN');
    await refused(['00000000-0000-4000-8000-000000000000'], 'lotIds[0]', 'LOT_NOT_OF_CHAIN');
    await refused(Array.from({ length: 51 }, () => lotIds['IN-S1']), 'lotIds');
  });

  it("links the leader's incoming lot and the supplier's own lot; the supplier reads its own, another supplier reads neither", async () => {
    const reported = await t.gql(REPORT, { i: issue({ supplierEnterpriseIds: [S1.enterprise.id], lotIds: [lotIds['IN-S1'], lotIds['SELF-S1'], lotIds['IN-S1']] }) }, leader);
    expect(reported.errors).toBeUndefined();
    const id = reported.data!.reportQualityIssue.id as string;
    const numbers = (r: { data?: { qualityIssue: { lots: { lotNumber: string }[] } } | null }) => r.data!.qualityIssue.lots.map((l) => l.lotNumber).sort();
    expect(numbers(await t.gql(ISSUE, { id }, leader))).toEqual(['IN-S1', 'SELF-S1']);
    expect(numbers(await t.gql(ISSUE, { id }, s1))).toEqual(['IN-S1', 'SELF-S1']);
    expect((await t.gql(ISSUE, { id }, s2)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Without lots the issue is reported as before, with none linked.
    const plain = await t.gql(REPORT, { i: issue({}) }, leader);
    expect(plain.data!.reportQualityIssue.lots).toEqual([]);
  });
});
