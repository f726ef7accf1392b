import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@chainq/demo';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const XUZHOU = 'coordinator@xuzhou-amr.example';
const HEBEI = 'coordinator@hebei-amr.example';
const SUPPLIER = 'owner@hengtong-castings.example';
const LEADER = 'sqe@huaxing-nev.example';
const CASTINGS_NAME = 'Pizhou Hengtong Precision Castings Co., Ltd.';
const STEP_MS = 60_000;
const TEST_MS = 300_000;

const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name, exact: typeof name === 'string' });
const count = (n: number) => new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }).format(n);
const percent = (r: number | null) => (r === null ? '—' : new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r));
const monthName = (month: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(new Date(`${month}-01T00:00:00Z`));

/** The console's period: the last twelve whole China months, this one included ([first day, first day of next month)), and the China year. */
function consolePeriod(): { from: string; to: string; year: number } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m] = today.split('-').map(Number);
  const first = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10);
  return { from: first(y, m - 11), to: first(y, m + 1), year: y };
}

/** GraphQL operation names the page asked for, to prove a refused page fetched no figures. */
function operationsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql')) names.push(/"operationName":"(\w+)"/.exec(r.postData() ?? '')?.[1] ?? '');
  });
  return names;
}

/** The figure a statistic card shows, by its title. */
async function figure(within: Locator, title: string): Promise<string> {
  const card = within.locator('.stat-card').filter({ has: within.page().locator('.stat-title', { hasText: title }) }).first();
  return (await card.locator('.ant-statistic-content').textContent())!.trim();
}

const CONSOLE = `query($code: String!, $from: Date!, $to: Date!, $year: Int!) {
  regionOverview(regionCode: $code, from: $from, to: $to) { name enterprises sizeClasses { sizeClass enterprises } sizeUnknown certifiedEnterprises
    maturityLevels { level enterprises } notAssessed trend { month lotsInspected lotPassRate firstPassYield }
    pilot { targetLotPassRate targetFirstPassYield baselineFirstPassYield } issues { opened closed openNow overdueNow } commonProblems { defectCode sharedSolution } }
  programOutcomes(scope: { kind: REGION, id: $code }, year: $year) { current { year lotPassRate firstPassYield unitPassRate problemsSolved certificatesGained maturityRose } }
}`;

