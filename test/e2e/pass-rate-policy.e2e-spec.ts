import { DataSource } from 'typeorm';
import { chinaDay, JobQueues, QueueName } from '@chainq/core';
import { Role } from '@chainq/identity';
import { PassRatePolicy, ThresholdService } from '@chainq/insights';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { eventually, TestApp } from '../support/test-app';

const SET = `mutation($input: PassRatePolicyInput!) { setPassRatePolicy(input: $input) { chainId minLotPassRate maxPpm windowDays minLots stage scorecardWeights { lotPassRate } } }`;
const GET = 'query($chainId: ID!) { passRatePolicy(chainId: $chainId) { minLotPassRate windowDays } }';
const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted errors { index field message } } }';
const ISSUE = `query($id: ID!) { qualityIssue(id: $id) { title defectCode severity source status
  lots { lotNumber decision } correctiveActions { edges { node { supplierEnterpriseId } } } } }`;
const SCORECARDS = `query($chainId: ID!, $from: Date!, $to: Date!) { supplierScorecards(chainId: $chainId, from: $from, to: $to) {
  supplierEnterpriseId score grade lotPassRate } }`;

describe('pass-rate policy raising quality issues', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise;
  let leader: string, s1: string, s2: string, stranger: string;
  let chainId: string;
  let serial = 0;

  /** n lots over the last days, the first `rejected` of them rejected with burrs. */
  const lots = (supplier: TestEnterprise, n: number, rejected: number) =>
    Array.from({ length: n }, (_, i) => ({
      chainId, supplierEnterpriseId: supplier.enterprise.id, partNumber: 'P-1', lotNumber: `L-${serial++}`, lotSize: 1000, stage: 'SPECIAL',
      inspectedAt: new Date(Date.now() - (i + 1) * 3 * 3600_000).toISOString(), aql: '1.0', unitsSampled: 80,
      nonconformingUnits: i < rejected ? 4 : 0, defects: i < rejected ? { 'SUR-BUR': 4 } : {},
    }));
  const raisedIssues = (supplier: TestEnterprise) =>
    t.get(DataSource).query(`SELECT issue_id FROM pass_rate_breaches WHERE chain_id = $1 AND supplier_enterprise_id = $2 AND issue_id IS NOT NULL`, [chainId, supplier.enterprise.id]);
  const issueCount = async () => (await t.get(DataSource).query('SELECT count(*)::int AS n FROM quality_issues WHERE chain_id = $1', [chainId]))[0].n as number;
  /** Settled: outbox relayed and the rollup and insights queues idle (the daily check waits as a delayed job). */
  const settled = () =>
    eventually(async () => {
      const [{ n }] = await t.get(DataSource).query('SELECT count(*)::int AS n FROM outbox_messages');
      for (const name of [QueueName.Rollups, QueueName.Insights]) {
        const jobs = await t.get(JobQueues).get(name).getJobCounts('waiting', 'active', 'prioritized');
        if (Object.values(jobs).some((c) => c > 0)) return false;
      }
      return n === 0;
    }, 20_000);

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, leader, S1);
    await onboardSupplier(t, chainId, leader, S2);
    [s1, s2] = await Promise.all([S1, S2].map((s) => t.login(s.users.ENTERPRISE_ADMIN.email)));
    stranger = await t.login((await enterpriseWith(t, [Role.ENTERPRISE_ADMIN])).users.ENTERPRISE_ADMIN.email);
  });
  afterAll(() => t.close());

  it('lets only the leader set the policy, and names the field of bad input', async () => {
    expect((await t.gql(SET, { input: { chainId, minLotPassRate: 0.9 } }, s1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(SET, { input: { chainId, minLotPassRate: 0.9 } }, stranger)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(GET, { chainId }, stranger)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const bad = await t.gql(SET, { input: { chainId, minLotPassRate: 1.5 } }, leader);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'minLotPassRate' } });
    const weights = await t.gql(SET, { input: { chainId, scorecardWeights: { ppm: 0, lotPassRate: 0, firstPassYield: 0, correctiveActions: 0, ppmAtZeroScore: 10000 } } }, leader);
    expect(weights.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(GET, { chainId }, leader)).data?.passRatePolicy).toBeNull();
  });

  it('raises one issue for the supplier below target, with an 8D and the rejected lots linked, and none for the other', async () => {
    const set = await t.gql(SET, { input: { chainId, minLotPassRate: 0.9, windowDays: 30, minLots: 5 } }, leader);
    expect(set.data?.setPassRatePolicy).toMatchObject({ minLotPassRate: 0.9, windowDays: 30, minLots: 5, stage: 'ALL', maxPpm: null });
    // Suppliers see the targets they are held to.
    expect((await t.gql(GET, { chainId }, s1)).data?.passRatePolicy).toEqual({ minLotPassRate: 0.9, windowDays: 30 });

    expect((await t.gql(RECORD, { lots: lots(S1, 10, 3) }, s1)).data?.recordInspectionLots.errors).toEqual([]);
    expect((await t.gql(RECORD, { lots: lots(S2, 10, 0) }, s2)).data?.recordInspectionLots.errors).toEqual([]);
    await settled();

    expect(await raisedIssues(S2)).toEqual([]);
    const [{ issue_id: issueId }] = await raisedIssues(S1);
    const answer = await t.gql(ISSUE, { id: issueId }, leader);
    expect(answer.errors).toBeUndefined();
    const issue = answer.data?.qualityIssue;
    expect(issue).toMatchObject({ defectCode: 'SUR-BUR', severity: 'MAJOR', source: 'IN_PROCESS', status: 'OPEN', correctiveActions: { edges: [{ node: { supplierEnterpriseId: S1.enterprise.id } }] } });
    expect(issue.title).toContain('lot pass rate 70.0% over 30 days');
    expect(issue.lots).toHaveLength(3);
    expect(issue.lots.every((l: { decision: string }) => l.decision === 'REJECT')).toBe(true);
    // The supplier sees its issue and its own lots on it; the other supplier does not see the issue.
    expect((await t.gql(ISSUE, { id: issueId }, s1)).data?.qualityIssue.lots).toHaveLength(3);
    expect((await t.gql(ISSUE, { id: issueId }, s2)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('stays quiet while the issue is open, even when checks run together, and raises again after it is closed', async () => {
    const before = await issueCount();
    expect((await t.gql(RECORD, { lots: lots(S1, 5, 2) }, s1)).data?.recordInspectionLots.errors).toEqual([]);
    await settled();
    const thresholds = t.get(ThresholdService);
    expect(await Promise.all([thresholds.check({ chainId }), thresholds.check({ chainId }), thresholds.check()])).toEqual([0, 0, 0]);
    expect(await issueCount()).toBe(before);

    const [{ issue_id: first }] = await raisedIssues(S1);
    await t.get(DataSource).query(`UPDATE quality_issues SET status = 'CLOSED' WHERE id = $1`, [first]);
    const raised = await Promise.all([thresholds.check({ chainId }), thresholds.check({ chainId })]);
    expect(raised.sort()).toEqual([0, 1]);
    const [{ issue_id: second }] = await raisedIssues(S1);
    expect(second).not.toBe(first);
    expect(await issueCount()).toBe(before + 1);
  });

  it('judges only the window: old rejections no longer count', async () => {
    const [policy] = await t.get(DataSource).getRepository(PassRatePolicy).findBy({ chainId });
    const thresholds = t.get(ThresholdService);
    expect((await thresholds.breaches(policy, chinaDay(new Date()))).map((b) => [b.supplierEnterpriseId, b.rule])).toEqual([[S1.enterprise.id, 'LOT_PASS_RATE']]);
    expect(await thresholds.breaches(policy, chinaDay(new Date(Date.now() + 40 * 86_400_000)))).toEqual([]);
  });

  it('grades scorecards with the weights and bands of the policy', async () => {
    await t.gql(SET, { input: { chainId, scorecardWeights: { ppm: 0, lotPassRate: 1, firstPassYield: 0, correctiveActions: 0, ppmAtZeroScore: 10000 }, gradeBands: { A: 95, B: 85, C: 75 } } }, leader);
    const from = chinaDay(new Date(Date.now() - 30 * 86_400_000));
    const to = chinaDay(new Date(Date.now() + 86_400_000));
    const cards = (await t.gql(SCORECARDS, { chainId, from, to }, leader)).data?.supplierScorecards;
    const of = (s: TestEnterprise) => cards.find((c: { supplierEnterpriseId: string }) => c.supplierEnterpriseId === s.enterprise.id);
    // Only the lot pass rate weighs: S1 passed 10 of 15 lots, S2 all 10.
    expect(of(S1)).toMatchObject({ lotPassRate: 10 / 15, score: 66.7, grade: 'D' });
    expect(of(S2)).toMatchObject({ lotPassRate: 1, score: 100, grade: 'A' });
  });
});
