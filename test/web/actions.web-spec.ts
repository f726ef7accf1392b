import { DataSource } from 'typeorm';
import type { Page } from 'playwright-core';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const MESH = 'owner@jinsheng-mesh.example'; // Li Na (owner): two open 8Ds at D1, one of them overdue
const CASTINGS = 'owner@hengtong-castings.example';
const OPEN_8D = 'Weld porosity on shielding mesh';
const PDF = Buffer.from('%PDF-1.4\n% sorting record\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** The supplier's corrective actions: the list, one 8D answered D1–D3 on a phone, evidence and comments. */
describe('web app: corrective actions (8D)', () => {
  jest.setTimeout(240_000);
  let world: WebWorld;
  let actionId: string;
  beforeAll(async () => {
    world = await WebWorld.start('actions');
    const rows: { id: string }[] = await world.api
      .get(DataSource)
      .query('SELECT a.id FROM corrective_actions a JOIN quality_issues i ON i.id = a.issue_id WHERE i.title = $1', [OPEN_8D]);
    actionId = rows[0].id;
  }, 180_000);
  afterAll(() => world?.close());

  const stepTitle = (page: Page) => page.locator('.step-title');
  // The machine running the suite may be busy: give each wait more room than the default.
  const open = async (viewport: typeof PHONE, email: string) => {
    const page = await world.page(viewport);
    page.setDefaultTimeout(45_000);
    await world.signIn(page, email);
    return page;
  };

  it("shows another supplier's 8D as not found, without its content", async () => {
    const page = await open(PHONE, CASTINGS);
    await page.goto(`/actions/${actionId}`);
    await page.getByText('未找到', { exact: true }).waitFor();
    expect(await page.locator('.app-content').textContent()).not.toContain(OPEN_8D);
    await page.context().close();
  });

  it('lists the open and overdue 8Ds with their clocks, in Chinese', async () => {
    const page = await open(PHONE, MESH);
    await page.goto('/actions');
    await page.getByRole('link', { name: OPEN_8D }).waitFor();
    const list = await page.locator('.app-content').textContent();
    expect(list).toContain('Mesh aperture out of tolerance');
    expect(list).toContain('D1 成立小组');
    expect(list).toMatch(/剩余 \d+ (小时|天)/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'actions');

    await page.getByText('已逾期', { exact: true }).click();
    await page.waitForURL(/filter=overdue/);
    await page.getByRole('link', { name: 'Mesh aperture out of tolerance' }).waitFor();
    await page.getByRole('link', { name: OPEN_8D }).waitFor({ state: 'detached' });
    expect(await page.locator('.due-overdue').first().textContent()).toMatch(/已逾期 \d+ (小时|天)/);

    await page.getByText('已关闭', { exact: true }).click();
    await page.getByText('还没有已关闭的纠正措施').waitFor();
    await page.context().close();
  });

  it('answers D1–D3 on a phone: a rejected submit names the field in Chinese and keeps what was typed', async () => {
    const page = await open(PHONE, MESH);
    await page.goto('/actions');
    await page.getByRole('link', { name: OPEN_8D }).click();
    await page.getByRole('heading', { level: 1, name: OPEN_8D }).waitFor();
    expect(await stepTitle(page).textContent()).toBe('D1 成立小组');

    await page.locator('#team_0_name').fill('李娜');
    await page.locator('#team_0_role').fill('组长');
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByRole('status').filter({ hasText: 'D1 成立小组 已提交，等待链主企业审核。' }).waitFor();
    await page.locator('.step-title', { hasText: 'D2 问题描述' }).waitFor();
    const d2: Record<string, string> = { what: '焊点有气孔', where: '3 号焊机', when: '11 月 28 日起', who: '华兴进货检验', why: '屏蔽网强度不够', how: 'X 光抽检', howMany: '2000 片中 46 片' };
    for (const [field, value] of Object.entries(d2)) await page.locator(`#${field}`).fill(value);
    await page.locator('#isIsNot_0_aspect').fill('焊机');
    await page.locator('#isIsNot_0_is').fill('3 号焊机');
    await page.locator('#isIsNot_0_isNot').fill('1、2 号焊机');
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.locator('.step-title', { hasText: 'D3 临时围堵措施' }).waitFor();

    // Everything but the quantity in transit: only the API checks that it is there.
    await page.locator('#atCustomer_quantity').fill('46');
    await page.locator('#atCustomer_action').fill('在华兴处全部挑出隔离');
    await page.locator('#atSupplier_quantity').fill('1200');
    await page.locator('#atSupplier_action').fill('库存全部 X 光复检');
    await page.locator('#inTransit_action').fill('通知物流暂扣');
    await page.getByRole('button', { name: '提交审核' }).click();
    const fieldError = page.locator('.ant-form-item', { has: page.locator('#inTransit_quantity') }).locator('.ant-form-item-explain-error');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toBe('请填写数量：不小于 0 的整数，没有就填 0。');
    expect(await page.locator('#atSupplier_action').inputValue()).toBe('库存全部 X 光复检');
    expect(await stepTitle(page).textContent()).toBe('D3 临时围堵措施');

    await page.locator('#inTransit_quantity').fill('0');
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByRole('status').filter({ hasText: 'D3 临时围堵措施 已提交，等待链主企业审核。' }).waitFor();

    await page.reload();
    const line = page.getByRole('navigation', { name: '8D 步骤' });
    await line.waitFor();
    expect(((await line.textContent()) ?? '').match(/已提交，待审核/g)).toHaveLength(3);
    expect(await stepTitle(page).textContent()).toBe('D4 根本原因分析');
    await page.context().close();
  });

  it('uploads evidence with a comment and shows who wrote it', async () => {
    const page = await open(PHONE, MESH);
    await page.goto(`/actions/${actionId}`);
    await page.getByRole('heading', { level: 1, name: OPEN_8D }).waitFor();

    await page.locator('.comment-form input[type=file]').setInputFiles({ name: '隔离记录.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.locator('.ant-upload-list-item-done', { hasText: '隔离记录.pdf' }).waitFor();
    await page.getByLabel('评论').fill('已隔离在途和库存产品，隔离记录见附件。');
    await page.getByRole('button', { name: '发表评论' }).click();

    const comment = page.locator('.comment-list .comment').last();
    await comment.getByText('已隔离在途和库存产品，隔离记录见附件。').waitFor();
    expect(await comment.locator('.comment-head strong').textContent()).toBe('Li Na (owner)');
    expect(await comment.textContent()).toContain('隔离记录.pdf');
    expect(await page.locator('.ant-timeline').textContent()).toContain('Li Na (owner) 发表了评论');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'action');
    await page.context().close();
  });

  it('shows the list as a table and the 8D beside its steps on a desktop', async () => {
    const page = await open(DESKTOP, MESH);
    await page.goto('/actions');
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['质量问题', '严重度', '当前步骤', '期限', '状态', '提出日期']);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'actions');

    await page.getByRole('link', { name: OPEN_8D }).click();
    await page.getByRole('heading', { level: 1, name: OPEN_8D }).waitFor();
    expect(await page.locator('.ant-timeline').textContent()).toContain('Li Na (owner) 提交了 D3 临时围堵措施');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'action');
    await page.context().close();
  });
});
