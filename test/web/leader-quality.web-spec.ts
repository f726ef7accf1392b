import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@chainq/demo';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const SQE = 'sqe@huaxing-nev.example';
const VIEWER = 'viewer@huaxing-nev.example';
const CASTINGS = 'owner@hengtong-castings.example';
const CASTINGS_NAME = 'Pizhou Hengtong Precision Castings Co., Ltd.';
const STEP_MS = 60_000;
const TEST_MS = 300_000;

/** The chain leader's quality issues and 8D review, with the supplier answering in its own browser. */
describe('web app: quality issues and 8D (chain leader)', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('leader-quality');
  }, 300_000);
  afterAll(() => world?.close());
  const pageAt = (viewport: typeof PHONE, user: string) => world.signedIn(viewport, user, STEP_MS);
  const stepTitle = (page: Page) => page.locator('.step-title').first();

  it("keeps suppliers out, and shows the leader's read-only staff the issues and 8Ds without a single action that writes", async () => {
    const supplier = await pageAt(PHONE, CASTINGS);
    await supplier.goto('/leader/issues');
    await supplier.waitForURL((url) => url.pathname === '/');
    await supplier.context().close();

    const page = await pageAt(DESKTOP, VIEWER);
    await page.goto('/leader/issues');
    await page.getByRole('heading', { level: 1, name: '质量问题与 8D' }).waitFor();
    await page.getByRole('link', { name: 'Burrs on motor housing flange' }).click();
    await page.getByRole('heading', { level: 1, name: 'Burrs on motor housing flange' }).waitFor();
    await page.getByRole('link', { name: `查看与审核：${CASTINGS_NAME}` }).click();
    await page.getByRole('heading', { level: 1, name: `供应商：${CASTINGS_NAME}` }).waitFor();
    // D4 was returned in the demo: its comment shows, and nobody read-only can review, close or cancel.
    await page.getByText('Why was blade life missing from the PM plan?').first().waitFor();
    expect(await page.getByRole('button', { name: /^(批\s*准|退回修改|关闭（D8）|取消 8D|报告质量问题)$/ }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  }, TEST_MS);

  it('raises an issue with a new chain defect code and a linked rejected lot, and asks for an 8D; the supplier submits D1, the leader returns it with a comment, then approves the resubmission', async () => {
    // A lot the leader rejected at incoming inspection an hour ago: the evidence to link.
    const token = await world.api.login(SQE, DEMO_PASSWORD);
    const chainId = (await world.api.gql('{ industryChains(first: 10) { edges { node { id } } } }', {}, token)).data!.industryChains.edges[0].node.id;
    const members = await world.api.gql('query($c: ID!) { industryChain(id: $c) { memberships(first: 50) { edges { node { enterprise { id name } } } } } }', { c: chainId }, token);
    const castingsId = (members.data!.industryChain.memberships.edges as { node: { enterprise: { id: string; name: string } | null } }[]).find((e) => e.node.enterprise?.name === CASTINGS_NAME)!.node.enterprise!.id;
    const lot = { chainId, supplierEnterpriseId: castingsId, partNumber: 'BRK-410', lotNumber: 'BRK-410-EVID-01', lotSize: 1000, stage: 'INCOMING', inspectedAt: new Date(Date.now() - 3_600_000).toISOString(), aql: '1.0', unitsSampled: 80, nonconformingUnits: 6 };
    const recorded = await world.api.gql('mutation($i: RecordInspectionLotsInput!) { recordInspectionLots(input: $i) { inserted errors { field message } } }', { i: { lots: [lot] } }, token);
    expect(recorded.data!.recordInspectionLots).toEqual({ inserted: 1, errors: [] });

    const leader = await pageAt(DESKTOP, SQE);
    await leader.goto('/leader/issues');
    await leader.getByRole('button', { name: '报告质量问题' }).click();
    const drawer = leader.getByRole('dialog', { name: '报告质量问题' });
    await drawer.getByLabel('问题标题').fill('悬置支架焊缝开裂');
    await drawer.getByLabel('问题描述').fill('进货检验 200 件中 6 件焊缝开裂');
    // The chain's own taxonomy grows on the spot; a bad code is refused by the API's rule, in Chinese.
    await drawer.getByText('新增本链缺陷代码').click();
    await drawer.getByLabel('代码', { exact: true }).fill('焊缝');
    await drawer.getByLabel('名称', { exact: true }).fill('支架焊缝开裂');
    await drawer.getByRole('button', { name: '添加代码' }).click();
    await drawer.getByRole('alert').filter({ hasText: '缺陷代码由 2 到 20 个大写字母、数字或连字符组成' }).waitFor();
    await drawer.getByLabel('代码', { exact: true }).fill('brk-weld');
    await drawer.getByRole('button', { name: '添加代码' }).click();
    await drawer.getByRole('status').filter({ hasText: '已添加 BRK-WELD，并已选中' }).waitFor();
    await drawer.getByLabel('要求做 8D 的供应商').click();
    await leader.locator('.ant-select-item-option').filter({ hasText: CASTINGS_NAME }).click();
    await drawer.getByLabel('关联检验批').click();
    await drawer.getByLabel('关联检验批').fill('BRK-410-EVID');
    await leader.locator('.ant-select-item-option').filter({ hasText: `BRK-410-EVID-01 · BRK-410 · ${CASTINGS_NAME}` }).click();
    expect(await accessibilityProblems(leader)).toEqual([]);
    await drawer.getByRole('button', { name: '提交并发出 8D 要求' }).click();
    await leader.getByRole('heading', { level: 1, name: '悬置支架焊缝开裂' }).waitFor();
    expect(await leader.locator('.action-summary').textContent()).toContain('BRK-WELD');
    const linked = leader.getByRole('region', { name: '关联检验批' });
    expect(await linked.locator('.ant-list-item').allTextContents()).toEqual([expect.stringMatching(/^BRK-410-EVID-01 · BRK-410 · .+ · 进货检验 · .+不合格 6 \/ 样本 80\s*不合格$/)]);
    await screenshot(leader, 'leader-issue');

    // The supplier answers D1 on its phone.
    const supplier = await pageAt(PHONE, CASTINGS);
    await supplier.goto('/actions');
    await supplier.getByRole('link', { name: '悬置支架焊缝开裂' }).click();
    await supplier.locator('#team_0_name').fill('王磊');
    await supplier.locator('#team_0_role').fill('组长');
    await supplier.getByRole('button', { name: '提交审核' }).click();
    await supplier.getByRole('status').filter({ hasText: 'D1 成立小组 已提交' }).waitFor();

    // The leader returns it: a return without a comment is refused before it is sent.
    await leader.reload();
    await leader.getByRole('link', { name: `查看与审核：${CASTINGS_NAME}` }).click();
    await leader.getByRole('heading', { level: 1, name: `供应商：${CASTINGS_NAME}` }).waitFor();
    expect(await stepTitle(leader).textContent()).toBe('D1 成立小组');
    expect(await leader.locator('#team_0_name').inputValue()).toBe('王磊');
    const review = leader.getByRole('region', { name: '审核 D1 成立小组' });
    await review.getByRole('button', { name: '退回修改' }).click();
    await review.getByRole('alert').filter({ hasText: '退回时请写明需要修改的地方' }).waitFor();
    await review.getByLabel('审核意见').fill('小组缺少焊接工艺工程师，请补充');
    expect(await accessibilityProblems(leader)).toEqual([]);
    await screenshot(leader, 'leader-8d-review');
    await review.getByRole('button', { name: '退回修改' }).click();
    await leader.getByText('小组缺少焊接工艺工程师，请补充').first().waitFor();
    await review.waitFor({ state: 'detached' });

    // The supplier sees the comment and resubmits with the engineer added.
    await supplier.reload();
    await supplier.getByText('小组缺少焊接工艺工程师，请补充').first().waitFor();
    await supplier.getByRole('button', { name: '添加成员' }).click();
    await supplier.locator('#team_1_name').fill('徐芳');
    await supplier.locator('#team_1_role').fill('焊接工艺工程师');
    await supplier.getByRole('button', { name: '提交审核' }).click();
    await supplier.getByRole('status').filter({ hasText: 'D1 成立小组 已提交' }).waitFor();
    await supplier.context().close();

    await leader.reload();
    expect(await leader.locator('#team_1_role').inputValue()).toBe('焊接工艺工程师');
    await leader.getByRole('region', { name: '审核 D1 成立小组' }).getByRole('button', { name: /^批\s*准$/ }).click();
    await leader.locator('.step-line').getByText('已批准').first().waitFor();
    await leader.getByRole('link', { name: '悬置支架焊缝开裂' }).click();
    await leader.getByText('D2 问题描述').first().waitFor();
    await leader.context().close();
  }, TEST_MS);

  it("prints a closed 8D as an A4 report whose PDF carries the Chinese text of every step and the signatures block", async () => {
    const token = await world.api.login(SQE, DEMO_PASSWORD);
    const closed = await world.api.gql('{ correctiveActions(filter: { status: EFFECTIVE }, first: 5) { edges { node { id supplier { name } issue { title } } } } }', {}, token);
    const action = closed.data!.correctiveActions.edges[0].node as { id: string; supplier: { name: string }; issue: { title: string } };
    const page = await pageAt(DESKTOP, SQE);
    await page.goto(`/leader/actions/${action.id}`);
    await page.getByRole('link', { name: '8D 报告（打印）' }).click();
    await page.getByRole('heading', { level: 1, name: '8D 报告' }).waitFor();
    await page.getByRole('heading', { name: /D7 预防再发生/ }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-8d-report');

    // Chromium's own PDF printer, as "Save as PDF" in the print dialog: A4, print styles, no app chrome.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'chainq-8d-')), '8d.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    // Text in reading order, spaces dropped: the PDF places CJK and Latin runs with its own spacing.
    const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    // The title as laid out on the page (Latin and CJK runs are placed apart).
    expect(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).toMatch(/^\s*8D\s+报告/);
    for (const expected of [action.issue.title, action.supplier.name, 'D1 成立小组', 'D4 根本原因分析', '根本原因', 'D7 预防再发生', '证据清单', '处理记录', '编制（供应商）', '批准（链主企业）']) {
      expect(printed).toContain(expected.replace(/\s+/g, ''));
    }
    // Nothing of the app around the report is printed.
    expect(printed).not.toMatch(/链主首页|供应商准入|打印\/另存为PDF/);
    await page.context().close();
  }, TEST_MS);
});
