import { DataSource } from 'typeorm';
import { QueryCounter } from '@chainq/core';
import { OrganisationKind, OrganisationService, Role } from '@chainq/identity';
import { InspectionImportService } from '@chainq/inspection';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { TestApp } from '../support/test-app';

const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted duplicates errors { index field message } } }';
const FIELDS = 'id severity discontinued switchingScore eligibleForReduced reducedApprovedAt recentDecisions consecutiveAccepted cumulativeRejectedUnderTightened lastEvent lotsApplied lotsWhileDiscontinued lastLotInspectedAt updatedAt';
const STATE = `query($c: ID!, $s: ID!, $p: String!) { samplingState(chainId: $c, supplierEnterpriseId: $s, partNumber: $p) { ${FIELDS} } }`;
const PLAN = `query($c: ID!, $s: ID!, $p: String!) { samplingState(chainId: $c, supplierEnterpriseId: $s, partNumber: $p) {
  severity nextPlan(lotSize: 1000, aql: "1.0") { severity sampleSize acceptanceNumber rejectionNumber } } }`;
const LIST = `query($c: ID!, $first: Int) { samplingStates(chainId: $c, first: $first) { totalCount edges { node { supplierEnterpriseId partNumber severity } } } }`;
const APPROVE = 'mutation($c: ID!, $s: ID!, $p: String!) { approveReducedInspection(chainId: $c, supplierEnterpriseId: $s, partNumber: $p) { severity reducedApprovedAt } }';
const HISTORY = `query($c: ID!, $s: ID!, $p: String!) { samplingState(chainId: $c, supplierEnterpriseId: $s, partNumber: $p) {
  history { event severity lotNumber actorName occurredAt } } }`;
const RESUME = `mutation($c: ID!, $s: ID!, $p: String!) { resumeInspection(chainId: $c, supplierEnterpriseId: $s, partNumber: $p) { ${FIELDS} } }`;

