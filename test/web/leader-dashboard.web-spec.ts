import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { DEMO_PASSWORD } from '@chainq/demo';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const SQE = 'sqe@huaxing-nev.example';
const VIEWER = 'viewer@huaxing-nev.example';
const STEP_MS = 60_000;
const TEST_MS = 300_000;

/** The first day of this China month and tomorrow: the table's default period. */
function thisMonth(): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const tomorrow = new Date(`${today}T00:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  return { from: `${today.slice(0, 8)}01`, to: tomorrow.toISOString().slice(0, 10) };
}

/** The chain leader's dashboard below the headline figures: the chain's trend and every supplier's scorecard, as a table and as an Excel file. */
describe('web app: chain leader dashboard', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('leader-dashboard');
  }, 300_000);
  afterAll(() => world?.close());

  it("lists every supplier's grade, score and figures as the API scores them, worst first, filters by name and exports the same rows to Excel", async () => {
    const token = await world.api.login(SQE, DEMO_PASSWORD);
    const chainId = (await world.api.gql('{ industryChains(first: 10) { edges { node { id } } } }', {}, token)).data!.industryChains.edges[0].node.id;
    const api = await world.api.gql('query($c: ID!, $f: Date!, $t: Date!) { supplierScorecards(chainId: $c, from: $f, to: $t) { supplierName grade score lotPassRate } }', { c: chainId, f: thisMonth().from, t: thisMonth().to }, token);
    const cards = api.data!.supplierScorecards as { supplierName: string; grade: string | null; score: number | null; lotPassRate: number | null }[];
    expect(cards.length).toBeGreaterThan(1);
    const worst = [...cards].filter((c) => c.score !== null).sort((a, b) => a.score! - b.score!)[0];

    const page = await world.page(DESKTOP);
    page.setDefaultTimeout(STEP_MS);
    await world.signIn(page, SQE);
    const table = page.getByRole('region', { name: /^供应商绩效表/ });
    await table.locator('tbody tr.ant-table-row').first().waitFor();
    const rows = table.locator('tbody tr.ant-table-row');
    expect(await rows.count()).toBe(cards.length);
    // Worst score first: the engineer's attention goes where the chain is weakest.
    const first = await rows.first().textContent();
    expect(first).toContain(worst.supplierName);
    expect(first).toContain(worst.score!.toFixed(1));
    if (worst.grade) expect(first).toContain(worst.grade);

    // What the score is made of, one line per component.
    await rows.first().getByRole('button', { name: '展开行' }).click();
    await table.getByText(/批次合格率：.*权重 .*得 [\d.]+ 分|批次合格率：本期没有数据/).first().waitFor();

    await page.getByRole('searchbox', { name: '按供应商名称筛选' }).fill(cards[1].supplierName.slice(0, 12));
    await table.getByText(cards[1].supplierName).waitFor();
    expect(await rows.count()).toBeLessThan(cards.length);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-dashboard');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^供应商绩效-.+\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const names: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    expect(names.sort()).toEqual(cards.map((c) => c.supplierName).sort());
    await page.context().close();
  }, TEST_MS);

  it("shows the chain's pass-rate trend with its stage and period chosen, and the table behind the chart, on a phone too", async () => {
    const page = await world.page(PHONE);
    page.setDefaultTimeout(STEP_MS);
    await world.signIn(page, VIEWER);
    const trend = page.getByRole('region', { name: '合格率趋势' });
    await trend.getByRole('img', { name: /合格率趋势图/ }).waitFor();
    await trend.getByRole('radiogroup', { name: '统计周期' }).getByText('按周', { exact: true }).click();
    await trend.getByText(/近 26 周，按周/).first().waitFor();
    await trend.getByRole('button', { name: '显示数据表' }).click();
    await trend.getByRole('region', { name: /^合格率数据：/ }).getByText(/起一周$/).first().waitFor();
    // The read-only user reads and exports but changes nothing.
    await page.getByRole('button', { name: '导出 Excel' }).waitFor();
    expect(await page.getByRole('button', { name: /邀请供应商/ }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-dashboard');
    await page.context().close();
  }, TEST_MS);
});
