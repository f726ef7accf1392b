import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@chainq/demo';
import { inDays, pdf } from '../support/standards-fixtures';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const SQE = 'sqe@huaxing-nev.example';
const VIEWER = 'viewer@huaxing-nev.example';
const CASTINGS = 'owner@hengtong-castings.example';
const CASTINGS_NAME = 'Pizhou Hengtong Precision Castings Co., Ltd.';
const MESH = 'owner@jinsheng-mesh.example';
const MESH_NAME = 'Anping Jinsheng Wire Mesh Products Co., Ltd.';
/** The demo leader's standard: revision B went to every active supplier; Jinsheng asked to deviate from it. */
const DEMO_STANDARD = 'Q/HX 105-2024';
const NEW_STANDARD = 'Q/HX 210-2026';
/** Anything that writes: none of it is for the read-only user. */
const WRITES = /新建标准|发布新版本|^下\s*发|下发版本|同意偏离|不同意/;
/** The machine running these is shared and often slow: give each step and test room. */
const STEP_MS = 60_000;
const TEST_MS = 300_000;

/** A China calendar day as the Chinese page writes it: 2026年7月3日. */
const zhDay = (day: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(`${day}T00:00:00Z`));

/** Types a day into an antd date picker and confirms it. */
async function pickDay(field: Locator, day: string): Promise<void> {
  await field.click();
  await field.fill(day);
  await field.press('Enter');
}

interface Stats {
  recipients: number;
  adopted: number;
  acknowledged: number;
  deviations: number;
}