describe('GB/T 2828.1 switching state of incoming lots per supplier part', () => {
  let t: TestApp;
  let L: TestEnterprise, S1: TestEnterprise, S2: TestEnterprise, outsider: TestEnterprise;
  let qe: string, leaderAdmin: string, leaderViewer: string, s1: string, s2: string, stranger: string, platformAdmin: string;
  let chainId: string;

  // Lots inspected a minute apart, in the past, in the order they are made unless told otherwise.
  let clock = Date.now() - 100 * 86_400_000;
  let serial = 0;
  /** An incoming lot of 1,000 at AQL 1.0 (J: n 80; normal Ac 2 Re 3, tightened Ac 1 Re 2). */
  const lot = (part: string, nonconformingUnits: number, over: Record<string, unknown> = {}) => ({
    chainId, supplierEnterpriseId: S1.enterprise.id, partNumber: part, lotNumber: `IN-${++serial}`, lotSize: 1000, stage: 'INCOMING',
    inspectedAt: new Date((clock += 60_000)).toISOString(), aql: '1.0', unitsSampled: 80, nonconformingUnits, ...over,
  });
  const A = (part: string, over: Record<string, unknown> = {}) => lot(part, 0, over);
  const R = (part: string, over: Record<string, unknown> = {}) => lot(part, 5, over);
  const record = async (lots: unknown[], token = qe) => {
    const res = await t.gql(RECORD, { lots }, token);
    expect(res.errors ?? res.data?.recordInspectionLots.errors).toEqual([]);
    const { inserted, duplicates } = res.data!.recordInspectionLots;
    return { inserted, duplicates } as { inserted: number; duplicates: number };
  };
  const key = (part: string, supplier = S1) => ({ c: chainId, s: supplier.enterprise.id, p: part });
  const state = async (part: string, token = qe, supplier = S1) => {
    const res = await t.gql(STATE, key(part, supplier), token);
    expect(res.errors).toBeUndefined();
    return res.data!.samplingState;
  };
  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0].extensions;
  const discontinuations = async (part: string) =>
    t.get(DataSource).query(`SELECT payload FROM outbox_messages WHERE job_name = 'notification.send' AND payload->>'kind' = 'SAMPLING_DISCONTINUED' AND payload->>'title' ~ $1`, [`(^| )${part}( |$)`]);

  beforeAll(async () => {
    t = await TestApp.start();
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER, Role.VIEWER]);
    S1 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S2 = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    outsider = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    chainId = (await chainLedBy(t, L)).id;
    qe = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, qe, S1);
    await onboardSupplier(t, chainId, qe, S2);
    [leaderAdmin, leaderViewer, s1, s2, stranger] = await Promise.all(
      [L.users.ENTERPRISE_ADMIN, L.users.VIEWER, S1.users.QUALITY_ENGINEER, S2.users.ENTERPRISE_ADMIN, outsider.users.ENTERPRISE_ADMIN].map((u) => t.login(u.email)),
    );
    platformAdmin = await t.login((await t.organisationWithUsers(OrganisationKind.PLATFORM, [Role.PLATFORM_ADMIN])).users[0].email);
    await record([R('DENY-1'), A('DENY-1')]);
  });
  afterAll(() => t.close());

  describe('who may read and steer a part', () => {
    it("hides a supplier's part from another supplier and from enterprises outside the chain", async () => {
      for (const token of [s2, stranger]) expect(codeOf(await t.gql(STATE, key('DENY-1'), token))).toMatchObject({ code: 'NOT_FOUND' });
      expect((await t.gql(LIST, { c: chainId }, s2)).data?.samplingStates).toMatchObject({ totalCount: 0, edges: [] });
      expect(codeOf(await t.gql(LIST, { c: chainId }, stranger))).toMatchObject({ code: 'NOT_FOUND' });
      expect(codeOf(await t.gql(STATE, key('DENY-1', outsider), qe))).toMatchObject({ code: 'NOT_FOUND' });
    });

    it('lets no supplier approve reduced inspection or resume it, and no leader viewer either', async () => {
      for (const mutation of [APPROVE, RESUME]) {
        expect(codeOf(await t.gql(mutation, key('DENY-1'), s1))).toMatchObject({ code: 'FORBIDDEN' });
        expect(codeOf(await t.gql(mutation, key('DENY-1'), leaderViewer))).toMatchObject({ code: 'FORBIDDEN' });
        expect(codeOf(await t.gql(mutation, key('DENY-1'), s2))).toMatchObject({ code: 'NOT_FOUND' });
        expect(codeOf(await t.gql(mutation, key('DENY-1'), platformAdmin))).toMatchObject({ code: 'FORBIDDEN' });
      }
      expect(codeOf(await t.gql(STATE, { ...key('DENY-1'), c: 'not-a-chain' }, qe))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'chainId' });
    });

    it("shows the part to the leader's users, to the supplier itself and to platform admins", async () => {
      for (const token of [qe, leaderAdmin, leaderViewer, s1, platformAdmin]) {
        expect(await state('DENY-1', token)).toMatchObject({ id: `${chainId}:${S1.enterprise.id}:DENY-1`, severity: 'NORMAL', lotsApplied: 2, recentDecisions: ['REJECT', 'ACCEPT'] });
      }
      const own = (await t.gql(LIST, { c: chainId }, s1)).data?.samplingStates;
      expect(own.edges.every((e: { node: { supplierEnterpriseId: string } }) => e.node.supplierEnterpriseId === S1.enterprise.id)).toBe(true);
    });

    it('answers a part no incoming lot has reached yet with normal inspection and nothing counted', async () => {
      expect(await state('NEW-1')).toMatchObject({ severity: 'NORMAL', switchingScore: 0, lotsApplied: 0, recentDecisions: [], discontinued: false });
    });
  });

  describe('the switching rules on lots recorded by the leader’s quality engineer', () => {
    it('tightens at the second rejection within 5 lots, and the next plan is the tightened one', async () => {
      await record([A('P-TIGHT'), R('P-TIGHT'), A('P-TIGHT')]);
      expect(await state('P-TIGHT')).toMatchObject({ severity: 'NORMAL', recentDecisions: ['ACCEPT', 'REJECT', 'ACCEPT'], lotsApplied: 3 });
      await record([R('P-TIGHT')]);
      expect(await state('P-TIGHT')).toMatchObject({ severity: 'TIGHTENED', lastEvent: 'NORMAL_TO_TIGHTENED', recentDecisions: [], lotsApplied: 4 });
      expect((await t.gql(PLAN, key('P-TIGHT'), qe)).data?.samplingState).toEqual({
        severity: 'TIGHTENED', nextPlan: { severity: 'TIGHTENED', sampleSize: 80, acceptanceNumber: 1, rejectionNumber: 2 },
      });
      expect((await state('P-TIGHT', s1)).severity).toBe('TIGHTENED');
    });

    it('returns to normal after 5 lots accepted in a row under tightened inspection', async () => {
      const tightened = { planSeverity: 'TIGHTENED' };
      await record([A('P-TIGHT', tightened), A('P-TIGHT', tightened), A('P-TIGHT', tightened), A('P-TIGHT', tightened)]);
      expect(await state('P-TIGHT')).toMatchObject({ severity: 'TIGHTENED', consecutiveAccepted: 4 });
      await record([A('P-TIGHT', tightened)]);
      expect(await state('P-TIGHT')).toMatchObject({ severity: 'NORMAL', lastEvent: 'TIGHTENED_TO_NORMAL', consecutiveAccepted: 0, switchingScore: 0 });
      expect((await t.gql(PLAN, key('P-TIGHT'), qe)).data?.samplingState.nextPlan).toEqual({ severity: 'NORMAL', sampleSize: 80, acceptanceNumber: 2, rejectionNumber: 3 });
    });

    it('discontinues at the 5th rejection under tightened across several calls, tells the leader’s quality engineer and the supplier once, and keeps recording lots', async () => {
      await record([R('P-STOP'), R('P-STOP')]);
      // Under tightened: 2 nonconforming rejects (Ac 1 Re 2).
      const rejectTightened = () => lot('P-STOP', 2, { planSeverity: 'TIGHTENED' });
      await record([rejectTightened(), A('P-STOP', { planSeverity: 'TIGHTENED' }), rejectTightened()]);
      await record([rejectTightened(), rejectTightened()]);
      expect(await state('P-STOP')).toMatchObject({ severity: 'TIGHTENED', cumulativeRejectedUnderTightened: 4, discontinued: false });
      expect(await discontinuations('P-STOP')).toHaveLength(0);

      await record([rejectTightened()]);
      expect(await state('P-STOP')).toMatchObject({ discontinued: true, lastEvent: 'DISCONTINUED', cumulativeRejectedUnderTightened: 5, lotsApplied: 8 });
      expect(codeOf(await t.gql(PLAN, key('P-STOP'), qe))).toMatchObject({ code: 'CONFLICT', rule: 'DISCONTINUED' });

      // The numbers stay true: later lots are recorded, and the state waits for the leader.
      expect(await record([A('P-STOP', { planSeverity: 'TIGHTENED' }), rejectTightened()])).toEqual({ inserted: 2, duplicates: 0 });
      expect(await record([rejectTightened()])).toMatchObject({ inserted: 1 });
      expect(await state('P-STOP')).toMatchObject({ discontinued: true, lotsApplied: 8, lotsWhileDiscontinued: 3 });
      const [{ n }] = await t.get(DataSource).query(`SELECT count(*)::int AS n FROM inspection_lots WHERE part_number = 'P-STOP'`);
      expect(n).toBe(11);

      const sent = (await discontinuations('P-STOP')).map((row: { payload: { recipientUserId: string; title: string } }) => row.payload);
      const to = (userId: string) => sent.filter((p: { recipientUserId: string }) => p.recipientUserId === userId);
      expect(sent).toHaveLength(3);
      expect(to(L.users.QUALITY_ENGINEER.id)).toEqual([expect.objectContaining({ title: expect.stringMatching(/^Incoming inspection of P-STOP from .+ is discontinued$/) })]);
      for (const user of [S1.users.ENTERPRISE_ADMIN, S1.users.QUALITY_ENGINEER]) {
        expect(to(user.id)).toEqual([expect.objectContaining({ title: expect.stringMatching(/has discontinued incoming inspection of your part P-STOP$/) })]);
      }
    });

    it('resumes a discontinued part at tightened inspection for the leader, once', async () => {
      const resumed = await t.gql(RESUME, key('P-STOP'), leaderAdmin);
      expect(resumed.data?.resumeInspection).toMatchObject({ severity: 'TIGHTENED', discontinued: false, cumulativeRejectedUnderTightened: 0, consecutiveAccepted: 0, lotsWhileDiscontinued: 0 });
      expect((await t.gql(PLAN, key('P-STOP'), qe)).data?.samplingState.nextPlan).toMatchObject({ severity: 'TIGHTENED', acceptanceNumber: 1 });
      expect(codeOf(await t.gql(RESUME, key('P-STOP'), qe))).toMatchObject({ code: 'CONFLICT', rule: 'NOT_DISCONTINUED' });
      await record([lot('P-STOP', 2, { planSeverity: 'TIGHTENED' })]);
      expect(await state('P-STOP')).toMatchObject({ severity: 'TIGHTENED', cumulativeRejectedUnderTightened: 1, discontinued: false });
      expect(await discontinuations('P-STOP')).toHaveLength(3);
    });

    it('judges a lot sent without a severity on its part’s severity at that point, within one call and across calls', async () => {
      const judged = async (lotNumber: string) =>
        (await t.get(DataSource).query('SELECT plan_severity, acceptance_number, decision FROM inspection_lots WHERE lot_number = $1', [lotNumber]))[0];
      // Two rejections under normal switch to tightened; the third lot of the same call is judged on tightened (Ac 1).
      const first = [R('P-AUTO'), R('P-AUTO'), lot('P-AUTO', 2)];
      await record(first);
      expect(await judged(first[1].lotNumber)).toEqual({ plan_severity: 'NORMAL', acceptance_number: 2, decision: 'REJECT' });
      expect(await judged(first[2].lotNumber)).toEqual({ plan_severity: 'TIGHTENED', acceptance_number: 1, decision: 'REJECT' });
      expect(await state('P-AUTO')).toMatchObject({ severity: 'TIGHTENED', cumulativeRejectedUnderTightened: 1 });
      const next = lot('P-AUTO', 1);
      const stated = lot('P-AUTO', 2, { planSeverity: 'NORMAL' });
      await record([next, stated]);
      expect(await judged(next.lotNumber)).toEqual({ plan_severity: 'TIGHTENED', acceptance_number: 1, decision: 'ACCEPT' });
      // A severity sent with the lot is the plan the leader inspected on.
      expect(await judged(stated.lotNumber)).toEqual({ plan_severity: 'NORMAL', acceptance_number: 2, decision: 'ACCEPT' });
    });

    it('judges the new lots of a call that repeats a recorded one as if the repeat were not there', async () => {
      const rejected = R('P-AUTO2');
      await record([rejected]);
      // Counted twice, the rejection would switch to tightened and reject this lot (2 > Ac 1); counted once, normal accepts it.
      const fresh = lot('P-AUTO2', 2);
      expect(await record([{ ...rejected }, fresh])).toEqual({ inserted: 1, duplicates: 1 });
      const [row] = await t.get(DataSource).query('SELECT plan_severity, decision FROM inspection_lots WHERE lot_number = $1', [fresh.lotNumber]);
      expect(row).toEqual({ plan_severity: 'NORMAL', decision: 'ACCEPT' });
      expect(await state('P-AUTO2')).toMatchObject({ severity: 'NORMAL', lotsApplied: 2, recentDecisions: ['REJECT', 'ACCEPT'] });
    });

    it('does not move the state on re-sent lots', async () => {
      const lots = [R('P-DUP'), A('P-DUP')];
      await record(lots);
      const before = await state('P-DUP');
      expect(await record(lots)).toEqual({ inserted: 0, duplicates: 2 });
      expect(await record([{ ...lots[1] }, { ...lots[0], submission: 2, nonconformingUnits: 0 }])).toEqual({ inserted: 1, duplicates: 1 });
      expect(await state('P-DUP')).toEqual(before);
    });

    it("does not move it on the supplier's own inspection", async () => {
      const before = await state('P-DUP');
      await record([R('P-DUP', { stage: 'SPECIAL' }), R('P-DUP', { stage: 'SELF' }), R('P-SELF', { stage: 'SELF' })], s1);
      expect(await state('P-DUP')).toEqual(before);
      expect(await state('P-SELF')).toMatchObject({ lotsApplied: 0, updatedAt: null });
    });

    it('keeps two parts, and two suppliers, apart', async () => {
      await record([R('P-ONE'), R('P-TWO'), R('P-ONE', { supplierEnterpriseId: S2.enterprise.id })]);
      for (const [part, supplier] of [['P-ONE', S1], ['P-TWO', S1], ['P-ONE', S2]] as const) {
        expect(await state(part, qe, supplier)).toMatchObject({ severity: 'NORMAL', recentDecisions: ['REJECT'], lotsApplied: 1 });
      }
      const listed = (await t.gql(LIST, { c: chainId, first: 100 }, qe)).data?.samplingStates.edges.map((e: { node: unknown }) => e.node);
      expect(listed).toEqual(expect.arrayContaining([
        { supplierEnterpriseId: S1.enterprise.id, partNumber: 'P-ONE', severity: 'NORMAL' },
        { supplierEnterpriseId: S2.enterprise.id, partNumber: 'P-ONE', severity: 'NORMAL' },
        { supplierEnterpriseId: S1.enterprise.id, partNumber: 'P-TIGHT', severity: 'NORMAL' },
      ]));
    });

    it('takes the lots of one call in inspection-time order, and a late lot after those already applied', async () => {
      const [t1, t2, t3, t0] = [3, 2, 1, 4].map((daysAgo) => new Date(Date.now() - daysAgo * 86_400_000).toISOString());
      await record([A('P-LATE', { inspectedAt: t3 }), R('P-LATE', { inspectedAt: t1 }), A('P-LATE', { inspectedAt: t2 })]);
      expect(await state('P-LATE')).toMatchObject({ recentDecisions: ['REJECT', 'ACCEPT', 'ACCEPT'], lastLotInspectedAt: t3 });
      await record([R('P-LATE', { inspectedAt: t0 })]);
      expect(await state('P-LATE')).toMatchObject({ severity: 'TIGHTENED', lotsApplied: 4 });
    });

    it('loses no update when several calls record lots of one part at once', async () => {
      await Promise.all(Array.from({ length: 6 }, () => record([A('P-RACE'), A('P-RACE')])));
      expect(await state('P-RACE')).toMatchObject({ lotsApplied: 12, switchingScore: 36 });
    });

    it('costs the same queries for 300 lots of 100 parts as for 10 lots of one part', async () => {
      const counter = t.get(QueryCounter);
      const cost = async (lots: unknown[]) => {
        const before = counter.count;
        await record(lots);
        return counter.count - before;
      };
      const small = await cost(Array.from({ length: 10 }, () => A('P-BULK-0')));
      // 300 lots: 1,000 would not fit in the 100 kB request body limit.
      const large = await cost(Array.from({ length: 300 }, (_, i) => A(`P-BULK-${i % 100}`)));
      expect(large).toBe(small);
      expect((await state('P-BULK-99')).lotsApplied).toBe(3);
    });
  });

  describe('reduced inspection', () => {
    // 1 nonconforming of 80 at AQL 1.0: accepted at Ac 2 and within Ac 1 one step tighter, +3 each (unverified score).
    const good = () => lot('P-GOOD', 1);

    it('refuses approval below a switching score of 30, and under tightened inspection, naming the rule', async () => {
      await record(Array.from({ length: 9 }, good));
      expect(await state('P-GOOD')).toMatchObject({ switchingScore: 27, eligibleForReduced: false });
      const low = await t.gql(APPROVE, key('P-GOOD'), qe);
      expect(codeOf(low)).toMatchObject({ code: 'CONFLICT', rule: 'SWITCHING_SCORE_BELOW_30' });
      expect(low.errors?.[0].message).toBe('The switching score is 27; GB/T 2828.1 normal → reduced needs at least 30');
      expect(codeOf(await t.gql(APPROVE, key('P-LATE'), qe))).toMatchObject({ code: 'CONFLICT', rule: 'REDUCED_FROM_NORMAL_ONLY' });
    });

    it('shows an eligible part but never switches it on its own; once the leader approves, the next accepted lot switches it to reduced', async () => {
      await record([good(), good()]);
      expect(await state('P-GOOD')).toMatchObject({ severity: 'NORMAL', switchingScore: 33, eligibleForReduced: true });
      const approved = await t.gql(APPROVE, key('P-GOOD'), leaderAdmin);
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.approveReducedInspection).toMatchObject({ severity: 'NORMAL', reducedApprovedAt: expect.any(String) });
      expect(codeOf(await t.gql(APPROVE, key('P-GOOD'), qe))).toMatchObject({ code: 'CONFLICT', rule: 'REDUCED_ALREADY_APPROVED' });
      await record([good()]);
      expect(await state('P-GOOD')).toMatchObject({ severity: 'REDUCED', lastEvent: 'NORMAL_TO_REDUCED', switchingScore: 0 });
      // GB/T 2828.1-2012 Table 2-C: J at AQL 1.0 is n 32, Ac 1 Re 2.
      expect((await t.gql(PLAN, key('P-GOOD'), qe)).data?.samplingState.nextPlan).toEqual({ severity: 'REDUCED', sampleSize: 32, acceptanceNumber: 1, rejectionNumber: 2 });
    });

    it('judges a lot on the reduced plan, goes back to normal at the first rejection, and lists every step newest first', async () => {
      const judged = async (lotNumber: string) =>
        (await t.get(DataSource).query('SELECT plan_severity, acceptance_number, decision FROM inspection_lots WHERE lot_number = $1', [lotNumber]))[0];
      // Sampled on the reduced plan the part shows (the web grid sends its severity): 32 units.
      const accepted = lot('P-GOOD', 1, { unitsSampled: 32, planSeverity: 'REDUCED' });
      const rejected = lot('P-GOOD', 2, { unitsSampled: 32, planSeverity: 'REDUCED' });
      // Without a severity the lot is checked against the normal plan's sample and judged on the part's severity.
      const undeclared = await t.gql(RECORD, { lots: [lot('P-GOOD', 0, { unitsSampled: 32 })] }, qe);
      expect(undeclared.data?.recordInspectionLots.errors).toEqual([{ index: 0, field: 'unitsSampled', message: 'the plan needs 80 units sampled (code letter J)' }]);
      await record([accepted, rejected]);
      expect(await judged(accepted.lotNumber)).toEqual({ plan_severity: 'REDUCED', acceptance_number: 1, decision: 'ACCEPT' });
      expect(await judged(rejected.lotNumber)).toEqual({ plan_severity: 'REDUCED', acceptance_number: 1, decision: 'REJECT' });
      expect(await state('P-GOOD')).toMatchObject({ severity: 'NORMAL', lastEvent: 'REDUCED_TO_NORMAL', reducedApprovedAt: null });

      const res = await t.gql(HISTORY, key('P-GOOD'), s1);
      expect(res.errors).toBeUndefined();
      const steps = res.data!.samplingState.history.map((h: Record<string, unknown>) => [h.event, h.severity, h.lotNumber, h.actorName]);
      const admin = L.users.ENTERPRISE_ADMIN;
      expect(steps).toEqual([
        ['REDUCED_TO_NORMAL', 'NORMAL', rejected.lotNumber, null],
        ['NORMAL_TO_REDUCED', 'REDUCED', expect.stringMatching(/^IN-/), null],
        ['REDUCED_APPROVED', 'NORMAL', null, admin.displayName],
      ]);
      // The leader's quality engineer is told of each switch once, in the language-neutral kind and params the bell renders.
      const notices = await t.get(DataSource).query(
        `SELECT payload->>'kind' AS kind, payload->'params'->>'lotNumber' AS lot, payload->>'recipientUserId' AS "to" FROM outbox_messages
          WHERE job_name = 'notification.send' AND payload->'params'->>'partNumber' = 'P-GOOD' ORDER BY payload->>'kind'`,
      );
      expect(notices).toEqual([
        { kind: 'SAMPLING_REDUCED', lot: expect.stringMatching(/^IN-/), to: L.users.QUALITY_ENGINEER.id },
        { kind: 'SAMPLING_REDUCED_ENDED', lot: rejected.lotNumber, to: L.users.QUALITY_ENGINEER.id },
      ]);
    });

    it('lets the leader end reduced inspection for irregular production, naming the reason in the history; a note is needed for any other reason', async () => {
      const END = `mutation($c: ID!, $s: ID!, $p: String!, $r: ReducedEndReason!, $n: String) {
        endReducedInspection(chainId: $c, supplierEnterpriseId: $s, partNumber: $p, reason: $r, note: $n) { severity lastEvent reducedApprovedAt } }`;
      await record(Array.from({ length: 11 }, () => lot('P-END', 1)));
      expect((await t.gql(APPROVE, key('P-END'), qe)).errors).toBeUndefined();
      await record([lot('P-END', 1)]);
      expect(await state('P-END')).toMatchObject({ severity: 'REDUCED' });

      const end = (token: string, r: string, n?: string) => t.gql(END, { ...key('P-END'), r, n }, token);
      for (const token of [s1, leaderViewer]) expect(codeOf(await end(token, 'PRODUCTION_IRREGULAR'))).toMatchObject({ code: 'FORBIDDEN' });
      expect(codeOf(await end(qe, 'OTHER'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note', reason: 'REASON_REQUIRED' });
      expect(codeOf(await end(qe, 'OTHER', '  '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
      expect(await state('P-END')).toMatchObject({ severity: 'REDUCED' });

      const ended = await end(qe, 'PRODUCTION_IRREGULAR', 'Line 2 restarted after a two-week stop');
      expect(ended.data?.endReducedInspection).toEqual({ severity: 'NORMAL', lastEvent: 'REDUCED_TO_NORMAL', reducedApprovedAt: null });
      expect(codeOf(await end(qe, 'PRODUCTION_IRREGULAR'))).toMatchObject({ code: 'CONFLICT', rule: 'REDUCED_NOT_IN_FORCE', reason: 'NOT_REDUCED' });
      const history = (await t.gql(`query($c: ID!, $s: ID!, $p: String!) { samplingState(chainId: $c, supplierEnterpriseId: $s, partNumber: $p) { history { event reason note actorName } } }`, key('P-END'), qe)).data!.samplingState.history;
      expect(history[0]).toEqual({ event: 'REDUCED_TO_NORMAL', reason: 'PRODUCTION_IRREGULAR', note: 'Line 2 restarted after a two-week stop', actorName: L.users.QUALITY_ENGINEER.displayName });
      expect((await t.gql(PLAN, key('P-END'), qe)).data?.samplingState.nextPlan).toMatchObject({ severity: 'NORMAL', sampleSize: 80 });
    });

    it('records the resumption of a discontinued part and the lots that stopped it in its history', async () => {
      const res = await t.gql(HISTORY, key('P-STOP'), qe);
      expect(res.data!.samplingState.history.map((h: { event: string }) => h.event)).toEqual(['RESUMED', 'DISCONTINUED', 'NORMAL_TO_TIGHTENED']);
      expect((await t.gql(HISTORY, key('NEVER-SEEN'), qe)).data!.samplingState.history).toEqual([]);
    });
  });

  it('applies incoming lots from a file import too', async () => {
    const uscc = (await t.get(OrganisationService).findById(S1.enterprise.id))!.uscc!;
    const rows = ['R', 'A', 'R'].map((d, i) => `${uscc},P-FILE,F-${i},1000,INCOMING,${new Date(Date.now() - (10 - i) * 3600_000).toISOString()},1.0,80,${d === 'R' ? 5 : 0}`);
    const csv = ['supplier_uscc,part_number,lot_number,lot_size,stage,inspected_at,aql,units_sampled,nonconforming_units', ...rows].join('\n');
    const res = await t.http.post(`/inspection-imports?chainId=${chainId}`).set('authorization', `Bearer ${qe}`).attach('file', Buffer.from(csv), 'incoming.csv');
    expect(res.status).toBe(202);
    // The worker's half, run here: this app has no worker.
    expect(await t.get(InspectionImportService).run(res.body.id)).toMatchObject({ status: 'DONE', rowsInserted: 3 });
    expect(await state('P-FILE')).toMatchObject({ severity: 'TIGHTENED', lotsApplied: 3 });
  });
});
