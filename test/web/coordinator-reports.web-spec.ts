import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD } from '@chainq/demo';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const XUZHOU = 'coordinator@xuzhou-amr.example';
const HEBEI = 'coordinator@hebei-amr.example';
const CASTINGS = 'owner@hengtong-castings.example';
const STEP_MS = 60_000;
const TEST_MS = 300_000;
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
const OUTCOMES = `query($y: Int!) { programOutcomes(scope: { kind: REGION, id: "320300" }, year: $y) { current { enterprisesCovered enterprisesHelped problemsSolved lotPassRate } } }`;

/** The coordinator's annual report: asked for in the browser, built by the worker with its progress shown, downloaded as Excel and printed to PDF. */
describe('web app: annual reports (coordinator)', () => {
  let world: WebWorld;
  let reportId: string;
  beforeAll(async () => {
    world = await WebWorld.start('coordinator-reports');
  }, 300_000);
  afterAll(() => world?.close());
  const pageAt = (viewport: typeof PHONE, user: string) => world.signedIn(viewport, user, STEP_MS);

  it("keeps a supplier out of the reports", async () => {
    const supplier = await pageAt(PHONE, CASTINGS);
    await supplier.goto('/region/reports');
    await supplier.waitForURL((url) => url.pathname === '/');
    await supplier.context().close();
  }, TEST_MS);

  it("builds Xuzhou's annual report with its progress, downloads it as Excel and prints it to PDF with the headline figures in Chinese", async () => {
    const token = await world.api.login(XUZHOU, DEMO_PASSWORD);
    const figures = (await world.api.gql(OUTCOMES, { y: YEAR }, token)).data!.programOutcomes.current as { enterprisesCovered: number; enterprisesHelped: number; problemsSolved: number; lotPassRate: number };
    const page = await pageAt(DESKTOP, XUZHOU);
    await page.goto('/region/reports');
    await page.getByRole('heading', { level: 1, name: '年度报告' }).waitFor();
    await page.getByText('还没有报告').waitFor();
    const request = page.getByRole('region', { name: '生成年度报告' });
    await request.getByLabel('报告范围').click();
    await page.locator('.ant-select-item-option', { hasText: '徐州市' }).click();
    await request.getByRole('button', { name: '生成报告' }).click();
    const list = page.getByRole('region', { name: '已生成的报告' });
    const row = list.locator('tbody tr', { hasText: `徐州市 ${YEAR} 年度报告` });
    await row.getByText('已完成').waitFor();
    expect(await row.textContent()).toContain('Sun Hao (coordinator)');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'coordinator-reports');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: '下载 Excel' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['汇总', '地区', '产业集群', '产业链', '共性问题', '企业']);
    const summary = book.getWorksheet('汇总')!;
    const covered = summary.getRows(2, summary.rowCount - 1)!.find((r) => r.getCell(1).value === '覆盖企业数')!;
    expect(covered.getCell(2).value).toBe(figures.enterprisesCovered);

    await row.getByRole('link', { name: `打印版：徐州市 ${YEAR} 年度报告` }).click();
    const title = `徐州市${YEAR}年度小微企业质量提升工作报告`;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('region', { name: '二、地区排名' }).locator('.echart canvas').waitFor();
    reportId = /\/region\/reports\/([^/]+)\/print/.exec(page.url())![1];
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'coordinator-report-print');

    // Chromium's own PDF printer: A4, print styles, nothing of the app around the report.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'chainq-report-')), 'report.pdf');
    await page.pdf({ path: file, format: 'A4', printBackground: true });
    const printed = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(figures.lotPassRate);
    for (const expected of [title, '一、主要成效', `本年度覆盖企业${figures.enterprisesCovered}家，帮扶企业${figures.enterprisesHelped}家，解决质量问题${figures.problemsSolved}个；批次合格率${percent}`, '二、地区排名', '邳州市', '五、需要关注的事项']) {
      expect(printed).toContain(expected);
    }
    expect(printed).not.toMatch(/区域试点首页|打印\/保存为PDF/);
    await page.context().close();
  }, TEST_MS);

  it("does not show Xuzhou's report to Hebei's coordinator by its address", async () => {
    const page = await pageAt(DESKTOP, HEBEI);
    await page.goto(`/region/reports/${reportId}/print`);
    await page.getByText('未找到').waitFor();
    expect(await page.getByRole('heading', { level: 1, name: /工作报告/ }).count()).toBe(0);
    await page.goto('/region/reports');
    await page.getByText('还没有报告').waitFor();
    await page.context().close();
  }, TEST_MS);
});
