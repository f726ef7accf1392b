import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD } from '@chainq/demo';
import { ServedApi } from './support/served-api';
import { PHONE, WebWorld } from './support/web-world';

const ROOT = path.resolve(__dirname, '../..');
const SUPPLIER = 'owner@hengtong-castings.example';
const RUNS = 5;
const LCP_BUDGET_MS = 1000;

/** The largest contentful paint so far, read in the page (ms from navigation start). */
const LARGEST_PAINT = `new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    resolve(entries[entries.length - 1].startTime);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  setTimeout(() => resolve(null), 3000);
})`;

/** Resolves after the browser has painted twice more. */
const TWO_FRAMES = 'new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)))';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** How fast the supplier's landing page paints from cold, and the size budgets of every route. */
describe('web app: performance', () => {
  let world: WebWorld;
  let served: ServedApi;
  beforeAll(async () => {
    // Builds the web app when its sources changed and seeds the demo world: minutes on a busy machine.
    world = await WebWorld.start('performance');
    // The page is served as `npm start` serves it: by the built api in a process of its own, so the
    // figure holds none of this test process's work (Jest, the Playwright client, the in-process worker).
    served = await ServedApi.start(world.storage);
  }, 300_000);
  afterAll(async () => {
    await served?.close();
    await world?.close();
  });

  it(`measures how fast the supplier's to-do page paints from cold (median LCP of ${RUNS} loads; target ${LCP_BUDGET_MS} ms)`, async () => {
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh profile each time: nothing cached, only the refresh cookie that signing in through the API set.
      const page = await world.page(PHONE, { baseUrl: served.baseUrl });
      const context = page.context();
      const login = await context.request.post('/graphql', {
        data: { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', variables: { e: SUPPLIER, p: DEMO_PASSWORD } },
      });
      expect((await login.json()).data.login.accessToken).toBeTruthy();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

      await page.goto('/');
      await page.getByRole('heading', { level: 1, name: '待办' }).waitFor();
      // The heading paints before the answer: the figure counts from the to-do list's own paint,
      // two frames after it is in the page (LCP entries are made when the browser paints).
      await page.getByRole('list', { name: '待办事项，最早到期的在前' }).waitFor();
      await page.evaluate(TWO_FRAMES);
      const lcp = await page.evaluate<number | null>(LARGEST_PAINT);
      expect(lcp).not.toBeNull();
      runs.push(Math.round(lcp!));
      await context.close();
    }
    const medianLcp = median(runs);
    console.log(`LCP of the supplier's to-do page (/), cold, median of ${RUNS}: ${medianLcp} ms (runs: ${runs.join(', ')} ms); target under ${LCP_BUDGET_MS} ms: ${medianLcp < LCP_BUDGET_MS ? 'met' : 'NOT met'}`);
    mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    writeFileSync(
      path.join(ROOT, 'docs/web-performance.json'),
      `${JSON.stringify(
        {
          page: '/ (supplier to-do)',
          user: SUPPLIER,
          measure: 'largest-contentful-paint, cold load (fresh browser profile, HTTP cache disabled), signed in by refresh cookie, served by the built api in its own process',
          viewport: PHONE,
          browser: world.browser.version(),
          runsMs: runs,
          medianLcpMs: medianLcp,
          budgetMs: LCP_BUDGET_MS,
          measuredAt: new Date().toISOString(),
        },
        null,
        2,
      )}\n`,
    );
    // A figure, not a pass/fail: the target (under 1 s) is reported beside it, and timing depends on the machine's load.
    expect(runs.every((ms) => ms > 0 && ms < 30_000)).toBe(true);
  }, 180_000);

  it('keeps every route within its JavaScript budget (scripts/web-budget.mjs on the built app)', () => {
    const budget = spawnSync(process.execPath, [path.join(ROOT, 'scripts/web-budget.mjs')], { cwd: ROOT, encoding: 'utf8' });
    console.log(budget.stdout);
    expect(budget.stderr).toBe('');
    expect(budget.stdout).toMatch(/\| \/certificates \| [\d.]+ kB \| 600 kB \| ok \|/);
    expect(budget.stdout).not.toContain('**over**');
    expect(budget.status).toBe(0);
  });
});