/** The coordinator's region console: who may open it, the drill-down from a prefecture to a county, and its figures as the API answers them. */
describe('web app: region console (coordinator)', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('coordinator-region');
  }, 300_000);
  afterAll(() => world?.close());
  const pageAt = async (viewport: typeof PHONE, user: string) => {
    const page = await world.page(viewport);
    page.setDefaultTimeout(STEP_MS);
    await world.signIn(page, user);
    return page;
  };

  it("sends a supplier and a leader opening /region home, and refuses the Hebei coordinator Xuzhou's county without asking for its figures", async () => {
    for (const user of [SUPPLIER, LEADER]) {
      const page = await pageAt(PHONE, user);
      const operations = operationsOf(page);
      await page.goto('/region');
      await page.waitForURL((url) => !url.pathname.startsWith('/region'));
      await page.getByRole('button', { name: '用户菜单' }).waitFor();
      expect(operations.filter((o) => /^(Region|SubRegions)/.test(o))).toEqual([]);
      await page.context().close();
    }

    const page = await pageAt(DESKTOP, HEBEI);
    const operations = operationsOf(page);
    await page.goto('/region/areas/320382');
    await page.getByRole('heading', { name: '无权查看该地区' }).waitFor();
    const refusal = page.locator('main');
    await refusal.locator('.refused-watched', { hasText: '河北省' }).waitFor();
    expect(await refusal.textContent()).toContain('地区 320382 不在您负责的范围内，这里不显示它的数据。');
    expect(await refusal.textContent()).toContain('您负责的地区：河北省');
    expect(await page.getByText('邳州市').count()).toBe(0);
    expect(operations.filter((o) => /^(RegionConsole|SubRegions|RegionEnterprises)$/.test(o))).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    // The way back leads to its own region.
    await page.getByRole('button', { name: '返回我负责的地区' }).click();
    await page.getByRole('heading', { level: 1, name: '区域质量概览：河北省' }).waitFor();
    await page.context().close();
  }, TEST_MS);

  it('drills the Xuzhou coordinator from 徐州市 down to 邳州市 through the table, each with the figures the API answers', async () => {
    const token = await world.api.login(XUZHOU, DEMO_PASSWORD);
    const period = consolePeriod();
    const ask = async (code: string) => (await world.api.gql(CONSOLE, { code, ...period }, token)).data!;
    const [xuzhou, pizhou] = [await ask('320300'), await ask('320382')];
    const areas = (await world.api.gql('query($c: String!, $f: Date!, $t: Date!) { subRegionFigures(regionCode: $c, from: $f, to: $t) { code name lotPassRate enterprises } }', { c: '320300', f: period.from, t: period.to }, token)).data!.subRegionFigures as { code: string; name: string; lotPassRate: number | null; enterprises: number }[];

    const page = await pageAt(DESKTOP, XUZHOU);
    await page.waitForURL(/\/region$/);
    await page.getByRole('heading', { level: 1, name: '区域质量概览：徐州市' }).waitFor();
    const outcomes = section(page, `${period.year}年成效`);
    expect(await figure(outcomes, '批次合格率')).toBe(percent(xuzhou.programOutcomes.current.lotPassRate));
    expect(await figure(outcomes, '一次交检合格率')).toBe(percent(xuzhou.programOutcomes.current.firstPassYield));
    // The sub-regions side by side: every county of Xuzhou, Pizhou's figures as the API gives them.
    const compared = section(page, '下级地区对比');
    const table = compared.getByRole('region', { name: /^徐州市各下级地区：/ });
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await table.locator('tbody tr.ant-table-row').count()).toBe(areas.length);
    const pizhouRow = table.locator('tbody tr.ant-table-row', { hasText: '邳州市' });
    const pizhouArea = areas.find((a) => a.code === '320382')!;
    expect(await pizhouRow.textContent()).toContain(percent(pizhouArea.lotPassRate));
    expect(await compared.getByRole('img', { name: /徐州市各下级地区的批次合格率柱状图/ }).count()).toBe(1);
    await section(page, '企业名录').getByRole('link', { name: CASTINGS_NAME }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'coordinator-region');
    await compared.getByRole('radiogroup', { name: '比较指标' }).getByText('企业数', { exact: true }).click();
    await compared.getByRole('region', { name: /^徐州市各下级地区：企业数/ }).waitFor();
    expect(await table.locator('tbody tr.ant-table-row').first().textContent()).toContain(areas.reduce((a, b) => (b.enterprises > a.enterprises ? b : a)).name);

    await pizhouRow.getByRole('link', { name: '邳州市' }).click();
    await page.waitForURL(/\/region\/areas\/320382$/);
    await page.getByRole('heading', { level: 1, name: '区域质量概览：邳州市' }).waitFor();
    const path = page.getByRole('navigation', { name: '地区层级' });
    await path.getByRole('link', { name: '徐州市' }).waitFor();
    expect(await path.textContent()).toContain('邳州市');
    // A county has nothing below it.
    expect(await section(page, '下级地区对比').count()).toBe(0);

    const o = pizhou.regionOverview;
    const c = pizhou.programOutcomes.current;
    const pizhouOutcomes = section(page, `${period.year}年成效`);
    expect(await figure(pizhouOutcomes, '批次合格率')).toBe(percent(c.lotPassRate));
    expect(await figure(pizhouOutcomes, '一次交检合格率')).toBe(percent(c.firstPassYield));
    expect(await figure(pizhouOutcomes, '产品合格率')).toBe(percent(c.unitPassRate));
    expect(await figure(pizhouOutcomes, '解决质量问题')).toBe(`${count(c.problemsSolved)}个`);
    expect(await figure(pizhouOutcomes, '新获认证证书')).toBe(`${count(c.certificatesGained)}张`);

    const sizes = section(page, '企业规模');
    const SIZE_NAMES: Record<string, string> = { LARGE: '大型', MEDIUM: '中型', SMALL: '小型', MICRO: '微型' };
    for (const s of o.sizeClasses) expect(await sizes.locator('tbody tr', { hasText: SIZE_NAMES[s.sizeClass] }).textContent()).toContain(`${s.enterprises} 家`);
    expect(await section(page, '认证情况').textContent()).toContain(`${o.certifiedEnterprises} 家`);
    const maturity = section(page, '质量管理体系成熟度');
    expect(await maturity.locator('[data-figure="maturity-rose"]').textContent()).toBe(
      c.maturityRose ? `${period.year}年以来 ${c.maturityRose} 家企业成熟度提升至少一级` : `${period.year}年以来还没有企业的成熟度等级提升`,
    );

    // The trend with the pilot's target: the chart says so, the table behind it lists the months, the baseline and the target.
    const trend = section(page, '合格率趋势');
    expect(o.pilot?.targetFirstPassYield).not.toBeNull();
    const chart = trend.getByRole('img', { name: /邳州市近 12 个月批次合格率和一次交检合格率折线图/ });
    expect(await chart.getAttribute('aria-label')).toContain(`一次交检合格率 试点基线 ${percent(o.pilot!.baselineFirstPassYield!)}，试点目标 ${percent(o.pilot!.targetFirstPassYield!)}`);
    await trend.getByRole('button', { name: '显示数据表' }).click();
    const data = trend.getByRole('region', { name: '邳州市各月合格率（近 12 个月）' });
    expect(o.trend.length).toBeGreaterThan(6);
    for (const m of o.trend) {
      const row = data.locator('tbody tr', { has: page.getByRole('cell', { name: monthName(m.month), exact: true }) });
      expect(await row.textContent()).toContain(percent(m.firstPassYield));
    }
    const target = data.locator('tbody tr', { hasText: '试点目标' });
    expect(await target.textContent()).toContain(percent(o.pilot!.targetFirstPassYield!));

    const issues = section(page, '质量问题与纠正措施');
    expect(await figure(issues, '新发现')).toBe(`${count(o.issues.opened)}个`);
    expect(await figure(issues, '已关闭')).toBe(`${count(o.issues.closed)}个`);
    expect(await figure(issues, '已逾期')).toBe(`${count(o.issues.overdueNow)}个`);
    const problems = section(page, '共性质量问题');
    if (o.commonProblems.length) expect(await problems.locator('tbody tr.ant-table-row').count()).toBe(Math.min(10, o.commonProblems.length));
    else await problems.getByText('近 12 个月没有共性质量问题').waitFor();
    const cluster = section(page, '产业集群').getByRole('link', { name: 'Pizhou precision castings cluster' });
    expect(await cluster.getAttribute('href')).toMatch(/^\/region\/clusters\/[0-9a-f-]{36}$/);
    expect(await accessibilityProblems(page)).toEqual([]);

    // The enterprise list leads to the castings shop's read-only page: its figures over all its chains, as the API sums them.
    await section(page, '企业名录').getByRole('link', { name: CASTINGS_NAME }).click();
    await page.waitForURL(/\/region\/enterprises\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: CASTINGS_NAME }).waitFor();
    const id = page.url().split('/').pop()!;
    const rates = (await world.api.gql('query($id: ID!, $f: String!, $t: String!) { enterprisePassRates(enterpriseId: $id, from: $f, to: $t) { lotsInspected lotsAccepted } }', { id, f: enterpriseFrom(), t: tomorrow() }, token)).data!.enterprisePassRates as { lotsInspected: number; lotsAccepted: number }[];
    const lots = rates.reduce((s, p) => s + p.lotsInspected, 0);
    const accepted = rates.reduce((s, p) => s + p.lotsAccepted, 0);
    expect(await page.locator('[data-figure="enterprise-rates-total"]').textContent()).toContain(`${count(lots)} 批，批次合格率 ${percent(accepted / lots)}`);
    for (const name of ['登记信息', '认证证书', '质量管理体系成熟度', '合格率（全部产业链合计）']) await section(page, name).waitFor();
    expect(await section(page, '认证证书').textContent()).toContain('00125Q31882R1M');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'coordinator-enterprise');
    await page.context().close();
  }, TEST_MS);

  it('works on a phone: the console reads top to bottom, the table drills down and an enterprise opens', async () => {
    const page = await pageAt(PHONE, XUZHOU);
    await page.waitForURL(/\/region$/);
    await page.getByRole('heading', { level: 1, name: '区域质量概览：徐州市' }).waitFor();
    const table = section(page, '下级地区对比').getByRole('region', { name: /^徐州市各下级地区/ });
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    // Nothing wider than the screen but the tables, which scroll within themselves.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'coordinator-region');
    await table.getByRole('link', { name: '邳州市' }).click();
    await page.getByRole('heading', { level: 1, name: '区域质量概览：邳州市' }).waitFor();
    await section(page, '企业名录').getByRole('link', { name: CASTINGS_NAME }).click();
    await page.getByRole('heading', { level: 1, name: CASTINGS_NAME }).waitFor();
    await section(page, '合格率（全部产业链合计）').locator('[data-figure="enterprise-rates-total"]').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  }, TEST_MS);
});

/** The enterprise page's window: the last 12 whole months to tomorrow (China days), as the supplier's quality page. */
function enterpriseFrom(): string {
  const p = consolePeriod();
  return p.from;
}
function tomorrow(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
