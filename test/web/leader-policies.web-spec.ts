import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@chainq/demo';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const SQE = 'sqe@huaxing-nev.example';
const VIEWER = 'viewer@huaxing-nev.example';
const SUPPLIER = 'owner@hengtong-castings.example';
/** The machine running these is shared and often slow: give each step and test room. */
const STEP_MS = 60_000;
const TEST_MS = 300_000;
const SAVE = /^保\s*存$/;

const POLICY = `query($c: ID!) { passRatePolicy(chainId: $c) { stage windowDays minLots minLotPassRate maxPpm fallbackDefectCode
  scorecardWeights { lotPassRate firstPassYield ppm correctiveActions ppmAtZeroScore } gradeBands { A B C } } }`;

/** GraphQL operation names the page sent, to prove what it asked for (or did not). */
function operationsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql')) names.push(/"operationName":"(\w+)"/.exec(r.postData() ?? '')?.[1] ?? '');
  });
  return names;
}

/** The chain leader's policies page: pass-rate thresholds, scorecard weights and grade bands, each explained as it is typed. */
describe('web app: chain leader policies', () => {
  let world: WebWorld;
  let token: string;
  let chainId: string;
  beforeAll(async () => {
    world = await WebWorld.start('leader-policies');
    token = await world.api.login(SQE, DEMO_PASSWORD);
    const answer = await world.api.gql('{ me { organisation { id } } industryChains(first: 10) { edges { node { id leaderEnterpriseId } } } }', {}, token);
    const led = (answer.data!.industryChains.edges as { node: { id: string; leaderEnterpriseId: string } }[]).find((e) => e.node.leaderEnterpriseId === answer.data!.me.organisation.id);
    chainId = led!.node.id;
  }, 300_000);
  afterAll(() => world?.close());

  const pageAt = (viewport: typeof PHONE) => world.page(viewport, { timeout: STEP_MS });
  const policy = async () => (await world.api.gql(POLICY, { c: chainId }, token)).data!.passRatePolicy;
  const section = (page: Page, title: string) => page.getByRole('region', { name: title });

  it("sends a supplier home without asking for a policy, and shows the leader's read-only staff the policies with nothing to change", async () => {
    const supplier = await pageAt(PHONE);
    const operations = operationsOf(supplier);
    await world.signIn(supplier, SUPPLIER);
    await supplier.goto('/leader/policies');
    await supplier.waitForURL((url) => url.pathname === '/');
    await supplier.getByRole('button', { name: '用户菜单' }).waitFor();
    expect(await supplier.getByText('质量规则').count()).toBe(0);
    expect(operations.filter((o) => /PassRatePolicy/.test(o))).toEqual([]);
    await supplier.context().close();

    const page = await pageAt(DESKTOP);
    await world.signIn(page, VIEWER);
    await page.goto('/leader/policies');
    await page.getByRole('heading', { level: 1, name: '质量规则' }).waitFor();
    await page.getByText('您的账号只能查看质量规则').waitFor();
    // The demo chain's policy: special inspection (专检) at 92% over 30 days, at least 5 lots.
    const thresholds = section(page, '合格率门槛');
    expect(await thresholds.getByLabel('批次合格率门槛（%）').inputValue()).toBe('92.0');
    expect(await thresholds.locator('.policy-effect').textContent()).toContain('按最近 30 天专检的批次：批次合格率低于 92.0% 且至少 5 批时，自动立一个质量问题');
    expect(await section(page, '评分卡权重').getByLabel('不良率（PPM）权重（%）').inputValue()).toBe('30.0');
    expect(await section(page, '等级划分').getByLabel('A 级最低分').inputValue()).toBe('90.0');
    for (const label of ['批次合格率门槛（%）', '统计天数', '最少批次', '缺陷代码（批次未注明时）', '批次合格率权重（%）', 'A 级最低分']) {
      expect(await page.getByLabel(label).isDisabled()).toBe(true);
    }
    expect(await page.getByRole('button', { name: SAVE }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  }, TEST_MS);

  it('lets the quality engineer raise the lot pass-rate threshold, explaining its effect as it is typed, and keeps it', async () => {
    const page = await pageAt(DESKTOP);
    const operations = operationsOf(page);
    await world.signIn(page, SQE);
    await page.getByRole('navigation', { name: '主菜单' }).getByText('质量规则').click();
    await page.waitForURL((url) => url.pathname === '/leader/policies');
    const thresholds = section(page, '合格率门槛');
    const rate = thresholds.getByLabel('批次合格率门槛（%）');
    expect(await rate.inputValue()).toBe('92.0');
    expect(await accessibilityProblems(page)).toEqual([]);

    const effect = thresholds.locator('.policy-effect');
    await rate.fill('9');
    await effect.getByText('批次合格率低于 9.0% 且至少 5 批时').waitFor();
    await rate.pressSequentially('5');
    await effect.getByText('按最近 30 天专检的批次：批次合格率低于 95.0% 且至少 5 批时，自动立一个质量问题（严重度：主要）并要求供应商 8D').waitFor();
    await thresholds.getByText('低于 95.0% 时立项').waitFor();
    await thresholds.getByLabel('最少批次').fill('8');
    await effect.getByText('批次合格率低于 95.0% 且至少 8 批时').waitFor();
    await thresholds.getByLabel('不良率门槛（PPM）').fill('2500');
    await effect.getByText('批次合格率低于 95.0% 或不良率高于 2,500 PPM 且至少 8 批时').waitFor();
    await thresholds.getByLabel('不良率门槛（PPM）').clear();
    await effect.getByText('批次合格率低于 95.0% 且至少 8 批时').waitFor();

    await thresholds.getByRole('button', { name: SAVE }).click();
    await thresholds.getByText('已保存。下一次检查起按新的门槛判定。').waitFor();
    expect(await rate.inputValue()).toBe('95.0');
    expect(await thresholds.getByLabel('最少批次').inputValue()).toBe('8');
    expect(operations).toContain('LeaderSetPassRatePolicy');
    // Sent as a fraction; the other sections' values are untouched.
    expect(await policy()).toMatchObject({ minLotPassRate: 0.95, minLots: 8, maxPpm: null, windowDays: 30, stage: 'SPECIAL', scorecardWeights: null, gradeBands: null });
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-policies');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '质量规则' }).waitFor();
    expect(await section(page, '合格率门槛').getByLabel('批次合格率门槛（%）').inputValue()).toBe('95.0');
    await section(page, '合格率门槛').locator('.policy-effect').getByText('批次合格率低于 95.0% 且至少 8 批时').waitFor();
    await page.context().close();
  }, TEST_MS);

  it('refuses weights that do not add up to 100% before sending them, then saves them once they do', async () => {
    const page = await pageAt(DESKTOP);
    const operations = operationsOf(page);
    await world.signIn(page, SQE);
    await page.goto('/leader/policies');
    const weights = section(page, '评分卡权重');
    await weights.getByLabel('批次合格率权重（%）').fill('35');
    await weights.getByText('多了 10.0%').waitFor();
    await weights.getByText('占总分 35.0%').waitFor();
    await weights.getByRole('button', { name: SAVE }).click();
    await weights.getByText('四项权重合计须为 100%，现在是 110.0%').waitFor();
    expect(operations).not.toContain('LeaderSetPassRatePolicy');
    expect((await policy()).scorecardWeights).toBeNull();
    expect(await accessibilityProblems(page)).toEqual([]);

    await weights.getByLabel('纠正措施响应权重（%）').fill('10');
    await weights.getByText('合计正好 100%').waitFor();
    await weights.getByText('四项权重合计须为 100%', { exact: false }).waitFor({ state: 'detached' });
    await weights.getByLabel('不良率 0 分线（PPM）').fill('5000');
    await weights.getByText('例如 1,000 PPM 得这一项的 80%').waitFor();
    await weights.getByRole('button', { name: SAVE }).click();
    await weights.getByText('已保存。评分卡从现在起按新的权重计算。').waitFor();
    expect(await weights.getByLabel('批次合格率权重（%）').inputValue()).toBe('35.0');
    expect((await policy()).scorecardWeights).toEqual({ lotPassRate: 0.35, firstPassYield: 0.25, ppm: 0.3, correctiveActions: 0.1, ppmAtZeroScore: 5000 });
    await page.context().close();
  }, TEST_MS);

  it('keeps grade bands in order on a phone: a band not below the one above is refused next to it, and nothing is saved', async () => {
    const page = await pageAt(PHONE);
    const operations = operationsOf(page);
    await world.signIn(page, SQE);
    await page.goto('/leader/policies');
    const bands = section(page, '等级划分');
    await bands.getByLabel('B 级最低分').fill('92');
    await bands.getByText('总分 92 分及以上、低于 90 分为 B 级。').waitFor();
    await bands.getByRole('button', { name: SAVE }).click();
    await bands.getByText('须低于 A 级的最低分（90 分）').waitFor();
    expect(operations).not.toContain('LeaderSetPassRatePolicy');
    expect((await policy()).gradeBands).toBeNull();
    expect(await accessibilityProblems(page)).toEqual([]);

    await bands.getByLabel('A 级最低分').fill('95');
    await bands.getByText('须低于 A 级的最低分', { exact: false }).waitFor({ state: 'detached' });
    await bands.getByLabel('C 级最低分').fill('75');
    await bands.getByText('总分低于 75 分为 D 级。').waitFor();
    await bands.getByRole('button', { name: SAVE }).click();
    await bands.getByText('已保存。评分卡从现在起按新的等级划分。').waitFor();
    expect((await policy()).gradeBands).toEqual({ A: 95, B: 92, C: 75 });
    await page.getByRole('heading', { level: 1, name: '质量规则' }).scrollIntoViewIfNeeded();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-policies');
    await page.context().close();
  }, TEST_MS);

  it('keeps 8D deadlines in order: a root cause due after closure is refused in Chinese and nothing is saved; a good change is saved and explained', async () => {
    const CLOCKS = 'query($c: ID!) { correctiveActionPolicies(chainId: $c) { severity custom rootCauseDays closureDays } }';
    const major = async () => ((await world.api.gql(CLOCKS, { c: chainId }, token)).data!.correctiveActionPolicies as { severity: string }[]).find((p) => p.severity === 'MAJOR');
    const before = await major();
    const page = await pageAt(DESKTOP);
    await world.signIn(page, SQE);
    await page.goto('/leader/policies');
    const clocks = section(page, '纠正措施期限');
    const row = clocks.locator('fieldset', { hasText: '主要问题' });
    await row.getByLabel('根本原因（D4）').fill('40');
    await clocks.getByRole('button', { name: SAVE }).click();
    await row.getByText('期限须依次不早于前一步').waitFor();
    expect(await major()).toEqual(before);

    await row.getByLabel('纠正并关闭（D5–D7）').fill('45');
    await row.getByText('期限须依次不早于前一步').waitFor({ state: 'detached' });
    await row.getByText(/40 天内找到根本原因，45 天内完成纠正/).waitFor();
    await clocks.getByRole('button', { name: SAVE }).click();
    await clocks.getByText('期限已保存，新的 8D 按新期限计时。').waitFor();
    expect(await major()).toEqual({ severity: 'MAJOR', custom: true, rootCauseDays: 40, closureDays: 45 });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  }, TEST_MS);
});
