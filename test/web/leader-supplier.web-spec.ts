import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@chainq/demo';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const SQE = 'sqe@huaxing-nev.example';
const VIEWER = 'viewer@huaxing-nev.example';
const CASTINGS = 'owner@hengtong-castings.example';
const CASTINGS_NAME = 'Pizhou Hengtong Precision Castings Co., Ltd.';
const STEP_MS = 60_000;
const TEST_MS = 300_000;

/** Every section of the page, by its heading. */
const SECTIONS = ['基本信息', '绩效评分卡', '合格率趋势', '检验批', '纠正措施（8D）记录', '认证证书', '质量管理体系成熟度', '标准签收'];
const ACK_STATUS: Record<string, string> = { PENDING: '待签收', ACKNOWLEDGED: '已签收', ADOPTED: '已采标', DEVIATION_REQUESTED: '偏离申请中', DEVIATION_ACCEPTED: '偏离已同意', DEVIATION_REJECTED: '偏离未同意', SUPERSEDED: '已被新版本替代' };

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const count = (n: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }).format(n);
const percent = (r: number | null) => (r === null ? '—' : new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r));

/** The dashboard's "近 90 天": the last 90 China days to tomorrow, and the same as instants for the 8D metrics. */
function last90Days(): { from: string; to: string; fromInstant: string; toInstant: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const shift = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const [from, to] = [shift(-89), shift(1)];
  const instant = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();
  return { from, to, fromInstant: instant(from), toInstant: instant(to) };
}

interface Scorecard {
  supplierEnterpriseId: string;
  supplierName: string;
  grade: string | null;
  score: number | null;
  lotsInspected: number;
  firstPassYield: number | null;
  ppm: number | null;
  components: { name: string; included: boolean; points: number }[];
}
interface Metrics {
  supplierEnterpriseId: string;
  closed: number;
  closedOnTime: number;
  overdueNow: number;
  meanHoursToContainment: number | null;
}
interface Action {
  id: string;
  requestedAt: string;
  issue: { title: string };
  steps: { step: string; submittedAt: string | null }[];
}

