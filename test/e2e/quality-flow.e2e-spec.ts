import { DataSource } from 'typeorm';
import { JobName, JobQueues, QueueName } from '@chainq/core';
import { Role, User } from '@chainq/identity';
import { Notification } from '@chainq/notifications';
import { chainLedBy, enterpriseWith, officeWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { EIGHT_D } from '../support/quality-fixtures';
import { eventually, TestApp } from '../support/test-app';

const REPORT = 'mutation($i: ReportQualityIssueInput!) { reportQualityIssue(input: $i) { id correctiveActions { totalCount edges { node { id supplierEnterpriseId } } } } }';
const SUBMIT = 'mutation($a: ID!, $s: EightDStep!, $c: JSONObject!) { submitCorrectiveActionStep(actionId: $a, step: $s, content: $c) { step status } }';
const SAVE = 'mutation($a: ID!, $s: EightDStep!, $c: JSONObject!) { saveCorrectiveActionStep(actionId: $a, step: $s, content: $c) { step status } }';
const REVIEW = 'mutation($a: ID!, $s: EightDStep!, $d: ReviewDecision!, $c: String) { reviewCorrectiveActionStep(actionId: $a, step: $s, decision: $d, comment: $c) { step status reviewComment } }';
const ACTION = 'query($id: ID!) { correctiveAction(id: $id) { status escalationLevel steps { step status dueAt } timeline { type } issue { title } supplier { id } } }';
const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe('8D corrective actions, end to end', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise;
  let leader: string, s1: string, s2: string, coordinator: string;
  let coordinatorUser: User;
  let chainId: string, clusterId: string;

  beforeAll(async () => {
    t = await TestApp.start({ worker: true });
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    chainId = (await chainLedBy(t, L)).id;
    leader = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, leader, S1);
    await onboardSupplier(t, chainId, leader, S2);
    [s1, s2] = await Promise.all([t.login(S1.users.QUALITY_ENGINEER.email), t.login(S2.users.ENTERPRISE_ADMIN.email)]);
    const office = await officeWith(t, [Role.COORDINATOR]);
    coordinatorUser = office.users.COORDINATOR;
    const { OrganisationKind } = await import('@chainq/identity');
    const admin = await t.login((await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN])).users[0].email);
    clusterId = (await t.gql('mutation($i: CreateIndustryClusterInput!) { createIndustryCluster(input: $i) { id } }', { i: { name: 'Q', regionCode: '320382', industryCode: 'C33', product: 'brackets', coordinatingOfficeId: office.office.id } }, admin)).data?.createIndustryCluster.id;
    await t.gql('mutation($c: ID!, $e: [ID!]!) { addClusterMembers(clusterId: $c, enterpriseIds: $e) { id } }', { c: clusterId, e: [S1.enterprise.id, S2.enterprise.id] }, admin);
    await t.gql('mutation($i: AssignCoordinatorInput!) { assignCoordinator(input: $i) { userId } }', { i: { userId: coordinatorUser.id, clusterIds: [clusterId] } }, admin);
    coordinator = await t.login(coordinatorUser.email);
  });
  afterAll(() => t.close());

  const report = (suppliers: string[], extra: Record<string, unknown> = {}) =>
    t.gql(REPORT, { i: { chainId, title: 'Burrs on bracket edges', description: 'Found at incoming inspection', defectCode: 'sur-bur', severity: 'MAJOR', source: 'INCOMING_INSPECTION', detectedAt: new Date(Date.now() - 3600_000).toISOString(), supplierEnterpriseIds: suppliers, ...extra } }, leader);

  it('refuses what each side may not do, naming the rule, and writes nothing on a bad report', async () => {
    const before = (await t.get(DataSource).query('SELECT count(*)::int AS n FROM quality_issues'))[0].n;
    const bad = await report([S1.enterprise.id, L.enterprise.id]);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'supplierEnterpriseIds[1]' });
    expect(codeOf(await report([], { defectCode: 'NOPE-1' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(REPORT, { i: { chainId, title: 'x', description: 'x', defectCode: 'SUR-BUR', severity: 'MINOR', source: 'AUDIT', detectedAt: new Date().toISOString(), supplierEnterpriseIds: [] } }, s1))).toBe('FORBIDDEN');
    expect((await t.get(DataSource).query('SELECT count(*)::int AS n FROM quality_issues'))[0].n).toBe(before);

    const issue = (await report([S1.enterprise.id, S2.enterprise.id])).data?.reportQualityIssue;
    expect(issue.correctiveActions.totalCount).toBe(2);
    const mine = issue.correctiveActions.edges.find((e: { node: { supplierEnterpriseId: string } }) => e.node.supplierEnterpriseId === S1.enterprise.id).node.id;
    const theirs = issue.correctiveActions.edges.find((e: { node: { supplierEnterpriseId: string } }) => e.node.supplierEnterpriseId === S2.enterprise.id).node.id;
    // A supplier sees its own action only, never the issue's other suppliers.
    const seen = await t.gql('query($id: ID!) { qualityIssue(id: $id) { correctiveActions { totalCount edges { node { id } } } } }', { id: issue.id }, s1);
    expect(seen.data?.qualityIssue.correctiveActions).toEqual({ totalCount: 1, edges: [{ node: { id: mine } }] });
    expect(codeOf(await t.gql(ACTION, { id: theirs }, s1))).toBe('NOT_FOUND');
    // Coordinators never read 8D text (permission matrix): FORBIDDEN whatever the id.
    expect(codeOf(await t.gql(ACTION, { id: mine }, coordinator))).toBe('FORBIDDEN');
    // Order, roles and state are enforced.
    const outOfOrder = await t.gql(SUBMIT, { a: mine, s: 'D4', c: EIGHT_D.D4 }, s1);
    expect(outOfOrder.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'STEP_OUT_OF_ORDER', step: 'D4', rule: 'ORDER' } });
    expect(outOfOrder.errors?.[0].message).toBe('Submit the 8D steps in order: D3 is NOT_STARTED; submit it before D4');
    expect((await t.gql(REVIEW, { a: mine, s: 'D1', d: 'APPROVE' }, s1)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(SUBMIT, { a: mine, s: 'D1', c: EIGHT_D.D1 }, leader)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STEP_NOT_YOUR_ACTION', rule: 'ACTOR' });
    const incomplete = await t.gql(SUBMIT, { a: mine, s: 'D1', c: { team: [] } }, s1);
    expect(incomplete.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STEP_CONTENT_MISSING', field: 'content.team', step: 'D1' });
    const unnamed = await t.gql(SUBMIT, { a: mine, s: 'D1', c: { team: [{ role: 'Champion' }] } }, s1);
    expect(unnamed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STEP_CONTENT_MISSING', field: 'content.team.0.name' });
    const miswritten = await t.gql(SUBMIT, { a: mine, s: 'D1', c: { team: [{ name: 42, role: 'Champion' }] } }, s1);
    expect(miswritten.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STEP_CONTENT_INVALID', field: 'content.team.0.name' });
    const closeEarly = await t.gql('mutation($a: ID!) { closeCorrectiveAction(actionId: $a) { status } }', { a: mine }, leader);
    expect(closeEarly.errors?.[0].message).toBe('Close after every step is approved; still open: D1, D2, D3, D4, D5, D6, D7');
    expect(closeEarly.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTION_STEPS_NOT_APPROVED' });
    // Cancelling one supplier's action freezes it; the issue stays open while the other's runs.
    const cancel = 'mutation($a: ID!) { cancelCorrectiveAction(actionId: $a, reason: "Parts came from another lot") { status } }';
    expect(codeOf(await t.gql(cancel, { a: theirs }, s2))).toBe('FORBIDDEN');
    expect((await t.gql(cancel, { a: theirs }, leader)).data?.cancelCorrectiveAction.status).toBe('CANCELLED');
    const frozen = await t.gql(SUBMIT, { a: theirs, s: 'D1', c: EIGHT_D.D1 }, s2);
    expect(frozen.errors?.[0].message).toBe('The action is CANCELLED; steps change only while it is OPEN');
    expect(frozen.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTION_NOT_OPEN' });
    const status = await t.gql('query($id: ID!) { qualityIssue(id: $id) { status } }', { id: issue.id }, leader);
    expect(status.data?.qualityIssue.status).toBe('OPEN');
  });

  it('runs request -> D1..D7 -> review (D4 rejected once) -> D8 close -> effective -> shared', async () => {
    const issue = (await report([S1.enterprise.id])).data?.reportQualityIssue;
    const action = issue.correctiveActions.edges[0].node.id;
    await t.gql(SAVE, { a: action, s: 'D1', c: { team: [{ name: 'draft', role: 'x' }] } }, s1);
    for (const step of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'] as const) {
      expect((await t.gql(SUBMIT, { a: action, s: step, c: EIGHT_D[step] }, s1)).data?.submitCorrectiveActionStep.status).toBe('SUBMITTED');
    }
    for (const step of ['D1', 'D2', 'D3'] as const) await t.gql(REVIEW, { a: action, s: step, d: 'APPROVE' }, leader);
    const rejected = await t.gql(REVIEW, { a: action, s: 'D4', d: 'REJECT', c: 'Why was the blade life not in the PM plan? Go one level deeper.' }, leader);
    expect(rejected.data?.reviewCorrectiveActionStep).toMatchObject({ status: 'REJECTED', reviewComment: expect.stringContaining('deeper') });
    const edited = await t.gql(SAVE, { a: action, s: 'D3', c: EIGHT_D.D3 }, s1);
    expect(edited.errors?.[0].message).toBe('Cannot save D3: it is APPROVED; an approved step cannot be changed');
    const deeper = { ...EIGHT_D.D4, occurrence: { ...EIGHT_D.D4.occurrence, whys: [...EIGHT_D.D4.occurrence.whys, 'PM plan copied from an older press'] } };
    await t.gql(SUBMIT, { a: action, s: 'D4', c: deeper }, s1);
    for (const step of ['D4', 'D5', 'D6', 'D7'] as const) await t.gql(REVIEW, { a: action, s: step, d: 'APPROVE' }, leader);
    await t.gql('mutation($a: ID!, $b: String!) { addCorrectiveActionComment(actionId: $a, body: $b) { type } }', { a: action, b: 'Photos of the new blade counter attached at the audit.' }, s1);
    const closed = await t.gql('mutation($a: ID!) { closeCorrectiveAction(actionId: $a, note: "Thanks, good work") { status effectivenessDueAt } }', { a: action }, leader);
    expect(closed.data?.closeCorrectiveAction.status).toBe('CLOSED');
    const closedIssues = await t.gql('query($c: ID!) { qualityIssues(filter: { chainId: $c, status: CLOSED }) { edges { node { id } } } }', { c: chainId }, leader);
    expect(closedIssues.data?.qualityIssues.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([issue.id]);

    // Fast-forward past the 90-day check through the real queue: no recurrence, so EFFECTIVE.
    const queue = t.get(JobQueues).get(QueueName.Quality);
    const job = await queue.add(JobName.CheckActionEffectiveness, { now: new Date(Date.now() + 91 * 86_400_000).toISOString() });
    await eventually(async () => (await job.isCompleted()) && true);
    const final = (await t.gql(ACTION, { id: action }, leader)).data?.correctiveAction;
    expect(final.status).toBe('EFFECTIVE');
    expect(final.timeline.map((e: { type: string }) => e.type)).toEqual([
      'REQUESTED', 'STEP_SAVED', 'STEP_SUBMITTED', 'STEP_SUBMITTED', 'STEP_SUBMITTED', 'STEP_SUBMITTED', 'STEP_SUBMITTED', 'STEP_SUBMITTED', 'STEP_SUBMITTED',
      'STEP_APPROVED', 'STEP_APPROVED', 'STEP_APPROVED', 'STEP_REJECTED', 'STEP_SUBMITTED', 'STEP_APPROVED', 'STEP_APPROVED', 'STEP_APPROVED', 'STEP_APPROVED',
      'COMMENTED', 'CLOSED', 'EFFECTIVE',
    ]);

    // Another supplier finds it in the library only once S1 shares it.
    const library = async (token: string) => (await t.gql('{ solutionLibrary(defectCode: "SUR-BUR") { actionId rootCause } }', {}, token)).data?.solutionLibrary ?? [];
    expect((await library(s2)).map((s: { actionId: string }) => s.actionId)).not.toContain(action);
    expect(codeOf(await t.gql('mutation($a: ID!) { shareSolution(actionId: $a) { shared } }', { a: action }, leader))).toBe('FORBIDDEN');
    // The supplier's quality engineer wrote the 8D, but sharing it is its admin's decision: the role gate refuses before the service.
    const byEngineer = await t.gql('mutation($a: ID!) { shareSolution(actionId: $a) { shared } }', { a: action }, s1);
    expect(byEngineer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    const s1Admin = await t.login(S1.users.ENTERPRISE_ADMIN.email);
    expect((await t.gql('mutation($a: ID!) { shareSolution(actionId: $a) { shared } }', { a: action }, s1Admin)).data?.shareSolution.shared).toBe(true);
    const found = (await library(s2)).find((s: { actionId: string }) => s.actionId === action);
    expect(found.rootCause.occurrence.rootCause).toBe('Blade life not controlled');
    // Withdrawn, it leaves the other supplier's library.
    expect((await t.gql('mutation($a: ID!) { shareSolution(actionId: $a, shared: false) { shared } }', { a: action }, s1Admin)).data?.shareSolution.shared).toBe(false);
    expect((await library(s2)).map((s: { actionId: string }) => s.actionId)).not.toContain(action);
  });

  it('escalates an overdue action once per level through the queue, with the clock run forward', async () => {
    const issue = (await report([S2.enterprise.id], { severity: 'MINOR', defectCode: 'PKG-DMG', title: 'Crushed cartons' })).data?.reportQualityIssue;
    const action = issue.correctiveActions.edges[0].node.id;
    const steps = (await t.gql(ACTION, { id: action }, leader)).data?.correctiveAction.steps;
    const d3 = steps.find((s: { step: string }) => s.step === 'D3');
    expect(new Date(d3.dueAt).getTime() - Date.now()).toBeGreaterThan(47 * 3600_000); // MINOR: 48 h containment
    const queue = t.get(JobQueues).get(QueueName.Quality);
    const tick = async (hoursAhead: number) => {
      const job = await queue.add(JobName.CheckActionClocks, { now: new Date(Date.now() + hoursAhead * 3600_000).toISOString() });
      await eventually(async () => (await job.isCompleted()) && true);
    };
    await tick(49);
    await tick(49);
    expect((await t.gql(ACTION, { id: action }, leader)).data?.correctiveAction.escalationLevel).toBe(1);
    await tick(49 + 80);
    await tick(49 + 80);
    expect((await t.gql(ACTION, { id: action }, leader)).data?.correctiveAction.escalationLevel).toBe(3);
    await t.settled();
    const overdue = async (user: User) => (await t.get(DataSource).getRepository(Notification).findBy({ recipientUserId: user.id, kind: 'CORRECTIVE_ACTION_OVERDUE' })).map((n) => n.title).filter((x) => x.includes('Crushed cartons'));
    expect((await overdue(S2.users.ENTERPRISE_ADMIN)).filter((x) => x.includes('level 1'))).toHaveLength(1);
    expect((await overdue(L.users.QUALITY_ENGINEER)).filter((x) => x.includes('level 2'))).toHaveLength(1);
    expect((await overdue(L.users.ENTERPRISE_ADMIN)).filter((x) => x.includes('level 3'))).toHaveLength(1);
    // The overdue filter reads the real clock: let this action's containment lapse.
    const listOverdue = async () => ((await t.gql('{ correctiveActions(filter: { overdue: true }) { edges { node { id } } } }', {}, leader)).data?.correctiveActions.edges ?? []).map((e: { node: { id: string } }) => e.node.id);
    expect(await listOverdue()).not.toContain(action);
    await t.get(DataSource).query(`UPDATE corrective_action_steps SET due_at = now() - interval '1 hour' WHERE action_id = $1 AND step = 'D3'`, [action]);
    expect(await listOverdue()).toContain(action);
  });

  it('shows common problems across suppliers to the leader and the cluster coordinator, and per-supplier metrics', async () => {
    const period = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };
    const q = 'query($from: DateTime!, $to: DateTime!, $chain: ID, $cluster: ID) { commonProblems(from: $from, to: $to, chainId: $chain, clusterId: $cluster) { defectCode defectName suppliers issues trend { issues } } }';
    // S2's burr action was cancelled (not its defect), so burrs are S1's alone until S2 shows them too.
    expect((await t.gql(q, { ...period, chain: chainId }, leader)).data?.commonProblems).toEqual([]);
    await report([S2.enterprise.id], { title: 'Burrs on the bracket, second supplier' });
    const byChain = (await t.gql(q, { ...period, chain: chainId }, leader)).data?.commonProblems;
    expect(byChain).toEqual([{ defectCode: 'SUR-BUR', defectName: 'Burr or sharp edge', suppliers: 2, issues: 3, trend: [{ issues: 3 }] }]);
    const byCluster = (await t.gql(q, { ...period, cluster: clusterId }, coordinator)).data?.commonProblems;
    expect(byCluster[0]).toMatchObject({ defectCode: 'SUR-BUR', suppliers: 2 });
    expect(codeOf(await t.gql(q, { ...period, chain: chainId }, s1))).toBe('FORBIDDEN');
    const metrics = 'query($c: ID!, $from: DateTime!, $to: DateTime!) { correctiveActionMetrics(chainId: $c, from: $from, to: $to) { supplierEnterpriseId opened closed closedOnTime overdueNow effectivenessRate meanHoursToContainment } }';
    const rows = (await t.gql(metrics, { c: chainId, ...period }, leader)).data?.correctiveActionMetrics;
    const s1Row = rows.find((r: { supplierEnterpriseId: string }) => r.supplierEnterpriseId === S1.enterprise.id);
    expect(s1Row).toMatchObject({ opened: 2, closed: 1, closedOnTime: 1, effectivenessRate: 1 });
    expect(s1Row.meanHoursToContainment).toBeGreaterThanOrEqual(0);
    const own = (await t.gql(metrics, { c: chainId, ...period }, s2)).data?.correctiveActionMetrics;
    expect(own.map((r: { supplierEnterpriseId: string }) => r.supplierEnterpriseId)).toEqual([S2.enterprise.id]);
  });

  it('reopens a closed action when the same defect recurs at the supplier within the check period', async () => {
    const first = (await report([S2.enterprise.id], { defectCode: 'DIM-OOT', title: 'Hole position out' })).data?.reportQualityIssue.correctiveActions.edges[0].node.id;
    for (const step of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'] as const) {
      await t.gql(SUBMIT, { a: first, s: step, c: EIGHT_D[step] }, s2);
      await t.gql(REVIEW, { a: first, s: step, d: 'APPROVE' }, leader);
    }
    expect((await t.gql('mutation($a: ID!) { closeCorrectiveAction(actionId: $a) { status } }', { a: first }, leader)).data?.closeCorrectiveAction.status).toBe('CLOSED');
    await report([S2.enterprise.id], { defectCode: 'DIM-OOT', title: 'Hole position out again', detectedAt: new Date().toISOString() });
    const job = await t.get(JobQueues).get(QueueName.Quality).add(JobName.CheckActionEffectiveness, { now: new Date(Date.now() + 91 * 86_400_000).toISOString() });
    await eventually(async () => (await job.isCompleted()) && true);
    const reopened = (await t.gql(ACTION, { id: first }, s2)).data?.correctiveAction;
    expect(reopened.status).toBe('OPEN');
    expect(reopened.steps.filter((s: { status: string }) => s.status === 'REJECTED').map((s: { step: string }) => s.step)).toEqual(['D4', 'D5', 'D6', 'D7']);
    expect(reopened.timeline.at(-1).type).toBe('REOPENED');
  });

  it("asks the supplier's consent again after an effective, shared 8D is reopened", async () => {
    const action = (await report([S2.enterprise.id], { defectCode: 'PKG-DMG', title: 'Torn wrapping on pallets' })).data?.reportQualityIssue.correctiveActions.edges[0].node.id;
    for (const step of ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'] as const) {
      await t.gql(SUBMIT, { a: action, s: step, c: EIGHT_D[step] }, s2);
      await t.gql(REVIEW, { a: action, s: step, d: 'APPROVE' }, leader);
    }
    await t.gql('mutation($a: ID!) { closeCorrectiveAction(actionId: $a) { status } }', { a: action }, leader);
    // No recurrence in the check period: effective.
    const job = await t.get(JobQueues).get(QueueName.Quality).add(JobName.CheckActionEffectiveness, { now: new Date(Date.now() + 91 * 86_400_000).toISOString() });
    await eventually(async () => (await job.isCompleted()) && true);
    expect((await t.gql('mutation($a: ID!) { shareSolution(actionId: $a) { status shared } }', { a: action }, s2)).data?.shareSolution).toEqual({ status: 'EFFECTIVE', shared: true });
    const reopened = await t.gql('mutation($a: ID!) { reopenCorrectiveAction(actionId: $a, reason: "Torn again after the new film") { status shared } }', { a: action }, leader);
    // Its root cause and actions will be revised: what the supplier agreed to share no longer stands.
    expect(reopened.data?.reopenCorrectiveAction).toEqual({ status: 'OPEN', shared: false });
  });
});
