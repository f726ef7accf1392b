import { makeUscc, USCC_ALPHABET } from '@chainq/codes';
import { DEMO_PASSWORD } from '@chainq/demo';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

/** Tier-2 mesh maker: an overdue 8D, open 8Ds on time, an ISO 9001 certificate expiring in 50 days (libs/demo). */
const MESH = 'owner@jinsheng-mesh.example';
const SQE = 'sqe@huaxing-nev.example';

/** The supplier's landing page and the page an invitation e-mail opens. */
describe('web app: supplier to-do list and invitation', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('home');
  }, 400_000);
  afterAll(() => world?.close());

  jest.setTimeout(240_000);
  /** A fresh profile at a viewport; generous waits, as the test machine's two cores are shared. */
  const open = async (viewport: typeof PHONE) => {
    const page = await world.page(viewport);
    page.setDefaultTimeout(45_000);
    page.setDefaultNavigationTimeout(45_000);
    return page;
  };
  const cardTexts = async (page: import('playwright-core').Page) => {
    const list = page.getByRole('list', { name: '待办事项，最早到期的在前' });
    await list.waitFor();
    return list.getByRole('listitem').allTextContents();
  };

  it('shows a supplier on a phone what is due, soonest first, with the overdue 8D in red and the counts saying what they count', async () => {
    const page = await open(PHONE);
    await world.signIn(page, MESH);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('待办');
    const cards = await cardTexts(page);
    // Soonest first: the overdue containment step, then the steps still on time, the certificate expiring in 50 days last.
    expect(cards[0]).toMatch(/^纠正措施（8D）D1 成立小组：Mesh aperture out of tolerance提出方：Xuzhou Huaxing New Energy Vehicle Co\., Ltd\.另有 \d+ 个步骤已逾期 已逾期 \d+ 天截止/);
    const porosity = cards.findIndex((c) => c.includes('D1 成立小组：Weld porosity on shielding mesh'));
    const certificate = cards.findIndex((c) => c.includes('质量管理体系认证（ISO 9001）即将到期'));
    expect(porosity).toBeGreaterThan(0);
    expect(certificate).toBe(cards.length - 1);
    expect(cards[porosity]).toMatch(/还剩 \d+ (天|小时)截止/);
    expect(cards[certificate]).toMatch(/证书号 15\/25Q0183R00）认证机构：Hebei Quality Certification Co\. 还剩 (49|50) 天到期日/);
    // The overdue clock is red; the clocks on time are not.
    const clockOf = (text: string) => page.getByRole('listitem').filter({ hasText: text }).locator('.todo-clock');
    expect(await clockOf('Mesh aperture out of tolerance').getAttribute('class')).toContain('due-overdue');
    expect(await clockOf('Weld porosity on shielding mesh').getAttribute('class')).not.toContain('due-overdue');
    expect(await clockOf('15/25Q0183R00').getAttribute('class')).toContain('due-ok');
    const counts = await page.getByLabel('待办统计').textContent();
    expect(counts).toMatch(/^\d+ 项逾期 · \d+ 项 7 天内到期 · 共 \d+ 项待办$/);
    expect(Number(/^(\d+) 项逾期/.exec(counts!)![1])).toBe(cards.filter((c) => / 已逾期 /.test(c)).length);
    expect(Number(/共 (\d+) 项待办/.exec(counts!)![1])).toBe(cards.length);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'supplier-todo');

    await page.getByRole('listitem').filter({ hasText: 'Mesh aperture out of tolerance' }).getByRole('link').click();
    await page.waitForURL(/\/actions\/[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('lists a cluster standard to acknowledge with its due date and who distributed it, on a desktop', async () => {
    const page = await open(DESKTOP);
    await world.signIn(page, 'owner@fuxing-mesh.example');
    const cards = await cardTexts(page);
    const standard = cards.find((c) => c.includes('签收 T/HBSM 012-2025'));
    expect(standard).toMatch(/下发单位：Hebei Market Regulation Administration.* 还剩 \d+ 天截止 \d{4}年\d{1,2}月\d{1,2}日/);
    await page.getByRole('listitem').filter({ hasText: 'T/HBSM 012-2025' }).getByRole('link').waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'T/HBSM 012-2025' }).getByRole('link').getAttribute('href')).toBe('/standards');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'supplier-todo');
    await page.context().close();
  });

  it('says in Chinese that a broken invitation link cannot be used, and shows nothing of any invitation', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open(viewport);
      await page.goto('/invitation?token=00000000-0000-4000-8000-000000000000.forged');
      await page.getByText('无法使用这个邀请链接').waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('邀请链接无效');
      expect(await page.locator('body').textContent()).not.toMatch(/invit|token/i);
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('lets an invited new supplier register, checking the USCC as it is typed, and lands it signed in on its to-do list', async () => {
    const sqe = await world.api.login(SQE, DEMO_PASSWORD);
    const chains = await world.api.gql('{ industryChains(first: 10) { edges { node { id name } } } }', {}, sqe);
    const chain = chains.data?.industryChains.edges.map((e: { node: { id: string; name: string } }) => e.node).find((c: { name: string }) => c.name.startsWith('Huaxing'));
    const base = Array.from({ length: 8 }, () => USCC_ALPHABET[Math.floor(Math.random() * USCC_ALPHABET.length)]).join('');
    const uscc = makeUscc({ registration: '91', division: '131125', organisationBase: base });
    const email = `owner.${base.toLowerCase()}@xinhe-mesh.example`;
    const invited = await world.api.gql('mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token } }', { input: { chainId: chain.id, uscc, email, tier: 1, categories: ['filter mesh'] } }, sqe);
    expect(invited.errors).toBeUndefined();
    const link = `/invitation?token=${encodeURIComponent(invited.data?.inviteSupplier.token)}`;

    const desktop = await open(DESKTOP);
    await desktop.goto(link);
    await desktop.getByText('Xuzhou Huaxing New Energy Vehicle Co., Ltd. 邀请您的企业加入产业链「Huaxing NEV body and battery supply chain」').waitFor();
    expect(await accessibilityProblems(desktop)).toEqual([]);
    await screenshot(desktop, 'invitation');
    await desktop.context().close();

    const page = await open(PHONE);
    await page.goto(link);
    await page.getByText(email).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'invitation');

    const wrongCheck = uscc.slice(0, 17) + USCC_ALPHABET[(USCC_ALPHABET.indexOf(uscc[17]) + 1) % USCC_ALPHABET.length];
    await page.getByLabel('统一社会信用代码').fill(wrongCheck);
    await page.getByText('校验码（最后一位）不对').waitFor();
    await page.getByLabel('统一社会信用代码').fill(uscc.toLowerCase());
    await page.getByText('校验码（最后一位）不对').waitFor({ state: 'detached' });
    // The region is read from the code (characters 3 to 8).
    expect(await page.getByLabel('所在地区代码').inputValue()).toBe('131125');
    await page.getByLabel('企业名称').fill('Anping Xinhe Filter Mesh Co., Ltd.');
    await page.getByLabel('行业代码').fill('c3340');
    await page.getByLabel('从业人员（人）').fill('23');
    await page.getByLabel('您的姓名').fill('Qian Hui');
    await page.getByLabel('新密码', { exact: true }).fill('xinhe-mesh-2026');
    await page.getByLabel('再次输入新密码').fill('xinhe-mesh-2026');
    await page.getByRole('button', { name: '注册并接受邀请' }).click();

    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: '待办' }).waitFor();
    expect((await cardTexts(page)).join('\n')).toContain('提交资质审核材料（Huaxing NEV body and battery supply chain）');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '待办' }).waitFor();
    expect(page.url()).not.toContain('/sign-in');
    expect((await cardTexts(page)).join('\n')).toContain('提交资质审核材料');
    await page.context().close();
  });
  it('sends an invited address that already has an account to sign in, then its admin accepts and sees the new chain on its to-do list', async () => {
    const fence = await world.api.login('quality@lutong-fence.example', DEMO_PASSWORD);
    const filter = await world.api.login('owner@hongda-filter.example', DEMO_PASSWORD);
    const uscc = (await world.api.gql('{ me { organisation { uscc } } }', {}, filter)).data?.me.organisation.uscc;
    const chainId = (await world.api.gql('{ industryChains(first: 10) { edges { node { id } } } }', {}, fence)).data?.industryChains.edges[0].node.id;
    const invited = await world.api.gql('mutation($input: InviteSupplierInput!) { inviteSupplier(input: $input) { token } }', { input: { chainId, uscc, email: 'owner@hongda-filter.example', tier: 1 } }, fence);
    expect(invited.errors).toBeUndefined();

    const page = await open(PHONE);
    await page.goto(`/invitation?token=${encodeURIComponent(invited.data?.inviteSupplier.token)}`);
    await page.getByText('owner@hongda-filter.example 已有 ChainQ 账号').waitFor();
    expect(await page.getByLabel('统一社会信用代码').count()).toBe(0);
    await page.getByRole('button', { name: '登录后接受邀请' }).click();
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel('电子邮箱').fill('owner@hongda-filter.example');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('button', { name: '接受邀请', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '待办' }).waitFor();
    expect((await cardTexts(page)).join('\n')).toContain('提交资质审核材料（Lutong highway fence mesh supply）');
    await page.context().close();
  });
});
