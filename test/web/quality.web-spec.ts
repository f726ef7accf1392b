import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@chainq/demo';
import { eventually } from '../support/test-app';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const CASTINGS = 'owner@hengtong-castings.example';
const MESH = 'owner@jinsheng-mesh.example';

/** A China calendar day and time some days ago, as a lot file writes it: 2026-11-30 10:00. */
function chinaTimeAgo(days: number, hour: number): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() - days * 86_400_000));
  return `${day} ${String(hour).padStart(2, '0')}:00`;
}

/** Each section of the page, by its heading (the names of the page's tabs). */
const SECTIONS = { trend: '合格率趋势', lots: '检验批', record: '录入检验批', import: '导入文件' };
const section = (page: Page, name: keyof typeof SECTIONS) => page.getByRole('region', { name: SECTIONS[name], exact: true });

/** The supplier's "My quality": its own pass rates and lots per chain, recording lots in a grid, importing a file. */
describe('web app: my quality', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('quality');
  }, 240_000);
  afterAll(() => world?.close());

  it("never shows a supplier another supplier's lots, on the page or through the API", async () => {
    const page = await world.page(DESKTOP);
    await world.signIn(page, MESH);
    await page.goto('/quality');
    await page.getByRole('tab', { name: '检验批', exact: true }).click();
    const lots = section(page, 'lots');
    await lots.getByRole('cell', { name: /^MESH-0\.8-/ }).first().waitFor();
    expect(await lots.textContent()).not.toContain('HSG-220');
    // Asking for the castings shop's part by name finds nothing.
    await lots.getByLabel('零件号').fill('HSG-220');
    await lots.getByLabel('零件号').press('Enter');
    await lots.getByText('没有符合条件的检验批').waitFor();

    const mesh = await world.api.login(MESH, DEMO_PASSWORD);
    const castings = await world.api.login(CASTINGS, DEMO_PASSWORD);
    const castingsId = (await world.api.gql<{ me: { organisation: { id: string } } }>('{ me { organisation { id } } }', {}, castings)).data!.me.organisation.id;
    const seen = await world.api.gql<{ inspectionLots: { totalCount: number; edges: { node: { lotNumber: string } }[] } }>(
      'query($f: LotFilterInput) { inspectionLots(filter: $f, first: 100) { totalCount edges { node { lotNumber } } } }',
      { f: { supplierEnterpriseId: castingsId } },
      mesh,
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.inspectionLots.totalCount).toBe(0);
    const own = await world.api.gql<{ inspectionLots: { totalCount: number; edges: { node: { lotNumber: string } }[] } }>('{ inspectionLots(first: 100) { totalCount edges { node { lotNumber } } } }', {}, mesh);
    expect(own.data!.inspectionLots.totalCount).toBeGreaterThan(0);
    expect(own.data!.inspectionLots.edges.every((e) => e.node.lotNumber.startsWith('MESH-0.8-'))).toBe(true);
    await page.context().close();
  }, 60_000);

  it('on a phone: draws the trend, records a lot after a field error, imports a file with one bad row and downloads the report', async () => {
    const page = await world.page(PHONE);
    await world.signIn(page, CASTINGS);
    await page.goto('/quality');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('我的质量');

    // The chart draws on a canvas; the latest lot pass rate reads as a percentage with one decimal, over a stated period and stage.
    const trend = section(page, 'trend');
    await trend.locator('.echart canvas').waitFor({ timeout: 30_000 });
    const lotRate = trend.locator('.ant-statistic').filter({ hasText: '批次合格率' }).locator('.ant-statistic-content');
    expect(await lotRate.textContent()).toMatch(/^\d{1,3}\.\d%$/);
    expect(await trend.textContent()).toMatch(/全部阶段 · 近 12 个月，按月/);
    expect(await trend.textContent()).toMatch(/最近一期（\d{4}年\d{1,2}月）/);
    await trend.getByRole('button', { name: '显示数据表' }).click();
    expect(await trend.getByRole('region', { name: /^合格率数据：/ }).textContent()).toContain('一次交检合格率');
    await page.mouse.move(0, 0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'quality');

    // Record one lot: a sample larger than the lot is refused next to the cell, in Chinese; corrected, it is saved.
    await page.getByRole('tab', { name: '录入检验批' }).click();
    const record = section(page, 'record');
    await record.getByLabel('零件号').fill('HSG-220');
    await record.getByLabel('批次号').fill('HSG-220-WEB-01');
    await record.getByLabel('批量').fill('50');
    await record.getByLabel('样本量').fill('80');
    await record.getByLabel('不合格品数').fill('0');
    await record.getByLabel('判定', { exact: true }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: /^合格$/ }).click();
    await record.getByRole('button', { name: '保存全部' }).click();
    const sampleItem = record.locator('.ant-form-item').filter({ has: page.getByLabel('样本量') });
    await sampleItem.getByText('样本量应在 1 到批量之间').waitFor();
    await record.getByText('没有保存').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await record.getByLabel('样本量').fill('50');
    await record.getByRole('button', { name: '保存全部' }).click();
    await record.getByText('已录入 1 批').waitFor();

    await page.getByRole('tab', { name: '检验批', exact: true }).click();
    const lots = section(page, 'lots');
    const card = lots.locator('.lot-card').filter({ hasText: 'HSG-220-WEB-01' });
    await card.waitFor();
    expect(await card.textContent()).toContain('合格');
    expect(await card.textContent()).toContain('专检');

    // Import a CSV whose second data row has a sample size that is not a number.
    await page.getByRole('tab', { name: '导入文件' }).click();
    const imports = section(page, 'import');
    const csv = [
      '零件号,批次号,批量,检验阶段,检验时间,样本量,不合格品数,AQL',
      `HSG-220,HSG-220-IMP-01,1000,专检,${chinaTimeAgo(1, 9)},80,1,1.0`,
      `HSG-220,HSG-220-IMP-02,1000,专检,${chinaTimeAgo(1, 10)},八十,1,1.0`,
      `HSG-220,HSG-220-IMP-03,500,专检,${chinaTimeAgo(1, 11)},50,0,1.0`,
    ].join('\n');
    await imports.locator('input[type=file]').setInputFiles({ name: 'lots.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await imports.getByRole('heading', { name: '导入完成' }).waitFor({ timeout: 30_000 });
    expect(await imports.textContent()).toContain('读取 3 行：新增 2 批，已存在 0 批，拒收 1 行');
    expect(await imports.locator('.import-refused').textContent()).toContain('第 3 行 · 样本量：样本量应在 1 到批量之间');
    const [download] = await Promise.all([page.waitForEvent('download'), imports.getByRole('button', { name: '下载错误报告' }).click()]);
    expect(download.suggestedFilename()).toBe('errors.csv');
    const report = readFileSync((await download.path())!, 'utf8');
    expect(report).toMatch(/^\ufeff?row,column,message\n3,units_sampled,/);
    expect(report.trim().split('\n')).toHaveLength(2);
    await page.mouse.move(0, 0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'quality-import');
    await page.context().close();
  }, 180_000);

  it('on a desktop: the trend, the lots table and the record grid', async () => {
    const page = await world.page(DESKTOP);
    await world.signIn(page, CASTINGS);
    await page.goto('/quality');
    const trend = section(page, 'trend');
    await trend.locator('.echart canvas').waitFor({ timeout: 30_000 });
    await trend.getByLabel('检验阶段').click();
    await page.locator('.ant-select-item-option').filter({ hasText: /^专检$/ }).click();
    await trend.getByText(/专检 · 近 12 个月，按月/).waitFor();
    await trend.getByText('按周').click();
    await trend.getByText(/专检 · 近 26 周，按周/).waitFor();
    expect(await trend.locator('.ant-statistic').filter({ hasText: '不良率（PPM）' }).locator('.ant-statistic-content').textContent()).toMatch(/^[\d,]+$/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'quality');

    await page.getByRole('tab', { name: '检验批', exact: true }).click();
    const lots = section(page, 'lots');
    await lots.getByRole('columnheader', { name: '判定' }).waitFor();
    await lots.getByLabel('判定').click();
    await page.locator('.ant-select-item-option').filter({ hasText: /^不合格$/ }).click();
    const decisions = await eventually(async () => {
      const tags = await lots.locator('tbody .ant-tag').allTextContents();
      return tags.length > 0 && tags.every((d) => d === '不合格') && tags;
    });
    expect(decisions.length).toBeGreaterThan(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'quality-lots');
    await page.context().close();
  }, 120_000);
});
