import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_ADMIN, DEMO_PASSWORD } from '@chainq/demo';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const XUZHOU = 'coordinator@xuzhou-amr.example';
const STEP_MS = 60_000;
const TEST_MS = 300_000;
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
const OUTCOMES = `query($y: Int!) { programOutcomes(scope: { kind: COUNTRY, id: "CN" }, year: $y) { current { enterprisesCovered enterprisesHelped problemsSolved } } }`;

/** The platform admin's annual reports: the whole country's asked for from its own menu, built with its progress shown, downloaded and printed. */
describe('web app: annual reports (platform admin)', () => {
  let world: WebWorld;
  let reportId: string;
  beforeAll(async () => {
    world = await WebWorld.start('platform-reports');
  }, 300_000);
  afterAll(() => world?.close());
  const pageAt = (viewport: typeof PHONE, user: string) => world.signedIn(viewport, user, STEP_MS);

  it('keeps a coordinator out of the platform reports page', async () => {
    const coordinator = await pageAt(PHONE, XUZHOU);
    await coordinator.goto('/platform/reports');
    await coordinator.waitForURL((url) => url.pathname !== '/platform/reports');
    expect(await coordinator.getByText('全国范围').count()).toBe(0);
    await coordinator.context().close();
  }, TEST_MS);

  it("builds the whole country's report from the platform menu, downloads it as Excel with a row per province, and prints it as 全国's", async () => {
    const token = await world.api.login(DEMO_ADMIN.email, DEMO_PASSWORD);
    const figures = (await world.api.gql(OUTCOMES, { y: YEAR }, token)).data!.programOutcomes.current as { enterprisesCovered: number; enterprisesHelped: number; problemsSolved: number };
    const page = await pageAt(DESKTOP, DEMO_ADMIN.email);
    await page.waitForURL(/\/platform$/);
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '年度报告' }).click();
    await page.waitForURL(/\/platform\/reports$/);
    await page.getByRole('heading', { level: 1, name: '年度报告' }).waitFor();
    await page.getByText('还没有报告').waitFor();
    const request = page.getByRole('region', { name: '生成年度报告' });
    await request.getByLabel('报告范围').click();
    await page.locator('.ant-select-item-option', { hasText: /^全国$/ }).click();
    await request.getByRole('button', { name: '生成报告' }).click();
    const list = page.getByRole('region', { name: '已生成的报告' });
    const row = list.locator('tbody tr', { hasText: `全国 ${YEAR} 年度报告` });
    await row.getByText('已完成').waitFor();
    expect(await row.textContent()).toContain(DEMO_ADMIN.displayName);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'platform-reports');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: '下载 Excel' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(book.title).toBe(`全国${YEAR}年度工作报告`);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '地区', '产业集群', '产业链', '共性问题', '企业']);
    const regions = book.getWorksheet('地区')!;
    expect(regions.getRows(2, regions.rowCount - 1)!.map((r) => r.getCell(1).value).sort()).toEqual(['河北省', '江苏省'].sort());

    await row.getByRole('link', { name: `打印版：全国 ${YEAR} 年度报告` }).click();
    const title = `全国${YEAR}年度小微企业质量提升工作报告`;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const ranking = page.getByRole('region', { name: '二、地区排名' });
    await ranking.locator('.echart canvas').waitFor();
    for (const province of ['河北省', '江苏省']) await ranking.getByRole('cell', { name: province, exact: true }).waitFor();
    reportId = /\/platform\/reports\/([^/]+)\/print/.exec(page.url())![1];
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'platform-report-print');

    const file = path.join(mkdtempSync(path.join(tmpdir(), 'chainq-report-')), 'report.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const expected of [title, `本年度覆盖企业${figures.enterprisesCovered}家，帮扶企业${figures.enterprisesHelped}家，解决质量问题${figures.problemsSolved}个`, '河北省', '江苏省', '没有适用的试点项目目标']) {
      expect(printed).toContain(expected);
    }
    expect(printed).not.toMatch(/平台首页|打印\/保存为PDF/);
    await page.context().close();
  }, TEST_MS);

  it("does not show the country's report to a coordinator by its address", async () => {
    const page = await pageAt(DESKTOP, XUZHOU);
    await page.goto(`/region/reports/${reportId}/print`);
    await page.getByText('未找到').waitFor();
    expect(await page.getByRole('heading', { level: 1, name: /工作报告/ }).count()).toBe(0);
    await page.context().close();
  }, TEST_MS);

  it('names the whole country in English for a platform admin reading English', async () => {
    const token = await world.api.login(DEMO_ADMIN.email, DEMO_PASSWORD);
    await world.api.gql('mutation { setMyLanguage(language: EN) { id } }', {}, token);
    try {
      const page = await pageAt(DESKTOP, DEMO_ADMIN.email);
      await page.goto(`/platform/reports/${reportId}/print`);
      await page.getByRole('heading', { level: 1, name: `Whole country: small and micro enterprise quality programme, annual report ${YEAR}` }).waitFor();
      await page.goto('/platform/reports');
      await page.getByRole('heading', { level: 1, name: 'Annual reports' }).waitFor();
      await page.locator('tbody tr', { hasText: `Whole country annual report ${YEAR}` }).waitFor();
      await page.context().close();
    } finally {
      await world.api.gql('mutation { setMyLanguage(language: ZH_CN) { id } }', {}, token);
    }
  }, TEST_MS);
});