/** The chain leader's standards: create, publish with the text, distribute, follow the answers, decide deviations. */
describe('web app: standards (chain leader)', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('leader-standards');
  }, 300_000);
  afterAll(() => world?.close());
  const pageAt = (viewport: typeof PHONE) => world.page(viewport, { timeout: STEP_MS });
  const drawerOf = (page: Page) => page.locator('.ant-drawer').getByRole('dialog');

  it("keeps a supplier out, and shows the leader's read-only staff the standards and their figures without a single action that writes", async () => {
    const supplier = await pageAt(PHONE);
    await world.signIn(supplier, CASTINGS);
    await supplier.goto('/leader/standards');
    await supplier.waitForURL((url) => url.pathname === '/');
    expect(await supplier.getByText('标准管理').count()).toBe(0);
    await supplier.context().close();

    // The figures the API counts for the demo standard's revision B, which the page must show.
    const token = await world.api.login(VIEWER, DEMO_PASSWORD);
    const listed = await world.api.gql('{ standardDistributions { standard { number } revision { version } stats { recipients adopted acknowledged deviations } } }', {}, token);
    const b = (listed.data!.standardDistributions as { standard: { number: string }; revision: { version: string }; stats: Stats }[]).filter(
      (d) => d.standard.number === DEMO_STANDARD && d.revision.version === 'B',
    );
    expect(b).toHaveLength(1);
    const { recipients, adopted, acknowledged, deviations } = b[0].stats;
    const share = (n: number) => `${((n / recipients) * 100).toFixed(1)}%`;
    expect(deviations).toBeGreaterThan(0);

    const page = await pageAt(DESKTOP);
    await world.signIn(page, VIEWER);
    await page.goto('/leader/standards');
    await page.getByRole('heading', { level: 1, name: '标准管理' }).waitFor();
    await page.getByText('您的账号只能查看').waitFor();
    const row = page.getByRole('row').filter({ hasText: DEMO_STANDARD });
    await row.getByText(`已采标 ${adopted} 家（${share(adopted)}）`).waitFor();
    expect(await row.textContent()).toContain(`已签收 ${acknowledged} 家（${share(acknowledged)}）`);
    expect(await row.textContent()).toContain('版本 B');
    expect(await page.getByRole('button', { name: WRITES }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);

    // The standard itself: the bar says what it counts, the table behind it has the same figures, the deviation waits for someone else.
    await row.getByRole('link', { name: `查看 ${DEMO_STANDARD}` }).click();
    const drawer = drawerOf(page);
    const bar = drawer.getByRole('img', { name: /^答复进度，版本 B，共 \d+ 家接收企业/ });
    await bar.waitFor();
    expect(await bar.getAttribute('aria-label')).toContain(`偏离申请 ${deviations} 家（${share(deviations)}）`);
    await drawer.getByRole('button', { name: '显示数据表' }).first().click();
    const table = drawer.getByRole('region', { name: /^答复进度数据：版本 B/ });
    expect(await table.getByRole('row').filter({ hasText: '接收企业合计' }).textContent()).toContain(String(recipients));
    await drawer.getByText('Our weaving looms hold ±0.08 mm').first().waitFor();
    await drawer.getByText('由本企业管理员或质量工程师处理。').waitFor();
    expect(await drawer.getByRole('button', { name: WRITES }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  }, TEST_MS);

  it('creates a standard, publishes a revision with its text, distributes it to one supplier; the supplier acknowledges on a phone and the bar reads 100% acknowledged', async () => {
    const leader = await pageAt(DESKTOP);
    await world.signIn(leader, SQE);
    await leader.goto('/leader/standards');
    await leader.getByRole('row').filter({ hasText: DEMO_STANDARD }).waitFor();
    expect(await accessibilityProblems(leader)).toEqual([]);
    await screenshot(leader, 'leader-standards');

    // The number is checked with the server's rule as the field is left, and a number already used is refused next to the field.
    await leader.getByRole('button', { name: '新建标准' }).click();
    const create = leader.getByRole('dialog', { name: '新建标准' });
    await create.getByLabel('标准编号').fill('QHX-210');
    await create.getByLabel('标准名称').focus();
    await create.getByText('标准编号应写成 GB/T 19001-2016 或 Q/ABC 001-2024 这样的格式。').waitFor();
    await create.getByLabel('标准编号').fill(DEMO_STANDARD);
    await create.getByLabel('标准名称').fill('电机壳体铸件清洁度要求');
    await create.getByRole('button', { name: /^新\s*建$/ }).click();
    await create.getByText('本组织已有该编号的标准，请发布新版本。').waitFor();
    expect(await create.getByLabel('标准名称').inputValue()).toBe('电机壳体铸件清洁度要求');
    await create.getByLabel('标准编号').fill(NEW_STANDARD);
    await create.getByRole('button', { name: /^新\s*建$/ }).click();
    await create.waitFor({ state: 'detached' });

    // The new standard opens; its first revision is published with the text uploaded (with progress) first.
    const drawer = drawerOf(leader);
    await drawer.getByText('还没有发布版本').waitFor();
    await drawer.getByRole('button', { name: '发布新版本' }).click();
    const publish = leader.getByRole('dialog', { name: `发布新版本：${NEW_STANDARD}` });
    await publish.getByLabel('版本号').fill('A');
    await pickDay(publish.getByLabel('实施日期'), inDays(30));
    await publish.getByLabel('本版变化').fill('首次发布：壳体内腔残留颗粒 ≤ 2 mg/件，最大颗粒 ≤ 600 μm。');
    await publish.getByRole('button', { name: /^发\s*布$/ }).click();
    await publish.getByText('请上传标准文本').waitFor();
    await publish.getByLabel('标准文本').setInputFiles({ name: '清洁度要求 A 版.pdf', mimeType: 'application/pdf', buffer: pdf('cleanliness requirements, revision A') });
    await publish.locator('.ant-upload-list-item-done', { hasText: '清洁度要求 A 版.pdf' }).waitFor();
    expect(await accessibilityProblems(leader)).toEqual([]);
    await publish.getByRole('button', { name: /^发\s*布$/ }).click();
    await publish.waitFor({ state: 'detached' });
    await drawer.getByRole('status').filter({ hasText: '版本 A 已发布' }).waitFor();
    await drawer.getByText('清洁度要求 A 版.pdf').first().waitFor();
    await drawer.getByText('此版本还没有下发').waitFor();

    // Distributed to one chosen supplier, to answer within a week.
    const due = inDays(7);
    await drawer.getByRole('button', { name: '下发版本 A' }).click();
    const distribute = leader.getByRole('dialog', { name: `下发 ${NEW_STANDARD} 版本 A` });
    await distribute.getByText('选定的供应商', { exact: true }).click();
    await distribute.getByRole('button', { name: /^下\s*发$/ }).click();
    await distribute.getByText('请至少选择一家供应商').waitFor();
    await distribute.getByLabel('供应商', { exact: true }).click();
    await leader.locator('.ant-select-item-option').filter({ hasText: CASTINGS_NAME }).click();
    await leader.keyboard.press('Escape');
    await pickDay(distribute.getByLabel('答复截止日期'), due);
    expect(await accessibilityProblems(leader)).toEqual([]);
    await distribute.getByRole('button', { name: /^下\s*发$/ }).click();
    await distribute.waitFor({ state: 'detached' });
    await drawer.getByRole('status').filter({ hasText: `已下发给 1 家企业，${zhDay(due)} 前答复。` }).waitFor();
    await drawer.getByRole('img', { name: /待签收 1 家（100\.0%）/ }).waitFor();
    expect(await drawer.getByRole('region', { name: '各供应商的答复：版本 A' }).textContent()).toContain(CASTINGS_NAME);

    // The supplier, on its phone, finds it on its standards page and acknowledges it.
    const supplier = await pageAt(PHONE);
    await world.signIn(supplier, CASTINGS);
    await supplier.goto('/standards');
    const card = supplier.locator('.standards-card').filter({ hasText: NEW_STANDARD });
    await card.getByText('待签收').waitFor();
    expect(await card.textContent()).toContain(`截止 ${zhDay(due)}`);
    await card.getByRole('button', { name: `查看 ${NEW_STANDARD}` }).click();
    const inbox = supplier.getByRole('dialog');
    await inbox.getByText('首次发布：壳体内腔残留颗粒').waitFor();
    await inbox.getByRole('button', { name: /^签\s*收$/ }).click();
    await inbox.getByRole('status').filter({ hasText: '已签收' }).waitFor();
    await supplier.context().close();

    // The leader reloads: the revision's bar reads 100% acknowledged, with the words and the table behind it.
    await leader.reload();
    const reloaded = drawerOf(leader);
    const bar = reloaded.getByRole('img', { name: /已签收 1 家（100\.0%）/ });
    await bar.waitFor();
    expect(await reloaded.locator('.adoption-legend').first().textContent()).toContain('已签收 1 家（100.0%）');
    const answers = reloaded.getByRole('region', { name: '各供应商的答复：版本 A' });
    await answers.getByRole('row').filter({ hasText: CASTINGS_NAME }).getByText('已签收').waitFor();
    await reloaded.getByRole('button', { name: '显示数据表' }).click();
    const table = reloaded.getByRole('region', { name: /^答复进度数据：版本 A/ });
    expect(await table.getByRole('row').filter({ hasText: '已签收' }).textContent()).toContain('100.0%');
    expect(await accessibilityProblems(leader)).toEqual([]);
    await screenshot(leader, 'leader-standard-revision');

    // The list says the same.
    await leader.getByRole('button', { name: /Close|关闭/ }).click();
    await leader.getByRole('row').filter({ hasText: NEW_STANDARD }).getByText('已签收 1 家（100.0%）').waitFor();
    await leader.context().close();
  }, TEST_MS);

  it('decides a deviation request on a phone: a rejection needs a comment, and the supplier is told why', async () => {
    const page = await pageAt(PHONE);
    await world.signIn(page, SQE);
    await page.goto('/leader/standards');
    const card = page.locator('.leader-standards-card').filter({ hasText: DEMO_STANDARD });
    await card.getByText('版本 B').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-standards');

    await card.getByRole('button', { name: `查看 ${DEMO_STANDARD}` }).click();
    const drawer = drawerOf(page);
    const waiting = drawer.getByRole('region', { name: '待处理的偏离申请（1 项）' });
    await waiting.getByText('Our weaving looms hold ±0.08 mm').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-standard-revision');
    await waiting.getByRole('button', { name: `不同意偏离：${MESH_NAME}` }).click();
    const decide = page.getByRole('dialog', { name: `不同意偏离申请：${MESH_NAME}` });
    await decide.getByRole('button', { name: '不同意' }).click();
    await decide.getByText('请写明不同意的原因').waitFor();
    const comment = '网孔公差关系到电池包密封，不能放宽。请外协织网，截止日期前采标。';
    await decide.getByLabel('意见').fill(comment);
    expect(await accessibilityProblems(page)).toEqual([]);
    await decide.getByRole('button', { name: '不同意' }).click();
    await decide.waitFor({ state: 'detached' });
    await waiting.waitFor({ state: 'detached' });
    // Its answer to revision B (its answer to revision A was superseded by B).
    const mesh = drawer.locator('.leader-recipient-card').filter({ hasText: MESH_NAME }).filter({ hasText: '偏离未同意' });
    await mesh.waitFor();
    expect(await mesh.textContent()).toContain(`本企业意见：${comment}`);

    // The supplier's inbox has the decision and the leader's words.
    const token = await world.api.login(MESH, DEMO_PASSWORD);
    const inbox = await world.api.gql('{ myStandardAcknowledgements { status decisionComment standard { number } revision { version } } }', {}, token);
    const answer = (inbox.data!.myStandardAcknowledgements as { status: string; decisionComment: string; standard: { number: string }; revision: { version: string } }[]).find(
      (a) => a.standard.number === DEMO_STANDARD && a.revision.version === 'B',
    );
    expect(answer).toMatchObject({ status: 'DEVIATION_REJECTED', decisionComment: comment });
    await page.context().close();
  }, TEST_MS);
});
