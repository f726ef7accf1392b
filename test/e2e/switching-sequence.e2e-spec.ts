import { DataSource } from 'typeorm';
import { Role } from '@chainq/identity';
import { chainLedBy, enterpriseWith, onboardSupplier, TestEnterprise } from '../support/registry-fixtures';
import { TestApp } from '../support/test-app';

const RECORD = 'mutation($lots: [InspectionLotInput!]!) { recordInspectionLots(input: { lots: $lots }) { inserted errors { index field message } } }';
const STATE = `query($c: ID!, $s: ID!, $p: String!) { samplingState(chainId: $c, supplierEnterpriseId: $s, partNumber: $p) {
  severity discontinued switchingScore eligibleForReduced consecutiveAccepted cumulativeRejectedUnderTightened lastEvent } }`;
const NEXT_PLAN = `query($c: ID!, $s: ID!, $p: String!) { samplingState(chainId: $c, supplierEnterpriseId: $s, partNumber: $p) {
  nextPlan(lotSize: 1000, aql: "1.0") { sampleSize acceptanceNumber rejectionNumber } } }`;
const HISTORY = `query($c: ID!, $s: ID!, $p: String!) { samplingState(chainId: $c, supplierEnterpriseId: $s, partNumber: $p) { history { event lotNumber } } }`;
const APPROVE = 'mutation($c: ID!, $s: ID!, $p: String!) { approveReducedInspection(chainId: $c, supplierEnterpriseId: $s, partNumber: $p) { severity } }';
const RESUME = 'mutation($c: ID!, $s: ID!, $p: String!) { resumeInspection(chainId: $c, supplierEnterpriseId: $s, partNumber: $p) { severity } }';

/**
 * One part's incoming lots of 1,000 at AQL 1.0, level II (code letter J), worked by hand
 * through GB/T 2828.1-2012 Tables 2-A, 2-B and 2-C and the switching rules of clause 9.3.
 *   plan      the severity the lot was sampled on: N normal n 80 Ac 2 Re 3, T tightened
 *             n 80 Ac 1 Re 2, R reduced n 32 Ac 1 Re 2
 *   nc        nonconforming units in the sample
 *   then      the part's severity after the lot (STOPPED: discontinued under tightened, 9.4)
 *   score     switching score (9.3.3; on the Ac 2 plan +3 while the lot would pass at AQL 0.65,
 *             where Ac is 1, else back to 0)
 *   inRow     lots accepted in a row under the severity in force
 *   rejT      lots rejected since tightened inspection began
 *   next      the plan for the next lot: n/Ac/Re
 * `approve` and `resume` rows are the leader's decisions; `approve!` is one the rules refuse.
 */