/** The chain leader's page of one supplier: who may open it, and that it shows what the API holds for that supplier. */
describe('web app: a supplier of the chain (chain leader)', () => {
  let world: WebWorld;
  let chainId: string;
  let token: string;
  let castingsId: string;
  beforeAll(async () => {
    world = await WebWorld.start('leader-supplier');
    token = await world.api.login(SQE, DEMO_PASSWORD);
    chainId = (await world.api.gql('{ industryChains(first: 10) { edges { node { id } } } }', {}, token)).data!.industryChains.edges[0].node.id;
    const members = await world.api.gql('query($c: ID!) { industryChain(id: $c) { memberships(first: 50) { edges { node { enterprise { id name } } } } } }', { c: chainId }, token);
    castingsId = (members.data!.industryChain.memberships.edges as { node: { enterprise: { id: string; name: string } | null } }[]).find((e) => e.node.enterprise?.name === CASTINGS_NAME)!.node.enterprise!.id;
  }, 300_000);
  afterAll(() => world?.close());
  const pageAt = async (viewport: typeof PHONE, user: string) => {
    const page = await world.page(viewport);
    page.setDefaultTimeout(STEP_MS);
    await world.signIn(page, user);
    return page;
  };
  const api = async (query: string, variables: Record<string, unknown>) => (await world.api.gql(query, variables, token)).data!;

  it('sends a supplier home, shows the read-only staff every section with nothing to change, and an id that is no supplier of the chain as not found', async () => {
    const supplier = await pageAt(PHONE, CASTINGS);
    await supplier.goto(`/leader/suppliers/${castingsId}`);
    await supplier.waitForURL((url) => url.pathname === '/');
    await supplier.context().close();

    const page = await pageAt(DESKTOP, VIEWER);
    await page.goto(`/leader/suppliers/${castingsId}`);
    await page.getByRole('heading', { level: 1, name: CASTINGS_NAME }).waitFor();
    for (const name of SECTIONS) await section(page, name).getByRole('heading', { level: 2, name }).waitFor();
    await section(page, '纠正措施（8D）记录').locator('tbody tr').first().waitFor();
    await section(page, '标准签收').locator('tbody tr').first().waitFor();
    // Reading and exporting only: no membership move, review, report or distribution from here.
    await section(page, '检验批').getByRole('button', { name: '导出 Excel' }).waitFor();
    expect(await page.getByRole('button', { name: /邀请|暂停|恢复|退出|审核|批准|退回|报告|关闭|取消|下发|发布|保存|提交/ }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);

    // The leader's own enterprise (readable, but no member of its chain), an unknown id and a malformed one.
    const own = (await api('{ me { organisation { id } } }', {})).me.organisation.id as string;
    for (const id of [own, '0b5f7c8e-1d2a-4c3b-9e4f-5a6b7c8d9e0f', 'not-an-id']) {
      await page.goto(`/leader/suppliers/${id}`);
      await page.getByText('没有找到这家供应商').waitFor();
      expect(await page.getByRole('region', { name: '绩效评分卡' }).count()).toBe(0);
    }
    await page.getByRole('button', { name: '返回供应商准入' }).click();
    await page.waitForURL((url) => url.pathname === '/leader/suppliers');
    await page.context().close();
  }, TEST_MS);

  it("opens the castings supplier from the dashboard's scorecard and shows its figures as the API gives them, its lots, 8Ds, certificates, maturity and standards", async () => {
    const days = last90Days();
    const cards = (await api(
      `query($c: ID!, $f: Date!, $t: Date!) { supplierScorecards(chainId: $c, from: $f, to: $t) {
        supplierEnterpriseId supplierName grade score lotsInspected firstPassYield ppm components { name included points } } }`,
      { c: chainId, f: days.from, t: days.to },
    )).supplierScorecards as Scorecard[];
    const card = cards.find((c) => c.supplierEnterpriseId === castingsId)!;
    const metrics = ((await api(
      'query($c: ID!, $f: DateTime!, $t: DateTime!) { correctiveActionMetrics(chainId: $c, from: $f, to: $t) { supplierEnterpriseId closed closedOnTime overdueNow meanHoursToContainment } }',
      { c: chainId, f: days.fromInstant, t: days.toInstant },
    )).correctiveActionMetrics as Metrics[]).find((m) => m.supplierEnterpriseId === castingsId)!;
    const actions = ((await api(
      'query($f: ActionFilterInput!) { correctiveActions(filter: $f, first: 100) { edges { node { id requestedAt issue { title } steps { step submittedAt } } } } }',
      { f: { chainId, supplierEnterpriseId: castingsId } },
    )).correctiveActions.edges as { node: Action }[]).map((e) => e.node);
    const record = (await api('query($id: ID!) { enterprise(id: $id) { uscc certifications { number } maturityHistory { score } } }', { id: castingsId })).enterprise;
    const acks = ((await api('query($c: ID!) { standardDistributions(chainId: $c) { standard { number } revision { version } acknowledgements { recipientEnterpriseId status } } }', { c: chainId }))
      .standardDistributions as { standard: { number: string }; revision: { version: string }; acknowledgements: { recipientEnterpriseId: string; status: string }[] }[])
      .flatMap((d) => d.acknowledgements.filter((a) => a.recipientEnterpriseId === castingsId).map((a) => ({ ...a, number: d.standard.number, version: d.revision.version })));
    const partLots = (await api('query($f: LotFilterInput) { inspectionLots(filter: $f, first: 1) { totalCount } }', { f: { chainId, supplierEnterpriseId: castingsId, partNumber: 'HSG-220' } })).inspectionLots.totalCount as number;
    expect(actions.length).toBeGreaterThan(0);
    expect(acks.length).toBeGreaterThan(0);

    const page = await pageAt(DESKTOP, SQE);
    const scores = page.getByRole('region', { name: /^供应商绩效表/ });
    await page.getByRole('radiogroup', { name: '统计期间' }).getByText('近 90 天', { exact: true }).click();
    // The link carries the period, once the table shows it.
    await scores.locator('a[href*="span=days90"]', { hasText: CASTINGS_NAME }).click();
    await page.waitForURL((url) => url.pathname === `/leader/suppliers/${castingsId}` && url.searchParams.get('span') === 'days90');
    await page.getByRole('heading', { level: 1, name: CASTINGS_NAME }).waitFor();
    await section(page, '基本信息').getByText(record.uscc).waitFor();
    expect(await section(page, '基本信息').textContent()).toMatch(/1 级.*正式供应商/);

    // The scorecard: the supplier's row of the chain's scorecards over the same 90 days.
    const scorecard = section(page, '绩效评分卡');
    await scorecard.locator('[data-figure="lotsInspected"]').waitFor();
    expect(await scorecard.getByRole('radiogroup', { name: '统计期间' }).locator('.ant-segmented-item-selected').textContent()).toBe('近 90 天');
    expect(await scorecard.locator('[data-figure="grade"]').textContent()).toBe(card.grade ?? '数据不足');
    expect(await scorecard.locator('[data-figure="score"]').textContent()).toBe(card.score === null ? '—' : `${card.score.toFixed(1)} 分`);
    expect(await scorecard.locator('[data-figure="lotsInspected"]').textContent()).toBe(count(card.lotsInspected));
    expect(await scorecard.locator('[data-figure="firstPassYield"]').textContent()).toBe(percent(card.firstPassYield));
    expect(await scorecard.locator('[data-figure="ppm"]').textContent()).toBe(card.ppm === null ? '—' : count(Math.round(card.ppm)));
    const components = scorecard.getByRole('region', { name: /^评分构成：/ });
    const names: Record<string, string> = { LOT_PASS_RATE: '批次合格率', FIRST_PASS_YIELD: '一次交检合格率', PPM: '不良率（PPM）', CORRECTIVE_ACTIONS: '纠正措施响应' };
    for (const c of card.components) {
      const row = components.locator('tbody tr', { has: page.getByRole('cell', { name: names[c.name], exact: true }) });
      expect(await row.locator('td').last().textContent()).toBe(c.included ? c.points.toFixed(1) : '—');
    }

    // 8D response times over the same period, and every 8D with a link to its review.
    const eightDs = section(page, '纠正措施（8D）记录');
    const figure = (title: string) => eightDs.locator(`[data-figure="${title}"] .ant-statistic-content`);
    await figure('按时关闭').waitFor();
    expect(await figure('按时关闭').textContent()).toBe(`${metrics.closedOnTime} / ${metrics.closed}`);
    expect(await figure('平均临时围堵用时').textContent()).toBe(metrics.meanHoursToContainment === null ? '—' : `${metrics.meanHoursToContainment.toFixed(1)} 小时`);
    expect((await figure('当前逾期').textContent())?.replace(/\s/g, '')).toBe(`${metrics.overdueNow}项`);
    const rows = eightDs.locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(actions.length);
    for (const a of actions) {
      const d3 = a.steps.find((s) => s.step === 'D3')?.submittedAt;
      const containment = d3 ? `${((Date.parse(d3) - Date.parse(a.requestedAt)) / 3_600_000).toFixed(1)} 小时` : '—';
      await rows.filter({ hasText: a.issue.title }).getByRole('cell', { name: containment, exact: true }).waitFor();
    }

    // Lots of this supplier only: another supplier's part finds nothing; its own finds what the API counts.
    const lots = section(page, '检验批');
    await lots.getByLabel('零件号').fill('BP-48V');
    await lots.getByLabel('零件号').press('Enter');
    await lots.getByText('没有符合条件的检验批').waitFor();
    await lots.getByLabel('零件号').fill('HSG-220');
    await lots.getByLabel('零件号').press('Enter');
    await lots.getByText(`共 ${partLots} 批 · 第 1 页`).waitFor();
    expect(await lots.locator('tbody tr.ant-table-row').count()).toBe(Math.min(20, partLots));
    for (const part of await lots.locator('tbody tr.ant-table-row td:nth-child(2)').allTextContents()) expect(part).toBe('HSG-220');

    // The registry record the supplier shares with the chain, and its answers to the chain's standards.
    for (const c of record.certifications as { number: string }[]) await section(page, '认证证书').getByText(c.number).waitFor();
    const maturity = section(page, '质量管理体系成熟度').locator('table.history-table tbody tr');
    expect(await maturity.count()).toBe(record.maturityHistory.length);
    // Oldest first, as the chart reads.
    expect(await maturity.first().textContent()).toContain(`${record.maturityHistory[0].score.toFixed(1)} 分`);
    expect(await maturity.last().textContent()).toContain(`${record.maturityHistory.at(-1).score.toFixed(1)} 分`);
    const answers = section(page, '标准签收').locator('tbody tr.ant-table-row');
    expect(await answers.count()).toBe(acks.length);
    for (const a of acks) await answers.filter({ hasText: a.number }).filter({ hasText: ACK_STATUS[a.status] }).getByRole('cell', { name: a.version, exact: true }).waitFor();

    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-supplier');

    // An 8D opens the leader's review of it.
    const open = actions[0];
    await rows.filter({ hasText: open.issue.title }).getByRole('link', { name: open.issue.title }).click();
    await page.waitForURL((url) => url.pathname === `/leader/actions/${open.id}`);
    await page.getByRole('heading', { level: 1, name: `供应商：${CASTINGS_NAME}` }).waitFor();
    await page.context().close();
  }, TEST_MS);

  it('opens from the onboarding list on a phone, with cards instead of tables', async () => {
    const page = await pageAt(PHONE, SQE);
    await page.goto('/leader/suppliers?status=ACTIVE');
    await page.getByRole('link', { name: CASTINGS_NAME }).click();
    await page.waitForURL((url) => url.pathname === `/leader/suppliers/${castingsId}`);
    await page.getByRole('heading', { level: 1, name: CASTINGS_NAME }).waitFor();
    await section(page, '绩效评分卡').locator('[data-figure="lotsInspected"]').waitFor();
    await section(page, '纠正措施（8D）记录').getByRole('listitem').getByRole('link').first().waitFor();
    await section(page, '标准签收').getByRole('listitem').getByRole('link').first().waitFor();
    await section(page, '检验批').getByRole('listitem').first().waitFor();
    for (const name of ['检验批', '纠正措施（8D）记录', '标准签收']) expect(await section(page, name).locator('table').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-supplier');
    await page.context().close();
  }, TEST_MS);
});
