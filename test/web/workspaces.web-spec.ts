import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@chainq/demo';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const SUPPLIER = 'owner@hengtong-castings.example';
const LEADER = 'admin@huaxing-nev.example';
const COORDINATOR = 'coordinator@hebei-amr.example';
const PLATFORM = 'admin@chainq.local';

/** GraphQL operation names the page asked for, to prove a refused page fetched nothing. */
function operationsOf(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql')) names.push(/"operationName":"(\w+)"/.exec(r.postData() ?? '')?.[1] ?? '');
  });
  return names;
}

/** The figure a statistic card shows, by its title. */
async function figure(page: Page, title: string, within = page.locator('main')): Promise<string> {
  const card = within.locator('.stat-card').filter({ has: page.locator('.stat-title', { hasText: title }) }).first();
  return (await card.locator('.ant-statistic-content').textContent())!.trim();
}

/** The home pages of the chain leader, coordinator and platform workspaces, and that nobody else gets them. */
describe('web app: workspace homes', () => {
  let world: WebWorld;
  beforeAll(async () => {
    // Builds the web app when its sources changed and seeds the demo world: minutes on a busy machine.
    world = await WebWorld.start('workspaces');
  }, 300_000);
  afterAll(() => world?.close());

  it('sends a supplier opening the leader, coordinator or platform home back to its own home, with no menus for them and no figures fetched', async () => {
    const page = await world.page(PHONE);
    const operations = operationsOf(page);
    await world.signIn(page, SUPPLIER);
    for (const path of ['/leader', '/region', '/platform']) {
      await page.goto(path);
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('button', { name: '用户菜单' }).waitFor();
      expect(await page.getByText(/链主首页|区域试点首页|平台首页/).count()).toBe(0);
      expect(await page.locator('.stat-card').count()).toBe(0);
    }
    expect(operations.filter((o) => /^(LeaderHome|Region|SubRegions|PlatformHome)/.test(o))).toEqual([]);

    await page.getByRole('button', { name: '打开菜单' }).click();
    const menu = page.getByRole('navigation', { name: '主菜单' });
    await menu.waitFor();
    const items = await menu.textContent();
    expect(items).toContain('证书与成熟度');
    expect(items).not.toMatch(/链主首页|区域试点首页|平台首页/);
    await page.context().close();
  }, 180_000);

  it("lands the chain leader on its home with its chain's real figures", async () => {
    const token = await world.api.login(LEADER, DEMO_PASSWORD);
    const chainId = (await world.api.gql('{ industryChains(first: 10) { edges { node { id name } } } }', {}, token)).data!.industryChains.edges[0].node.id;
    const api = await world.api.gql(
      `query($c: ID!) {
        industryChain(id: $c) { name a: memberships(status: ACTIVE) { totalCount } o: memberships(status: ONBOARDING) { totalCount }
          i: memberships(status: INVITED) { totalCount } s: memberships(status: SUSPENDED) { totalCount } }
        open: correctiveActions(filter: { chainId: $c, status: OPEN }) { totalCount }
        overdue: correctiveActions(filter: { chainId: $c, overdue: true }) { totalCount }
      }`,
      { c: chainId },
      token,
    );
    const chain = api.data!.industryChain;
    const suppliers = chain.a.totalCount + chain.o.totalCount + chain.i.totalCount + chain.s.totalCount;
    expect(suppliers).toBeGreaterThan(0);

    for (const viewport of [DESKTOP, PHONE]) {
      const page = await world.page(viewport);
      await world.signIn(page, LEADER);
      await page.waitForURL(/\/leader$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('链主首页');
      await page.getByRole('heading', { name: `产业链：${chain.name}` }).waitFor();
      const section = page.locator('section', { has: page.getByRole('heading', { name: `产业链：${chain.name}` }) });
      await section.locator('.stat-card').first().waitFor();
      expect(await figure(page, '链上供应商', section)).toBe(`${suppliers}家`);
      expect(await section.textContent()).toContain(`正常合作 ${chain.a.totalCount}`);
      expect(await figure(page, '未关闭的纠正措施（8D）', section)).toBe(`${api.data!.open.totalCount}项`);
      const overdue = api.data!.overdue.totalCount;
      expect(await section.textContent()).toContain(overdue ? `其中 ${overdue} 项已逾期` : '没有逾期');
      // The demo's lots run to this week: the latest month has a pass rate, said over what.
      expect(await figure(page, '批次合格率（最近一个月）', section)).toMatch(/^\d{1,3}\.\d%$/);
      expect(await section.textContent()).toMatch(/\d{4}年\d{1,2}月，全部检验环节，共 [\d,]+ 批/);
      expect(await figure(page, '标准下发与签收', section)).toMatch(/^\d+ \/ \d+$/);
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'leader-home');
      await page.context().close();
    }
  }, 180_000);

  it("lands the Hebei coordinator on its region's console, with the province's figures and a link to the Anping cluster", async () => {
    const token = await world.api.login(COORDINATOR, DEMO_PASSWORD);
    const clusters = (await world.api.gql('{ industryClusters(first: 10) { edges { node { id name memberCount } } } }', {}, token)).data!.industryClusters.edges;
    const anping = clusters.map((e: { node: { id: string; name: string; memberCount: number } }) => e.node).find((c: { name: string }) => /Anping/.test(c.name));
    expect(anping).toBeDefined();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const year = Number(today.slice(0, 4));
    const outcomes = (await world.api.gql('query($y: Int!) { programOutcomes(scope: { kind: REGION, id: "130000" }, year: $y) { name current { lotPassRate } } }', { y: year }, token)).data!.programOutcomes;

    for (const viewport of [DESKTOP, PHONE]) {
      const page = await world.page(viewport);
      await world.signIn(page, COORDINATOR);
      await page.waitForURL(/\/region$/);
      // The heading names the region once its name has arrived.
      await page.getByRole('heading', { level: 1, name: `区域质量概览：${outcomes.name}`, exact: true }).waitFor();
      const section = page.getByRole('region', { name: `${year}年成效` });
      await section.locator('.stat-card').first().waitFor();
      expect(await figure(page, '批次合格率', section)).toBe(outcomes.current.lotPassRate === null ? '—' : new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(outcomes.current.lotPassRate));
      expect(await page.locator('main').textContent()).toContain('近 12 个月');
      const cluster = page.getByRole('region', { name: '产业集群' }).getByRole('link', { name: anping.name });
      expect(await cluster.getAttribute('href')).toBe(`/region/clusters/${anping.id}`);
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'region-home');
      await page.context().close();
    }
  }, 180_000);

  it('lands the platform admin on the platform home with the counts and the pending enterprise claim', async () => {
    const token = await world.api.login(PLATFORM, DEMO_PASSWORD);
    const api = (await world.api.gql('{ enterprises(first: 1) { totalCount } enterpriseClaims { claimantName status } }', {}, token)).data!;
    const pending = api.enterpriseClaims.filter((c: { status: string }) => c.status === 'PENDING');
    expect(pending.length).toBeGreaterThan(0);

    for (const viewport of [DESKTOP, PHONE]) {
      const page = await world.page(viewport);
      await world.signIn(page, PLATFORM);
      await page.waitForURL(/\/platform$/);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('平台首页');
      await page.locator('.stat-card').first().waitFor();
      expect(await figure(page, '企业')).toBe(`${api.enterprises.totalCount}家`);
      expect(await page.getByRole('heading', { level: 2, name: /待确认的企业认领/ }).textContent()).toContain(`${pending.length} 项待确认`);
      await page.getByText(pending[0].claimantName).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'platform-home');
      await page.context().close();
    }
  }, 180_000);

  it("shows the supplier's certificates on a phone in their status colours, and a submitted self-assessment's level", async () => {
    const token = await world.api.login(SUPPLIER, DEMO_PASSWORD);
    const me = (await world.api.gql('{ me { organisation { id } } }', {}, token)).data!.me.organisation.id;
    const day = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    for (const c of [
      { scheme: 'ISO_14001', number: '00125E30001R0M', expiresOn: day(40) },
      { scheme: 'ISO_45001', number: '00122S20077R0M', expiresOn: day(-12) },
    ]) {
      const recorded = await world.api.gql(
        'mutation($i: RecordCertificationInput!) { recordCertification(input: $i) { id } }',
        { i: { enterpriseId: me, certificationBody: '中国质量认证中心', issuedOn: day(-1000), ...c } },
        token,
      );
      expect(recorded.errors).toBeUndefined();
    }

    const page = await world.page(PHONE);
    await world.signIn(page, SUPPLIER);
    await page.goto('/certificates');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('证书与成熟度');
    const card = (scheme: string) => page.locator('.cert-card').filter({ has: page.getByRole('heading', { name: scheme }) });
    await card('质量管理体系认证 GB/T 19001').waitFor();
    const statusOf = async (scheme: string) => {
      const status = card(scheme).locator('.cert-status');
      return { text: (await status.textContent())!.trim(), className: (await status.getAttribute('class'))! };
    };
    const qms = await statusOf('质量管理体系认证 GB/T 19001');
    expect(qms.text).toMatch(/^有效 · 还有 \d+ 天到期$/);
    expect(qms.className).toContain('due-ok');
    expect(await card('质量管理体系认证 GB/T 19001').textContent()).toContain('00125Q31882R1M');
    const ems = await statusOf('环境管理体系认证 GB/T 24001');
    expect(ems.text).toBe('即将到期 · 还有 40 天到期');
    expect(ems.className).toContain('due-soon');
    const ohs = await statusOf('职业健康安全管理体系认证 GB/T 45001');
    expect(ohs.text).toBe('已过期 · 已过期 12 天');
    expect(ohs.className).toContain('due-overdue');
    expect(await page.evaluate<string[]>("[...document.querySelectorAll('.cert-status')].map((e) => getComputedStyle(e).color)")).toEqual([
      'rgb(207, 19, 34)', // expired first: the list is by expiry date
      'rgb(135, 77, 0)', // a darker amber than the shared one, for contrast on a white card
      'rgb(35, 120, 4)',
    ]);

    // The demo's two assessments: effective, then continual improvement.
    await page.getByText('成熟度：持续改进').waitFor();
    expect(await page.locator('.maturity-chart svg').count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'certificates');

    // Deny first: an incomplete assessment is refused beside the missing dimensions and keeps the scores chosen.
    const dimension = (label: string) => page.getByRole('radiogroup', { name: label });
    await dimension('合规与诚信').getByText('4', { exact: true }).click();
    await page.getByRole('button', { name: '提交自评' }).click();
    await page.getByText('请为这一方面选一个分数').first().waitFor();
    expect(await page.getByText('请为这一方面选一个分数').count()).toBe(8);
    expect(await dimension('合规与诚信').getByRole('radio', { name: '4' }).isChecked()).toBe(true);

    for (const label of ['战略与风险', '资源保障', '产品改进与服务', '采购与供方管理', '产品实现', '顾客关系与满意', '改进与创新', '特色与亮点']) {
      await dimension(label).getByText('4', { exact: true }).click();
    }
    await page.getByRole('button', { name: '提交自评' }).click();
    await page.getByRole('status').filter({ hasText: '已提交' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: '已提交' }).textContent()).toContain('贵企业的成熟度：领先型（综合得分 4.0 分）');
    await page.locator('.maturity-level', { hasText: '成熟度：领先型' }).waitFor();
    expect(await page.locator('.maturity-history .ant-list-item').count()).toBe(3);
    expect(await page.locator('.maturity-history .ant-list-item').first().textContent()).toContain('4.0 分 · 领先型');
    await page.context().close();

    const desktop = await world.page(DESKTOP);
    await world.signIn(desktop, SUPPLIER);
    await desktop.goto('/certificates');
    const history = desktop.getByRole('table', { name: '每次自评的综合得分（0–5 分）和等级，按提交时间排列' });
    await history.waitFor();
    expect(await history.locator('tbody tr').count()).toBe(3);
    expect(await history.locator('tbody tr').first().textContent()).toContain('4.0 分领先型');
    expect(await accessibilityProblems(desktop)).toEqual([]);
    await screenshot(desktop, 'certificates');
    await desktop.context().close();
  }, 180_000);
});
