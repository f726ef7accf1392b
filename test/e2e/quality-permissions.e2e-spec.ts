import { DataSource } from 'typeorm';
import { AuthService, OrganisationKind, Role } from '@chainq/identity';
import { CorrectiveActionService } from '@chainq/quality';
import { expectNothingWritten } from '../support/operation-walk';
import { EIGHT_D } from '../support/quality-fixtures';
import { chainLedBy, enterpriseWith, officeWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { TestApp } from '../support/test-app';

const REPORT = 'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { id correctiveActions { edges { node { id } } } } }';
const SUBMIT = 'mutation($a: ID!, $s: EightDStep!, $c: JSONObject!) { submitCorrectiveActionStep(actionId: $a, step: $s, content: $c) { status } }';
const SAVE = 'mutation($a: ID!, $s: EightDStep!, $c: JSONObject!) { saveCorrectiveActionStep(actionId: $a, step: $s, content: $c) { status } }';
const REVIEW = 'mutation($a: ID!, $s: EightDStep!) { reviewCorrectiveActionStep(actionId: $a, step: $s, decision: APPROVE) { status } }';
const COMMENT = 'mutation($a: ID!) { addCorrectiveActionComment(actionId: $a, body: "Looks fine to me") { id } }';
const POLICY = 'mutation($i: CorrectiveActionPolicyInput!) { setCorrectiveActionPolicy(input: $i) { severity containmentHours } }';
const REQUEST = 'mutation($i: ID!, $s: ID!) { requestCorrectiveAction(issueId: $i, supplierEnterpriseId: $s) { id } }';
const REOPEN = 'mutation($a: ID!) { reopenCorrectiveAction(actionId: $a, reason: "Burrs again") { status } }';
const REBUILD = 'mutation { rebuildRollups }';
const PILOTS = '{ pilotPrograms { id } }';
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

/**
 * Deny cases of the quality rows of the permission matrix, against real rows:
 * each refusal has the right code and leaves every table as it was. L leads
 * the chain; S1 and S2 supply it (S1 has an open and a closed action); L2
 * leads another chain; C coordinates a cluster the pilot programme does not cover.
 * No worker runs: an outbox row written by mistake would stay to be seen.
 */
describe('quality permissions', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise, L2: TestEnterprise;
  let chainId: string, issueId: string, open: string, closed: string, pilotId: string;
  const tokens: Record<string, string> = {};
  const as = (who: string) => tokens[who];
  const unchanged = (call: () => Promise<unknown>) => expectNothingWritten(t.get(DataSource), call);

  beforeAll(async () => {
    t = await TestApp.start();
    const roles = [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER];
    L = await enterpriseWith(t, roles, { regionCode: '320300' });
    S1 = await enterpriseWith(t, roles, { regionCode: '320382' });
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '320382' });
    L2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN], { regionCode: '340104' });
    const office = await officeWith(t, [Role.COORDINATOR]);
    const { users: [admin] } = await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN]);
    for (const [k, email] of Object.entries({
      admin: admin.email, L: L.users.ENTERPRISE_ADMIN.email, Lqe: L.users.QUALITY_ENGINEER.email, Lviewer: L.users.VIEWER.email,
      S1: S1.users.ENTERPRISE_ADMIN.email, S1qe: S1.users.QUALITY_ENGINEER.email, S1viewer: S1.users.VIEWER.email, L2: L2.users.ENTERPRISE_ADMIN.email, C: office.users.COORDINATOR.email,
    })) tokens[k] = await t.login(email);
    chainId = (await chainLedBy(t, L)).id;
    await chainLedBy(t, L2);
    await onboardSupplier(t, chainId, as('Lqe'), S1);
    await onboardSupplier(t, chainId, as('Lqe'), S2);
    const report = async (title: string) => {
      const res = await t.gql(REPORT, { i: { chainId, title, description: 'Found at incoming inspection', defectCode: 'SUR-BUR', severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3600_000).toISOString(), supplierEnterpriseIds: [S1.enterprise.id] } }, as('Lqe'));
      return { issue: res.data?.reportQualityIssue.id as string, action: res.data?.reportQualityIssue.correctiveActions.edges[0].node.id as string };
    };
    ({ issue: issueId, action: open } = await report('Burrs on bracket edges'));
    ({ action: closed } = await report('Burrs on the cover'));
    for (const step of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'] as const) {
      await t.gql(SUBMIT, { a: closed, s: step, c: EIGHT_D[step] }, as('S1qe'));
      await t.gql(REVIEW, { a: closed, s: step }, as('Lqe'));
    }
    const close = await t.gql('mutation($a: ID!) { closeCorrectiveAction(actionId: $a) { status } }', { a: closed }, as('Lqe'));
    if (close.data?.closeCorrectiveAction.status !== 'CLOSED') throw new Error(JSON.stringify(close.errors));
    const cluster = await t.gql('mutation($i: CreateIndustryClusterInput!) { createIndustryCluster(input: $i) { id } }', { i: { name: 'K', regionCode: '320382', industryCode: 'C33', product: 'brackets', coordinatingOfficeId: office.office.id } }, as('admin'));
    const clusterId = cluster.data?.createIndustryCluster.id;
    await t.gql('mutation($c: ID!, $e: [ID!]!) { addClusterMembers(clusterId: $c, enterpriseIds: $e) { id } }', { c: clusterId, e: [S1.enterprise.id] }, as('admin'));
    const pilot = await t.gql('mutation($i: CreatePilotProgramInput!) { createPilotProgram(input: $i) { id } }', { i: { name: 'Jiangsu brackets', year: 2026, batch: 1, regionCodes: ['320300'], clusterIds: [clusterId] } }, as('admin'));
    pilotId = pilot.data?.createPilotProgram.id;
    if (!pilotId) throw new Error(JSON.stringify(pilot.errors));
    // C watches a cluster of its own in another province, not the programme's (Anhui: no other test counts enterprises there).
    const own = await t.gql('mutation($i: CreateIndustryClusterInput!) { createIndustryCluster(input: $i) { id } }', { i: { name: 'Other', regionCode: '340104', industryCode: 'C33', product: 'pipes', coordinatingOfficeId: office.office.id } }, as('admin'));
    await t.gql('mutation($i: AssignCoordinatorInput!) { assignCoordinator(input: $i) { userId } }', { i: { userId: office.users.COORDINATOR.id, clusterIds: [own.data?.createIndustryCluster.id] } }, as('admin'));
  }, 300_000);
  afterAll(() => t.close());

  it.each([
    ["the leader's viewer", 'Lviewer'],
    ["the supplier's viewer", 'S1viewer'],
    ['a platform admin', 'admin'],
  ])('%s may not comment on an action it reads (FORBIDDEN), and nothing is written', async (_, who) => {
    await unchanged(async () => expect(codeOf(await t.gql(COMMENT, { a: open }, as(who)))).toBe('FORBIDDEN'));
  });

  it.each([
    ["the leader's viewer", 'Lviewer'],
    ["the supplier's viewer", 'S1viewer'],
  ])('%s may not save a step: FORBIDDEN, not a conflict, and the step is untouched', async (_, who) => {
    await unchanged(async () => expect(codeOf(await t.gql(SAVE, { a: open, s: 'D1', c: EIGHT_D.D1 }, as(who)))).toBe('FORBIDDEN'));
  });

  it.each([
    ["the leader's viewer (reads the chain)", 'Lviewer', 'FORBIDDEN'],
    ['a supplier of the chain (reads it)', 'S1', 'FORBIDDEN'],
    ['the coordinator', 'C', 'FORBIDDEN'],
    ['a platform admin', 'admin', 'FORBIDDEN'],
    ['another leader (cannot see the chain)', 'L2', 'NOT_FOUND'],
  ])('%s may not set the corrective-action clocks (%s), and no policy is written', async (_, who, code) => {
    const input = { chainId, severity: 'MAJOR', containmentHours: 1, rootCauseDays: 1, closureDays: 1, effectivenessDays: 1 };
    await unchanged(async () => expect(codeOf(await t.gql(POLICY, { i: input }, as(who)))).toBe(code));
  });

  it('lets the leader set the clocks (the rows above were refused, not broken)', async () => {
    const input = { chainId, severity: 'MINOR', containmentHours: 48, rootCauseDays: 10, closureDays: 30, effectivenessDays: 60 };
    expect((await t.gql(POLICY, { i: input }, as('L'))).data?.setCorrectiveActionPolicy).toEqual({ severity: 'MINOR', containmentHours: 48 });
  });

  it("reads the chain's clocks to those who see the chain, the defaults where it set none, and to nobody else", async () => {
    const CLOCKS = 'query($c: ID!) { correctiveActionPolicies(chainId: $c) { severity custom containmentHours rootCauseDays } }';
    expect(codeOf(await t.gql(CLOCKS, { c: chainId }, as('L2')))).toBe('NOT_FOUND');
    for (const who of ['Lviewer', 'S1']) {
      const clocks = (await t.gql(CLOCKS, { c: chainId }, as(who))).data?.correctiveActionPolicies as { severity: string; custom: boolean; containmentHours: number; rootCauseDays: number }[];
      expect(clocks.map((c) => c.severity).sort()).toEqual(['CRITICAL', 'MAJOR', 'MINOR']);
      // Set by the leader in the test before; the others are the defaults.
      expect(clocks.find((c) => c.severity === 'MINOR')).toEqual({ severity: 'MINOR', custom: true, containmentHours: 48, rootCauseDays: 10 });
      expect(clocks.filter((c) => c.severity !== 'MINOR').every((c) => !c.custom)).toBe(true);
    }
  });

  it.each([
    ['the supplier that has an action on the issue', 'S1', 'FORBIDDEN'],
    ["the leader's viewer", 'Lviewer', 'FORBIDDEN'],
    ['the coordinator', 'C', 'FORBIDDEN'],
    ['another leader', 'L2', 'NOT_FOUND'],
  ])('%s may not request a corrective action (%s), and none is created', async (_, who, code) => {
    await unchanged(async () => expect(codeOf(await t.gql(REQUEST, { i: issueId, s: S2.enterprise.id }, as(who)))).toBe(code));
  });

  it.each([
    ['the supplier whose action it is', 'S1', 'FORBIDDEN'],
    ["the supplier's quality engineer", 'S1qe', 'FORBIDDEN'],
    ["the leader's viewer", 'Lviewer', 'FORBIDDEN'],
    ['the coordinator', 'C', 'FORBIDDEN'],
    ['another leader', 'L2', 'NOT_FOUND'],
  ])('%s may not reopen a closed action (%s); it stays closed', async (_, who, code) => {
    await unchanged(async () => expect(codeOf(await t.gql(REOPEN, { a: closed }, as(who)))).toBe(code));
    expect((await t.get(DataSource).query('SELECT status FROM corrective_actions WHERE id = $1', [closed]))[0].status).toBe('CLOSED');
  });

  it.each([['a leader admin', 'L'], ['a supplier admin', 'S1'], ["a leader's viewer", 'Lviewer'], ['a coordinator', 'C']])('%s may not rebuild rollups (FORBIDDEN); no job is queued', async (_, who) => {
    await unchanged(async () => expect(codeOf(await t.gql(REBUILD, {}, as(who)))).toBe('FORBIDDEN'));
  });

  it('shows a pilot programme only to those it covers: not to a coordinator elsewhere, a leader outside or a supplier outside its clusters', async () => {
    const ids = async (who: string) => ((await t.gql(PILOTS, {}, as(who))).data?.pilotPrograms ?? []).map((p: { id: string }) => p.id);
    for (const who of ['C', 'L2', 'L']) expect([who, await ids(who)]).toEqual([who, []]);
    expect(await ids('S1')).toEqual([pilotId]); // S1 is in the programme's cluster
    expect(await ids('admin')).toContain(pilotId);
  });

  it('refuses viewers in the service too, not only at the role gate', async () => {
    const actions = t.get(CorrectiveActionService);
    const actor = (id: string) => t.get(AuthService).actorOf(id);
    await unchanged(async () => {
      await expect(actions.comment(await actor(L.users.VIEWER.id), open, 'from a viewer')).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(actions.writeStep(await actor(S1.users.VIEWER.id), open, 'D1' as never, EIGHT_D.D1, false)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(actions.setPolicy(await actor(L.users.VIEWER.id), chainId, 'MAJOR' as never, { containmentHours: 1, rootCauseDays: 1, closureDays: 1, effectivenessDays: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});
