import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@chainq/demo';
import { eventually } from '../support/test-app';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const SQE = 'sqe@huaxing-nev.example';
const VIEWER = 'viewer@huaxing-nev.example';
const CASTINGS = 'owner@hengtong-castings.example';
const CASTINGS_NAME = 'Pizhou Hengtong Precision Castings Co., Ltd.';
const BATTERY_NAME = 'Xuzhou Ruida Battery Pack Systems Co., Ltd.';
const STEP_MS = 60_000;
const TEST_MS = 300_000;

/** A time `hoursAgo` before now as a China wall-clock time, as an import file writes it. */
function chinaTime(hoursAgo: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(Date.now() - hoursAgo * 3_600_000));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The chain leader's inspection page: importing incoming lots for its suppliers, the lots and their export, the sampling plan and the switching states. */
describe('web app: inspection (chain leader)', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('leader-inspection');
  }, 300_000);
  afterAll(() => world?.close());
  const pageAt = (viewport: typeof PHONE, user: string) => world.signedIn(viewport, user, STEP_MS);

  it('keeps a supplier out, and shows the read-only staff the lots and switching states with no import and no decision to take', async () => {
    const supplier = await pageAt(PHONE, CASTINGS);
    await supplier.goto('/leader/inspection');
    await supplier.waitForURL((url) => url.pathname === '/');
    await supplier.context().close();

    const page = await pageAt(DESKTOP, VIEWER);
    await page.goto('/leader/inspection');
    await page.getByRole('heading', { level: 1, name: '检验' }).waitFor();
    await section(page, '检验批').locator('tbody tr').first().waitFor();
    await section(page, '转移规则状态').getByText(CASTINGS_NAME).first().waitFor();
    expect(await section(page, '导入文件').count()).toBe(0);
    expect(await section(page, '录入进货检验批').count()).toBe(0);
    expect(await page.getByRole('button', { name: /批准放宽检验|恢复检验/ }).count()).toBe(0);
    // The battery pack's row opens on its switching history: the approval, by whom, and the lot that switched it to reduced.
    const battery = section(page, '转移规则状态').locator('tbody tr').filter({ hasText: 'BP-48V' });
    await battery.getByRole('button', { name: '展开行' }).click();
    const history = page.getByRole('region', { name: '切换记录：BP-48V' });
    await history.getByText('批准放宽检验', { exact: true }).waitFor();
    await history.getByText('正常检验转放宽检验：转移得分达到 30 分且已批准').first().waitFor();
    expect(await history.textContent()).toMatch(/批次 BP-48V-\d+-0/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-switching-history');
    await page.context().close();
  }, TEST_MS);

  it("imports incoming lots for a supplier (one row refused by its USCC), exports them to Excel, and the supplier's lot count on the dashboard grows by them", async () => {
    const token = await world.api.login(SQE, DEMO_PASSWORD);
    const chainId = (await world.api.gql('{ industryChains(first: 10) { edges { node { id } } } }', {}, token)).data!.industryChains.edges[0].node.id;
    const members = await world.api.gql('query($c: ID!) { industryChain(id: $c) { memberships(first: 50) { edges { node { supplierUscc enterprise { name } } } } } }', { c: chainId }, token);
    const uscc = (members.data!.industryChain.memberships.edges as { node: { supplierUscc: string; enterprise: { name: string } | null } }[]).find((e) => e.node.enterprise?.name === CASTINGS_NAME)!.node.supplierUscc;
    const lotsOfCastings = async () => {
      const today = new Date();
      const from = new Date(today.getTime() - 89 * 86_400_000).toISOString().slice(0, 10);
      const to = new Date(today.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
      const cards = await world.api.gql('query($c: ID!, $f: Date!, $t: Date!) { supplierScorecards(chainId: $c, from: $f, to: $t) { supplierName lotsInspected } }', { c: chainId, f: from, t: to }, token);
      return (cards.data!.supplierScorecards as { supplierName: string; lotsInspected: number }[]).find((c) => c.supplierName === CASTINGS_NAME)!.lotsInspected;
    };
    const before = await lotsOfCastings();

    const page = await pageAt(DESKTOP, SQE);
    await page.goto('/leader/inspection');
    const imports = section(page, '导入文件');
    const csv = [
      '供应商统一社会信用代码,零件号,批次号,批量,检验阶段,检验时间,样本量,不合格品数,AQL',
      `${uscc},FLG-310,FLG-310-WEB-01,1000,进货检验,${chinaTime(3)},80,0,1.0`,
      `${uscc},FLG-310,FLG-310-WEB-02,1000,进货检验,${chinaTime(2)},80,3,1.0`,
      `91110000000000000X,FLG-310,FLG-310-WEB-03,1000,进货检验,${chinaTime(2)},80,0,1.0`,
      `${uscc},FLG-310,FLG-310-WEB-04,500,进货检验,${chinaTime(1)},50,1,1.0`,
    ].join('\n');
    await imports.locator('input[type=file]').setInputFiles({ name: 'incoming.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await imports.getByRole('heading', { name: /导入完成|导入未能完成/ }).waitFor();
    expect(await imports.textContent()).toContain('读取 4 行：新增 3 批，已存在 0 批，拒收 1 行');
    expect(await imports.locator('.import-refused').textContent()).toContain('第 4 行');

    // The lots table shows them; the export of the filtered lots holds the same three.
    const lots = section(page, '检验批');
    await lots.getByLabel('零件号').fill('FLG-310');
    await lots.getByLabel('零件号').press('Enter');
    await lots.getByText('FLG-310-WEB-04').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-inspection');
    const [download] = await Promise.all([page.waitForEvent('download'), lots.getByRole('button', { name: '导出 Excel' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const numbers: string[] = [];
    book.worksheets[0].eachRow((row, n) => {
      if (n > 1) row.eachCell((cell) => /^FLG-310-WEB-/.test(String(cell.value)) && numbers.push(String(cell.value)));
    });
    expect(numbers.sort()).toEqual(['FLG-310-WEB-01', 'FLG-310-WEB-02', 'FLG-310-WEB-04']);

    // The sampling plan for such a lot (GB/T 2828.1-2012: 1,000 units, level II, AQL 1.0, normal: J, n 80, Ac 2, Re 3).
    const plan = section(page, '抽样方案计算').getByRole('status', { name: '抽样方案' });
    await plan.getByText('抽 80 件：不合格品不超过 2 件接收，达到 3 件拒收。').waitFor();
    expect(await plan.textContent()).toContain('J');

    // The rollups follow the lots (the worker): the dashboard's 90-day lot count for the supplier grows by three.
    await eventually(async () => (await lotsOfCastings()) === before + 3, 30_000);
    await page.goto('/leader');
    const scores = page.getByRole('region', { name: /^供应商绩效表/ });
    await page.getByRole('radiogroup', { name: '统计期间' }).getByText('近 90 天', { exact: true }).click();
    await scores.locator('tbody tr.ant-table-row', { hasText: CASTINGS_NAME }).getByRole('cell', { name: String(before + 3), exact: true }).waitFor();
    await page.context().close();
  }, TEST_MS);

  it('fills in the sampling plan and decision as an incoming lot is typed, and resumes a part whose inspection was discontinued', async () => {
    const token = await world.api.login(SQE, DEMO_PASSWORD);
    const chainId = (await world.api.gql('{ industryChains(first: 10) { edges { node { id } } } }', {}, token)).data!.industryChains.edges[0].node.id;
    const members = await world.api.gql('query($c: ID!) { industryChain(id: $c) { memberships(first: 50) { edges { node { enterprise { id name } } } } } }', { c: chainId }, token);
    const supplierId = (members.data!.industryChain.memberships.edges as { node: { enterprise: { id: string; name: string } | null } }[]).find((e) => e.node.enterprise?.name === CASTINGS_NAME)!.node.enterprise!.id;

    const page = await pageAt(DESKTOP, SQE);
    await page.goto('/leader/inspection');
    const grid = section(page, '录入进货检验批');
    const row = grid.getByRole('group', { name: '第 1 行' });
    const plan = grid.getByRole('status', { name: '第 1 行的抽样方案' });
    await plan.getByText('填写供应商、零件号、批量和 AQL 后显示抽样方案').waitFor();
    await row.getByLabel('供应商').click();
    await page.locator('.ant-select-item-option', { hasText: CASTINGS_NAME }).click();
    await row.getByLabel('零件号').fill('FLG-330');
    await row.getByLabel('批次号').fill('FLG-330-GRID-01');
    await row.getByLabel('批量').fill('1000');
    // GB/T 2828.1-2012: 1,000 units, level II, AQL 1.0, normal inspection: code letter J, n 80, Ac 2, Re 3.
    await plan.getByText('正常检验 · 字码 J · 抽 80 件 · Ac 2 / Re 3').waitFor();
    expect(await row.getByLabel('样本量').inputValue()).toBe('80');
    await row.getByLabel('不合格品数').fill('3');
    await plan.getByText('判定：拒收').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await grid.getByRole('button', { name: '保存全部' }).click();
    await grid.getByRole('status').filter({ hasText: '已录入 1 批' }).waitFor();

    // Six more rejected lots of the part: two of five rejected tightens inspection, five rejected under tightened discontinue it (GB/T 2828.1-2012 9.3.2, 9.4).
    const lots = Array.from({ length: 6 }, (_, i) => ({
      chainId, supplierEnterpriseId: supplierId, partNumber: 'FLG-330', lotNumber: `FLG-330-API-${i}`, lotSize: 1000, stage: 'INCOMING',
      inspectedAt: new Date(Date.now() - (50 - i) * 60_000).toISOString(), aql: '1.0', unitsSampled: 125, nonconformingUnits: 6,
    }));
    const recorded = await world.api.gql('mutation($i: RecordInspectionLotsInput!) { recordInspectionLots(input: $i) { inserted errors { field message } } }', { i: { lots } }, token);
    expect(recorded.data!.recordInspectionLots).toEqual({ inserted: 6, errors: [] });

    await page.reload();
    const states = section(page, '转移规则状态');
    const part = states.locator('tbody tr', { hasText: 'FLG-330' });
    await part.getByText('暂停检验').waitFor();
    // The grid will not plan a lot of a discontinued part.
    await row.getByLabel('供应商').click();
    await page.locator('.ant-select-item-option', { hasText: CASTINGS_NAME }).click();
    await row.getByLabel('零件号').fill('FLG-330');
    await row.getByLabel('批量').fill('1000');
    await plan.getByText(/该零件已暂停检验/).waitFor();

    await part.getByRole('button', { name: `恢复检验：${CASTINGS_NAME} · FLG-330` }).click();
    await part.getByText('加严检验').waitFor();
    expect(await part.getByRole('button', { name: /恢复检验/ }).count()).toBe(0);
    // Resumed at tightened: the next lot's plan is the tightened one (J, n 80, Ac 1, Re 2).
    await row.getByLabel('批量').fill('1001');
    await row.getByLabel('批量').fill('1000');
    await plan.getByText('加严检验 · 字码 J · 抽 80 件 · Ac 1 / Re 2').waitFor();
    await page.context().close();
  }, TEST_MS);

  it('approves reduced inspection for an eligible part; its next accepted lot switches it, and the following lot is planned, sampled and recorded on the reduced plan', async () => {
    const page = await pageAt(DESKTOP, SQE);
    await page.goto('/leader/inspection');
    const states = section(page, '转移规则状态');
    const part = states.locator('tbody tr', { hasText: 'BP-48V' });
    await part.getByRole('button', { name: `批准放宽检验：${BATTERY_NAME} · BP-48V` }).click();
    await part.getByText('已批准放宽检验，下一批接收后转为放宽').waitFor();
    expect(await part.getByRole('button', { name: /批准放宽检验/ }).count()).toBe(0);

    const grid = section(page, '录入进货检验批');
    const row = grid.getByRole('group', { name: '第 1 行' });
    const plan = grid.getByRole('status', { name: '第 1 行的抽样方案' });
    const typeLot = async (lotNumber: string) => {
      await row.getByLabel('供应商').click();
      await page.locator('.ant-select-item-option', { hasText: BATTERY_NAME }).click();
      await row.getByLabel('零件号').fill('BP-48V');
      await row.getByLabel('批次号').fill(lotNumber);
      await row.getByLabel('批量').fill('1000');
    };
    await typeLot('BP-48V-GRID-01');
    await plan.getByText('正常检验 · 字码 J · 抽 80 件 · Ac 2 / Re 3').waitFor();
    await row.getByLabel('不合格品数').fill('0');
    await grid.getByRole('button', { name: '保存全部' }).click();
    await grid.getByRole('status').filter({ hasText: '已录入 1 批' }).waitFor();

    // GB/T 2828.1-2012 Table 2-C: code letter J under reduced inspection samples 32 units, Ac 1, Re 2.
    await page.reload();
    await part.getByText('放宽检验', { exact: true }).waitFor();
    await typeLot('BP-48V-GRID-02');
    await plan.getByText('放宽检验 · 字码 J · 抽 32 件 · Ac 1 / Re 2').waitFor();
    expect(await row.getByLabel('样本量').inputValue()).toBe('32');
    await row.getByLabel('不合格品数').fill('1');
    await plan.getByText('判定：接收').waitFor();
    await grid.getByRole('button', { name: '保存全部' }).click();
    await grid.getByRole('status').filter({ hasText: '已录入 1 批' }).waitFor();

    await part.getByRole('button', { name: '展开行' }).click();
    const history = page.getByRole('region', { name: '切换记录：BP-48V' });
    const latest = history.locator('.ant-timeline-item').first();
    await latest.getByText('正常检验转放宽检验：转移得分达到 30 分且已批准').waitFor();
    expect(await latest.textContent()).toContain('批次 BP-48V-GRID-01');
    expect(await accessibilityProblems(page)).toEqual([]);

    // The leader ends reduced inspection before a rejection (GB/T 2828.1-2012 9.3.4): another reason needs a note, and the history keeps both.
    await part.getByRole('button', { name: `结束放宽检验：${BATTERY_NAME} · BP-48V` }).click();
    const dialog = page.getByRole('dialog', { name: `结束放宽检验：${BATTERY_NAME} · BP-48V` });
    await dialog.getByText('其他情况（请在说明中写明）').click();
    await dialog.getByRole('button', { name: '转回正常检验' }).click();
    await dialog.getByText('请填写原因。').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await dialog.getByRole('textbox', { name: '说明' }).fill('客户投诉后暂停放宽，待工艺验证');
    await dialog.getByRole('button', { name: '转回正常检验' }).click();
    await dialog.waitFor({ state: 'detached' });
    await part.getByText('正常检验', { exact: true }).waitFor();
    await history.locator('.ant-timeline-item').first().getByText('放宽检验转回正常检验：其他情况').waitFor();
    expect(await history.locator('.ant-timeline-item').first().textContent()).toContain('客户投诉后暂停放宽，待工艺验证');
    await page.context().close();
  }, TEST_MS);
});
