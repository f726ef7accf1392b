import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@chainq/demo';
import { eventually } from '../support/test-app';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const XUZHOU = 'coordinator@xuzhou-amr.example';
const HEBEI = 'coordinator@hebei-amr.example';
const CASTINGS = 'owner@hengtong-castings.example';
const PIZHOU = 'Pizhou precision castings cluster';
const STEP_MS = 60_000;
const TEST_MS = 300_000;

/** Every section of the page, by its heading. */
const SECTIONS = ['概况', '批次合格率与一次交检合格率（按月）', '成员企业', '采购本集群产品的产业链', '成员企业的标准采标情况'];
const MEMBERS = `query($c: ID!, $from: Date!, $to: Date!) { clusterMembers(clusterId: $c, from: $from, to: $to) {
  enterpriseId name uscc regionName certified lotsInspected lotPassRate openIssues } }`;

interface Member {
  name: string;
  uscc: string;
  certified: boolean;
  lotsInspected: number;
  lotPassRate: number | null;
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const percent = (r: number | null) => (r === null ? '—' : new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r));

/** The page's period: the last twelve whole China months, this one included (`to` exclusive). */
function lastTwelveMonths(): { from: string; to: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()).split('-').map(Number);
  const first = (m: number) => new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 10);
  return { from: first(month - 12), to: first(month) };
}

/** The coordinator's cluster page: who may open it, and that its members table, sorting and export hold what the API answers. */
describe('web app: an industry cluster (coordinator)', () => {
  let world: WebWorld;
  let token: string;
  let clusterId: string;
  let members: Member[];
  beforeAll(async () => {
    world = await WebWorld.start('coordinator-cluster');
    token = await world.api.login(XUZHOU, DEMO_PASSWORD);
    const clusters = await world.api.gql('{ industryClusters(first: 20) { edges { node { id name } } } }', {}, token);
    clusterId = (clusters.data!.industryClusters.edges as { node: { id: string; name: string } }[]).find((e) => e.node.name === PIZHOU)!.node.id;
    members = (await world.api.gql(MEMBERS, { c: clusterId, ...lastTwelveMonths() }, token)).data!.clusterMembers;
  }, 300_000);
  afterAll(() => world?.close());
  const pageAt = async (viewport: typeof PHONE, user: string) => {
    const page = await world.page(viewport);
    page.setDefaultTimeout(STEP_MS);
    await world.signIn(page, user);
    return page;
  };

  it("refuses another region's coordinator without a figure, and sends a supplier home", async () => {
    const hebei = await pageAt(DESKTOP, HEBEI);
    await hebei.goto(`/region/clusters/${clusterId}`);
    await hebei.getByText('未找到', { exact: true }).waitFor();
    expect(await hebei.getByRole('heading', { level: 1, name: PIZHOU }).count()).toBe(0);
    for (const name of SECTIONS) expect(await section(hebei, name).count()).toBe(0);
    expect(await accessibilityProblems(hebei)).toEqual([]);
    await hebei.context().close();

    const supplier = await pageAt(PHONE, CASTINGS);
    await supplier.goto(`/region/clusters/${clusterId}`);
    await supplier.waitForURL((url) => url.pathname === '/');
    await supplier.context().close();
  }, TEST_MS);

  it('shows the Xuzhou coordinator the Pizhou cluster: its members as the API answers, sorted by a header, filtered, and exported to Excel', async () => {
    expect(members.length).toBeGreaterThan(1);
    const page = await pageAt(DESKTOP, XUZHOU);
    await page.goto(`/region/clusters/${clusterId}`);
    await page.getByRole('heading', { level: 1, name: PIZHOU }).waitFor();
    for (const name of SECTIONS) await section(page, name).waitFor();

    // Every member the API lists, with its lot pass rate as the page formats it.
    const table = section(page, '成员企业');
    const rows = table.locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(members.length);
    for (const m of members) {
      const row = rows.filter({ hasText: m.uscc });
      await row.getByText(m.name, { exact: true }).waitFor();
      expect(await row.getByRole('cell').nth(5).textContent()).toContain(percent(m.lotPassRate));
    }
    // The chains and standards sections hold the demo chain and its standard.
    await section(page, '采购本集群产品的产业链').getByText('Huaxing NEV body and battery supply chain').waitFor();
    await section(page, '成员企业的标准采标情况').getByText(/Q\/HX 105-2024/).first().waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'coordinator-cluster');

    // Sorted by name with a click on its header, then the other way with another.
    const names = async () => (await rows.locator('td:first-child > div:first-child').allTextContents()).map((s) => s.trim());
    const inOrder = (expected: string[]) => eventually(async () => JSON.stringify(await names()) === JSON.stringify(expected), 15_000);
    const byName = members.map((m) => m.name).sort((a, b) => a.localeCompare(b, 'zh-CN'));
    const header = table.locator('th', { hasText: '企业名称' });
    await header.click();
    await inOrder(byName);
    await header.click();
    await inOrder([...byName].reverse());

    // Narrowed to members without a valid certificate, still in that order.
    await table.getByLabel('有效认证').click();
    await page.locator('.ant-select-item-option', { hasText: '无有效认证' }).click();
    await table.getByText(`显示 ${members.filter((m) => !m.certified).length} 家，共 ${members.length} 家`).waitFor();
    await inOrder(byName.filter((n) => !members.find((m) => m.name === n)!.certified).reverse());

    // The export holds every member with its lots, whatever the filter on the screen.
    const [download] = await Promise.all([page.waitForEvent('download'), table.getByRole('button', { name: '导出 Excel' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const header1 = sheet.getRow(1).values as unknown[];
    const lotsColumn = header1.indexOf('检验批数');
    const found = members.map((m) => {
      let lots: unknown;
      sheet.eachRow((row, n) => {
        if (n > 1 && row.getCell(1).value === m.name) lots = row.getCell(lotsColumn).value;
      });
      return lots;
    });
    expect(found).toEqual(members.map((m) => m.lotsInspected));
    await page.context().close();
  }, TEST_MS);

  it('shows the members as cards on a phone', async () => {
    const page = await pageAt(PHONE, XUZHOU);
    await page.goto(`/region/clusters/${clusterId}`);
    const table = section(page, '成员企业');
    for (const m of members) await table.locator('.ant-card', { hasText: m.name }).waitFor();
    expect(await table.locator('table').count()).toBe(0);
    await section(page, '采购本集群产品的产业链').locator('.ant-card').first().waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    // The phone's picture is one screen: the members' cards, which a phone shows instead of the table.
    await table.evaluate((el) => el.scrollIntoView());
    await page.evaluate('window.scrollBy(0, -72)'); // clear of the sticky header
    await screenshot(page, 'coordinator-cluster');
    await page.context().close();
  }, TEST_MS);
});