const HAND_WORKED = `
  step      plan nc decision then        score inRow rejT event                 next
  1         N    0  ACCEPT   NORMAL      3     1     0    -                     80/2/3
  2         N    3  REJECT   NORMAL      0     0     0    -                     80/2/3
  3         N    2  ACCEPT   NORMAL      0     1     0    -                     80/2/3
  4         N    1  ACCEPT   NORMAL      3     2     0    -                     80/2/3
  5         N    0  ACCEPT   NORMAL      6     3     0    -                     80/2/3
  6         N    0  ACCEPT   NORMAL      9     4     0    -                     80/2/3
  7         N    4  REJECT   NORMAL      0     0     0    -                     80/2/3
  8         N    3  REJECT   TIGHTENED   0     0     0    NORMAL_TO_TIGHTENED   80/1/2
  9         T    1  ACCEPT   TIGHTENED   0     1     0    -                     80/1/2
  10        T    2  REJECT   TIGHTENED   0     0     1    -                     80/1/2
  11        T    0  ACCEPT   TIGHTENED   0     1     1    -                     80/1/2
  12        T    0  ACCEPT   TIGHTENED   0     2     1    -                     80/1/2
  13        T    0  ACCEPT   TIGHTENED   0     3     1    -                     80/1/2
  14        T    0  ACCEPT   TIGHTENED   0     4     1    -                     80/1/2
  15        T    1  ACCEPT   NORMAL      0     0     0    TIGHTENED_TO_NORMAL   80/2/3
  16        N    0  ACCEPT   NORMAL      3     1     0    -                     80/2/3
  17        N    1  ACCEPT   NORMAL      6     2     0    -                     80/2/3
  18        N    0  ACCEPT   NORMAL      9     3     0    -                     80/2/3
  19        N    0  ACCEPT   NORMAL      12    4     0    -                     80/2/3
  20        N    1  ACCEPT   NORMAL      15    5     0    -                     80/2/3
  21        N    0  ACCEPT   NORMAL      18    6     0    -                     80/2/3
  22        N    0  ACCEPT   NORMAL      21    7     0    -                     80/2/3
  23        N    0  ACCEPT   NORMAL      24    8     0    -                     80/2/3
  24        N    0  ACCEPT   NORMAL      27    9     0    -                     80/2/3
  approve!  -    -  -        NORMAL      27    9     0    -                     80/2/3
  25        N    0  ACCEPT   NORMAL      30    10    0    -                     80/2/3
  approve   -    -  -        NORMAL      30    10    0    -                     80/2/3
  26        N    1  ACCEPT   REDUCED     0     0     0    NORMAL_TO_REDUCED     32/1/2
  27        R    1  ACCEPT   REDUCED     0     1     0    -                     32/1/2
  28        R    0  ACCEPT   REDUCED     0     2     0    -                     32/1/2
  29        R    2  REJECT   NORMAL      0     0     0    REDUCED_TO_NORMAL     80/2/3
  30        N    3  REJECT   NORMAL      0     0     0    -                     80/2/3
  31        N    0  ACCEPT   NORMAL      3     1     0    -                     80/2/3
  32        N    5  REJECT   TIGHTENED   0     0     0    NORMAL_TO_TIGHTENED   80/1/2
  33        T    2  REJECT   TIGHTENED   0     0     1    -                     80/1/2
  34        T    0  ACCEPT   TIGHTENED   0     1     1    -                     80/1/2
  35        T    3  REJECT   TIGHTENED   0     0     2    -                     80/1/2
  36        T    1  ACCEPT   TIGHTENED   0     1     2    -                     80/1/2
  37        T    2  REJECT   TIGHTENED   0     0     3    -                     80/1/2
  38        T    2  REJECT   TIGHTENED   0     0     4    -                     80/1/2
  39        T    4  REJECT   STOPPED     0     0     5    DISCONTINUED          -
  40        T    0  ACCEPT   STOPPED     0     0     5    DISCONTINUED          -
  resume    -    -  -        TIGHTENED   0     0     0    -                     80/1/2
  41        T    0  ACCEPT   TIGHTENED   0     1     0    -                     80/1/2
`;

interface Step {
  step: string;
  plan: string;
  nc: number;
  decision: string;
  then: string;
  score: number;
  inRow: number;
  rejT: number;
  event: string | null;
  next: string;
}

function steps(table: string): Step[] {
  const [, ...rows] = table.trim().split('\n').map((line) => line.trim().split(/\s+/));
  return rows.map(([step, plan, nc, decision, then, score, inRow, rejT, event, next]) => ({
    step, plan, nc: Number(nc), decision, then, score: Number(score), inRow: Number(inRow), rejT: Number(rejT), event: event === '-' ? null : event, next,
  }));
}

const SEVERITY: Record<string, string> = { N: 'NORMAL', T: 'TIGHTENED', R: 'REDUCED' };
const SAMPLE: Record<string, number> = { N: 80, T: 80, R: 32 };

