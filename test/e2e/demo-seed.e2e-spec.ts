import { DataSource } from 'typeorm';
import { chinaDay, chinaMidnight } from '@chainq/core';
import { daysAgo, DEMO_ENTERPRISES, DEMO_PASSWORD, DemoSeeder } from '@chainq/demo';
import { demoApp } from '../support/demo-app';
import { TestApp } from '../support/test-app';

/** `npm start` seeds this world on first start: it must build, and be what the README says. */
describe('the demo world', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await demoApp('chainq_demo_seed');
  });
  afterAll(() => t.close());

  it('seeds once, and every printed login signs in', async () => {
    const first = await t.get(DemoSeeder).seed();
    expect(first.created).toBe(true);
    expect((await t.get(DemoSeeder).seed()).created).toBe(false);
    for (const login of first.logins) await expect(t.login(login.email, DEMO_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('shows a coordinator the Anping cluster, the NEV chain at every stage, and a common problem', async () => {
    const coordinator = await t.login('coordinator@hebei-amr.example', DEMO_PASSWORD);
    const clusters = (await t.gql('{ industryClusters { edges { node { id name memberCount } } } }', {}, coordinator)).data?.industryClusters.edges;
    expect(clusters.map((e: { node: { name: string; memberCount: number } }) => [e.node.name, e.node.memberCount])).toEqual([['Anping wire mesh cluster', 6]]);
    const problems = await t.gql('query($c: ID!) { commonProblems(clusterId: $c, from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { defectCode suppliers } }', { c: clusters[0].node.id }, coordinator);
    expect(problems.data?.commonProblems).toEqual([{ defectCode: 'WLD-POR', suppliers: 4 }]);

    const leader = await t.login('sqe@huaxing-nev.example', DEMO_PASSWORD);
    const chain = (await t.gql('{ industryChains { edges { node { memberships { edges { node { tier status } } } } } } }', {}, leader)).data?.industryChains.edges[0].node;
    expect(chain.memberships.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE', 'ONBOARDING', 'INVITED']);
    // The filter-mesh maker's qualification came back with reasons, for it to fix and resubmit.
    const filterShop = await t.login('owner@hongda-filter.example', DEMO_PASSWORD);
    const returned = (await t.gql('{ myMemberships { status latestQualification { decision decisionReasons } } }', {}, filterShop)).data?.myMemberships[0];
    expect(returned).toEqual({ status: 'ONBOARDING', latestQualification: { decision: 'RETURNED', decisionReasons: [expect.stringContaining('ISO 9001'), expect.any(String)] } });
    const actions = (await t.gql('{ correctiveActions { edges { node { status shared escalationLevel } } } }', {}, leader)).data?.correctiveActions.edges.map((e: { node: unknown }) => e.node);
    expect(actions).toEqual(expect.arrayContaining([{ status: 'EFFECTIVE', shared: true, escalationLevel: 0 }, expect.objectContaining({ status: 'OPEN', escalationLevel: 2 })]));
    const figures = (await t.gql('{ standardDistributions { revision { version } stats { adopted deviations } } }', {}, leader)).data?.standardDistributions;
    expect(figures[0]).toEqual({ revision: { version: 'B' }, stats: { adopted: 1, deviations: 1 } });

    // Two years of lots: the castings shop's first-pass yield climbs from about 90% to about 98%.
    const chainId = (await t.gql('{ industryChains { edges { node { id } } } }', {}, leader)).data?.industryChains.edges[0].node.id;
    const castings = (await t.gql('{ enterprises(filter: { text: "Hengtong" }) { edges { node { id } } } }', {}, leader)).data?.enterprises.edges[0].node.id;
    // Burrs and dimensions out of tolerance are each common to two of its suppliers; the library holds effective burr 8Ds
    // of its own chain and, shared, of the fence chain, which the library gives without the supplier's name.
    const common = await t.gql('query($c: ID!) { commonProblems(chainId: $c, from: "2020-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z") { defectCode suppliers } }', { c: chainId }, leader);
    expect(common.data?.commonProblems).toEqual([{ defectCode: 'DIM-OOT', suppliers: 2 }, { defectCode: 'SUR-BUR', suppliers: 2 }]);
    const library = (await t.gql('{ solutionLibrary(defectCode: "SUR-BUR") { issueTitle } }', {}, leader)).data?.solutionLibrary;
    expect(library.map((s: { issueTitle: string }) => s.issueTitle).sort()).toEqual(['Sharp burrs on battery tray cut-outs', 'Sharp wire ends on welded fence panels']);
    const series = (await t.gql('query($id: String!) { passRateSeries(scope: { kind: CHAIN_SUPPLIER, id: $id }, period: MONTH, from: "2020-01-01", to: "2100-01-01", stage: SPECIAL) { firstPassYield } }', { id: `${chainId}:${castings}` }, leader)).data?.passRateSeries;
    expect(series.length).toBeGreaterThanOrEqual(24);
    const mean = (xs: { firstPassYield: number }[]) => xs.reduce((a, p) => a + p.firstPassYield, 0) / xs.length;
    expect(mean(series.slice(0, 6))).toBeLessThan(0.94);
    expect(mean(series.slice(-6))).toBeGreaterThan(0.95);

    // The mesh maker slipped below the chain's 92% target: the policy raised one issue, with its rejected lots, and asked it for an 8D.
    const raised = await t.get(DataSource).query(
      `SELECT o.name, b.rule, (SELECT count(*)::int FROM quality_issue_lots q WHERE q.issue_id = b.issue_id) AS lots
         FROM pass_rate_breaches b JOIN organisations o ON o.id = b.supplier_enterprise_id WHERE b.chain_id = $1`,
      [chainId],
    );
    expect(raised).toEqual([{ name: expect.stringContaining('Mesh'), rule: 'LOT_PASS_RATE', lots: expect.any(Number) }]);
    expect(raised[0].lots).toBeGreaterThan(0);

    // The Xuzhou coordinator sees the Pizhou castings cluster's first-pass yield rise over the two years.
    const xuzhou = await t.login('coordinator@xuzhou-amr.example', DEMO_PASSWORD);
    const pizhou = (await t.gql('{ industryClusters { edges { node { id name } } } }', {}, xuzhou)).data?.industryClusters.edges.find((e: { node: { name: string } }) => e.node.name.startsWith('Pizhou')).node.id;
    const overview = await t.gql('query($c: ID!) { clusterOverview(clusterId: $c, from: "2020-01-01", to: "2100-01-01") { trend { month firstPassYield } } }', { c: pizhou }, xuzhou);
    expect(overview.errors).toBeUndefined();
    const trend = overview.data?.clusterOverview.trend;
    expect(trend.length).toBeGreaterThanOrEqual(24);
    expect(mean(trend.slice(-6))).toBeGreaterThan(mean(trend.slice(0, 6)) + 0.03);
  });

  it("shows the leader the battery pack earning reduced inspection, approved, and its switches since, with the lot behind each", async () => {
    const leader = await t.login('sqe@huaxing-nev.example', DEMO_PASSWORD);
    const chainId = (await t.gql('{ industryChains { edges { node { id } } } }', {}, leader)).data?.industryChains.edges[0].node.id;
    const states = await t.gql('query($c: ID!) { samplingStates(chainId: $c, first: 10) { edges { node { partNumber history { event severity lotNumber actorName occurredAt } } } } }', { c: chainId }, leader);
    expect(states.errors).toBeUndefined();
    const battery = states.data?.samplingStates.edges.map((e: { node: unknown }) => e.node).find((n: { partNumber: string }) => n.partNumber === 'BP-48V');
    const oldestFirst = [...battery.history].reverse();
    const approval = oldestFirst.findIndex((h: { event: string }) => h.event === 'REDUCED_APPROVED');
    expect(approval).toBeGreaterThanOrEqual(0);
    expect(oldestFirst[approval].actorName).toEqual(expect.any(String));
    expect(oldestFirst[approval + 1]).toMatchObject({ event: 'NORMAL_TO_REDUCED', severity: 'REDUCED', lotNumber: expect.stringMatching(/^BP-48V-/) });
    // The approval is dated in the part's own history, the day after the lot that made it eligible.
    expect(Date.parse(oldestFirst[approval].occurredAt)).toBeLessThan(Date.parse(oldestFirst[approval + 1].occurredAt));
  });

  it("shows the leader the castings shop's calipers stopped under tightened inspection, resumed after the bore 8D, and back to normal", async () => {
    const leader = await t.login('sqe@huaxing-nev.example', DEMO_PASSWORD);
    const chainId = (await t.gql('{ industryChains { edges { node { id } } } }', {}, leader)).data?.industryChains.edges[0].node.id;
    const states = await t.gql('query($c: ID!) { samplingStates(chainId: $c, first: 10) { edges { node { partNumber severity discontinued history { event actorName occurredAt } } } } }', { c: chainId }, leader);
    const calipers = states.data?.samplingStates.edges.map((e: { node: unknown }) => e.node).find((n: { partNumber: string }) => n.partNumber === 'CAL-60');
    expect(calipers).toMatchObject({ severity: 'NORMAL', discontinued: false });
    const events = [...calipers.history].reverse();
    expect(events.map((h: { event: string }) => h.event)).toEqual(['NORMAL_TO_TIGHTENED', 'DISCONTINUED', 'RESUMED', 'TIGHTENED_TO_NORMAL']);
    expect(events[2].actorName).toEqual(expect.any(String));
    // Resumed after the bore 8D was raised, which the supplier answered while the part was stopped.
    const bore = await t.gql('{ qualityIssues(first: 50) { edges { node { title detectedAt } } } }', {}, leader);
    const raised = bore.data?.qualityIssues.edges.map((e: { node: { title: string; detectedAt: string } }) => e.node).find((n: { title: string }) => n.title.startsWith('Brake caliper bore'));
    expect(Date.parse(events[1].occurredAt)).toBeLessThan(Date.parse(raised.detectedAt));
    expect(Date.parse(raised.detectedAt)).toBeLessThan(Date.parse(events[2].occurredAt));
  });

  it("dates the world's history, so the programme's figures have a year before to compare with", async () => {
    const year = Number(chinaDay().slice(0, 4));
    const yearStart = chinaMidnight(`${year}-01-01`).getTime();
    const OUTCOMES = `query($id: String!, $y: Int!) { programOutcomes(scope: { kind: REGION, id: $id }, year: $y) {
      current { enterprisesCovered certificatesGained } previous { enterprisesCovered certificatesGained } } }`;
    const inRegion = (prefix: string) => DEMO_ENTERPRISES.filter((e) => e.regionCode.startsWith(prefix));
    const registeredBy = (prefix: string, end: number) => inRegion(prefix).filter((e) => daysAgo(e.registeredDaysAgo).getTime() < end).length;
    const issuedIn = (prefix: string, from: number, to: number) =>
      inRegion(prefix).flatMap((e) => e.certifications).filter((c) => ((t) => t >= from && t < to)(chinaMidnight(chinaDay(new Date(), c.expiresInDays - 3 * 365)).getTime())).length;
    const lastYearStart = chinaMidnight(`${year - 1}-01-01`).getTime();
    for (const [login, region] of [['coordinator@xuzhou-amr.example', '3203'], ['coordinator@hebei-amr.example', '1311']] as const) {
      const token = await t.login(login, DEMO_PASSWORD);
      const res = await t.gql(OUTCOMES, { id: `${region}00`, y: year }, token);
      expect(res.errors).toBeUndefined();
      const { current, previous } = res.data!.programOutcomes;
      expect([region, previous.enterprisesCovered]).toEqual([region, registeredBy(region, yearStart)]);
      expect([region, current.enterprisesCovered]).toEqual([region, registeredBy(region, Date.now())]);
      expect([region, previous.certificatesGained, current.certificatesGained]).toEqual([region, issuedIn(region, lastYearStart, yearStart), issuedIn(region, yearStart, Date.now())]);
      expect(previous.enterprisesCovered).toBeGreaterThan(0);
    }
  });

  it("gives the Xuzhou coordinator the machining shop's pending claim to review, and nobody a login for it yet", async () => {
    const CLAIMS = '{ enterpriseClaims { status claimantName enterpriseName chainName } }';
    const xuzhou = await t.login('coordinator@xuzhou-amr.example', DEMO_PASSWORD);
    expect((await t.gql(CLAIMS, {}, xuzhou)).data?.enterpriseClaims).toEqual([
      { status: 'PENDING', claimantName: 'Xu Gang (general manager)', enterpriseName: 'Pizhou Xinyuan Machining Co., Ltd.', chainName: expect.any(String) },
    ]);
    const hebei = await t.login('coordinator@hebei-amr.example', DEMO_PASSWORD);
    expect((await t.gql(CLAIMS, {}, hebei)).data?.enterpriseClaims).toEqual([]);
    await expect(t.login('quality@machining.example', DEMO_PASSWORD)).rejects.toThrow(/login failed/);
  });

  it("shows the wire-mesh maker's profile shared with a bank through the banner's link, naming only the chain whose leader allows it", async () => {
    const { sharedProfileLink } = await t.get(DemoSeeder).seed();
    expect(sharedProfileLink).toMatch(/\/verify\/[A-Za-z0-9_-]{43}$/);
    const opened = await t.http.get(`${new URL(sharedProfileLink!).pathname}.json`);
    expect(opened.status).toBe(200);
    expect(opened.body.payload.share.recipient).toBe('Bank of Hebei, Anping branch');
    expect(opened.body.payload.profile.chains.map((c: { name: string | null }) => c.name)).toEqual(['Huaxing NEV body and battery supply chain']);
    // Two years of the leader's incoming inspections before the chain came onto ChainQ: that long supplied, not zero months.
    expect(opened.body.payload.profile.chains[0].monthsSupplied).toBeGreaterThanOrEqual(23);
    const owner = await t.login('owner@jinsheng-mesh.example', DEMO_PASSWORD);
    const shares = (await t.gql('{ profileShares { recipient revokedAt views { viewerName } } }', {}, owner)).data?.profileShares;
    expect(shares.map((s: { recipient: string; revokedAt: string | null }) => [s.recipient, s.revokedAt === null])).toEqual([
      ['Bank of Hebei, Anping branch', true],
      ['Hengshui Lutong Highway Facilities', false],
    ]);
    // Two views seeded, and the one just made.
    expect(shares[0].views.map((v: { viewerName: string | null }) => v.viewerName)).toEqual([null, 'Wang Jun, credit officer', null]);
  });
});
