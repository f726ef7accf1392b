import { DEMO_ADMIN, DEMO_PASSWORD } from '@chainq/demo';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const XUZHOU = 'coordinator@xuzhou-amr.example';
const CASTINGS = 'owner@hengtong-castings.example';
const PILOT = 'Hebei–Jiangsu small and micro enterprise quality pilot';
const PIZHOU = 'Pizhou precision castings cluster';
const STEP_MS = 60_000;
const TEST_MS = 300_000;
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
const STANDING = `query($p: ID!, $y: Int!) { pilotStanding(pilotId: $p, year: $y) { clusters { name current { firstPassYield } previous { firstPassYield } } } }`;

/** A decimal rate as the page prints it: 97.3%. */
const percent = (rate: number) => `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;

/** The coordinator's pilot programme pages: the programme's baseline, now and target, and its regions and clusters ranked beside the year before. */
describe('web app: pilot programmes (coordinator)', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('coordinator-pilots');
  }, 300_000);
  afterAll(() => world?.close());
  const pageAt = (viewport: typeof PHONE, user: string) => world.signedIn(viewport, user, STEP_MS);

  it('keeps a supplier out of the pilot programmes', async () => {
    const supplier = await pageAt(PHONE, CASTINGS);
    await supplier.goto('/region/pilots');
    await supplier.waitForURL((url) => url.pathname === '/');
    await supplier.context().close();
  }, TEST_MS);

  it("shows Xuzhou's coordinator its part of the programme: baseline, this year and target, and the Pizhou castings cluster's first-pass yield up on last year", async () => {
    const page = await pageAt(DESKTOP, XUZHOU);
    await page.goto('/region');
    await page.getByRole('menuitem', { name: '试点项目' }).click();
    await page.getByRole('heading', { level: 1, name: '试点项目' }).waitFor();
    await page.getByRole('link', { name: PILOT }).click();
    await page.getByRole('heading', { level: 1, name: PILOT }).waitFor();
    await page.getByText(/您负责的是这个试点项目的一部分（徐州市、Pizhou precision castings cluster）/).waitFor();

    const indicators = page.getByRole('region', { name: '基线、现状与目标' });
    const fpyRow = indicators.locator('tbody tr', { hasText: '一次交检合格率' });
    await fpyRow.waitFor();
    // The columns read baseline, last year, this year, target.
    const headers = await indicators.locator('thead th').allTextContents();
    expect(headers.slice(0, 5)).toEqual(['指标', expect.stringMatching(/^基线（\d{4} 年）$/), `${YEAR - 1} 年`, `${YEAR} 年`, '目标']);

    // The cluster's figures on the page are the API's, this year above last year (the demo's castings shop improves over two years).
    const token = await world.api.login(DEMO_ADMIN.email, DEMO_PASSWORD);
    const pilotId = new URL(page.url()).pathname.split('/').pop()!;
    const standing = (await world.api.gql(STANDING, { p: pilotId, y: YEAR }, token)).data!.pilotStanding;
    const pizhou = standing.clusters.find((c: { name: string }) => c.name === PIZHOU);
    expect(pizhou.current.firstPassYield).toBeGreaterThan(pizhou.previous.firstPassYield);
    const clusters = page.getByRole('region', { name: '产业集群排名' });
    const row = clusters.locator('tbody tr', { hasText: PIZHOU });
    const cells = await row.locator('td').allTextContents();
    expect(cells).toEqual(expect.arrayContaining([percent(pizhou.current.firstPassYield), percent(pizhou.previous.firstPassYield)]));
    await clusters.getByRole('img', { name: `产业集群排名：${YEAR} 年与 ${YEAR - 1} 年批次合格率` }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'coordinator-pilot');

    // Last year's standing is a choice away.
    await page.getByLabel('年份').click();
    await page.locator('.ant-select-item-option', { hasText: `${YEAR - 1} 年` }).click();
    await indicators.locator('thead th', { hasText: `${YEAR - 2} 年` }).waitFor();
    await page.context().close();
  }, TEST_MS);

  it('reads on a phone', async () => {
    const page = await pageAt(PHONE, XUZHOU);
    await page.goto('/region/pilots');
    await page.getByRole('link', { name: PILOT }).click();
    await page.getByRole('region', { name: '地区排名' }).getByRole('link', { name: '徐州市' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'coordinator-pilot');
    await page.context().close();
  }, TEST_MS);
});