describe('the switching cycle of one part, lot by lot, against a sequence worked by hand (GB/T 2828.1-2012 9.3, 9.4)', () => {
  let t: TestApp;
  let L: TestEnterprise, S: TestEnterprise;
  let qe: string, chainId: string;
  let clock = Date.now() - 200 * 86_400_000;
  const key = (part: string) => ({ c: chainId, s: S.enterprise.id, p: part });
  const lot = (part: string, lotNumber: string, plan: string, nc: number, aql = '1.0') => ({
    chainId, supplierEnterpriseId: S.enterprise.id, partNumber: part, lotNumber, lotSize: 1000, stage: 'INCOMING',
    inspectedAt: new Date((clock += 3_600_000)).toISOString(), aql, planSeverity: SEVERITY[plan], unitsSampled: SAMPLE[plan], nonconformingUnits: nc,
  });
  const record = async (lots: unknown[]) => {
    const res = await t.gql(RECORD, { lots }, qe);
    expect(res.errors ?? res.data?.recordInspectionLots.errors).toEqual([]);
  };

  beforeAll(async () => {
    t = await TestApp.start();
    L = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER]);
    S = await enterpriseWith(t, [Role.ENTERPRISE_ADMIN]);
    chainId = (await chainLedBy(t, L)).id;
    qe = await t.login(L.users.QUALITY_ENGINEER.email);
    await onboardSupplier(t, chainId, qe, S);
  });
  afterAll(() => t.close());

  it('reads the decision, state and next plan the hand-worked table gives after every lot and every decision', async () => {
    const part = 'CAL-HW';
    const decisionOf = async (lotNumber: string) =>
      (await t.get(DataSource).query('SELECT decision FROM inspection_lots WHERE lot_number = $1 AND part_number = $2', [lotNumber, part]))[0]?.decision;
    const events: [string, string | null][] = [];
    for (const s of steps(HAND_WORKED)) {
      const where = `step ${s.step}`;
      if (s.step === 'approve' || s.step === 'approve!' || s.step === 'resume') {
        const res = await t.gql(s.step === 'resume' ? RESUME : APPROVE, key(part), qe);
        if (s.step === 'approve!') expect([where, res.errors?.[0].extensions?.rule]).toEqual([where, 'SWITCHING_SCORE_BELOW_30']);
        else expect([where, res.errors]).toEqual([where, undefined]);
        if (s.step !== 'approve!') events.push([s.step === 'resume' ? 'RESUMED' : 'REDUCED_APPROVED', null]);
      } else {
        const lotNumber = `HW-${s.step.padStart(2, '0')}`;
        await record([lot(part, lotNumber, s.plan, s.nc)]);
        expect([where, await decisionOf(lotNumber)]).toEqual([where, s.decision]);
        const last = events[events.length - 1];
        if (s.event && !(s.event === 'DISCONTINUED' && last?.[0] === 'DISCONTINUED')) events.push([s.event, lotNumber]);
      }
      const state = (await t.gql(STATE, key(part), qe)).data!.samplingState;
      expect([where, state]).toEqual([where, {
        severity: s.then === 'STOPPED' ? 'TIGHTENED' : s.then,
        discontinued: s.then === 'STOPPED',
        switchingScore: s.score,
        eligibleForReduced: s.then === 'NORMAL' && s.score >= 30,
        consecutiveAccepted: s.inRow,
        cumulativeRejectedUnderTightened: s.rejT,
        lastEvent: s.event,
      }]);
      const planned = await t.gql(NEXT_PLAN, key(part), qe);
      if (s.next === '-') {
        expect([where, planned.errors?.[0].extensions?.rule]).toEqual([where, 'DISCONTINUED']);
      } else {
        const [sampleSize, acceptanceNumber, rejectionNumber] = s.next.split('/').map(Number);
        expect([where, planned.data?.samplingState.nextPlan]).toEqual([where, { sampleSize, acceptanceNumber, rejectionNumber }]);
      }
    }
    // The history lists each switch with the lot that caused it, and each decision, newest first.
    const history = (await t.gql(HISTORY, key(part), qe)).data!.samplingState.history;
    expect(history.map((h: { event: string; lotNumber: string | null }) => [h.event, h.lotNumber])).toEqual(events.reverse());
  });

  it('refuses approval at a switching score of 29 and grants it at 30', async () => {
    // +3 per lot on the Ac 2 plan (1 nonconforming passes at AQL 0.65); +2 on the Ac 1 plan at AQL 0.65 itself.
    await record([...Array.from({ length: 9 }, (_, i) => lot('P-29', `S29-${i}`, 'N', 1)), lot('P-29', 'S29-9', 'N', 0, '0.65')]);
    await record(Array.from({ length: 10 }, (_, i) => lot('P-30', `S30-${i}`, 'N', 1)));
    const score = async (part: string) => (await t.gql(STATE, key(part), qe)).data!.samplingState;
    expect(await score('P-29')).toMatchObject({ switchingScore: 29, eligibleForReduced: false });
    expect(await score('P-30')).toMatchObject({ switchingScore: 30, eligibleForReduced: true });

    const refused = await t.gql(APPROVE, key('P-29'), qe);
    expect(refused.errors?.[0]).toMatchObject({ message: 'The switching score is 29; GB/T 2828.1 normal → reduced needs at least 30', extensions: { code: 'CONFLICT', rule: 'SWITCHING_SCORE_BELOW_30' } });
    expect((await t.gql(APPROVE, key('P-30'), qe)).data?.approveReducedInspection).toEqual({ severity: 'NORMAL' });
  });
});
