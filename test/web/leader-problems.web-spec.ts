import { DataSource } from 'typeorm';
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@chainq/demo';
import { eventually } from '../support/test-app';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const SQE = 'sqe@huaxing-nev.example';
const VIEWER = 'viewer@huaxing-nev.example';
const CASTINGS = 'owner@hengtong-castings.example';
/** Leads the fence chain: a leader that sees the castings shop's 8Ds only when the shop shares them. */
const FENCE_LEADER = 'quality@lutong-fence.example';
/** The castings shop's effective 8D that its owner has not yet shared (libs/demo quality-seeder). */
const BORE_8D = 'Brake caliper bore diameter over tolerance';
const ANOTHER = '另一家企业（共享，未公开名称）';
const STEP_MS = 60_000;
const TEST_MS = 300_000;
const SHARE = '共享这份解决方案';

interface Problem {
  defectCode: string;
  suppliers: number;
  issues: number;
  trend: { month: string; issues: number }[];
}
interface Solution {
  actionId: string;
  issueTitle: string;
  supplierEnterpriseId: string;
  rootCause: { occurrence: { rootCause: string } };
}

/** `YYYY-MM-DD` of a China calendar day. */
const chinaDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
/** The page's two periods as instants: the last 90 days, and the last twelve whole China months to the start of the next. */
function periodOf(period: '90d' | '12m'): { from: string; to: string } {
  const now = new Date();
  if (period === '90d') return { from: new Date(now.getTime() - 90 * 86_400_000).toISOString(), to: now.toISOString() };
  const [y, m] = chinaDay(now).split('-').map(Number);
  const first = (month: number) => new Date(`${new Date(Date.UTC(y, month - 1, 1)).toISOString().slice(0, 10)}T00:00:00+08:00`).toISOString();
  return { from: first(m - 11), to: first(m + 1) };
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const articles = (library: Locator) => library.getByRole('article');

/** The chain leader's common problems and solution library, and the supplier's consent to share an effective 8D. */
describe('web app: common problems and solution library', () => {
  let world: WebWorld;
  let leaderToken: string;
  let chainId: string;
  let boreId: string;
  beforeAll(async () => {
    world = await WebWorld.start('leader-problems');
    leaderToken = await world.api.login(SQE, DEMO_PASSWORD);
    const answer = await world.api.gql('{ me { organisation { id } } industryChains(first: 10) { edges { node { id leaderEnterpriseId } } } }', {}, leaderToken);
    chainId = (answer.data!.industryChains.edges as { node: { id: string; leaderEnterpriseId: string } }[]).find((e) => e.node.leaderEnterpriseId === answer.data!.me.organisation.id)!.node.id;
    const owner = await world.api.login(CASTINGS, DEMO_PASSWORD);
    const effective = await world.api.gql('{ correctiveActions(filter: { status: EFFECTIVE }) { edges { node { id shared issue { title } } } } }', {}, owner);
    const bore = (effective.data!.correctiveActions.edges as { node: { id: string; shared: boolean; issue: { title: string } } }[]).find((e) => e.node.issue.title === BORE_8D)!.node;
    expect(bore.shared).toBe(false);
    boreId = bore.id;
  }, 300_000);
  afterAll(() => world?.close());
  const pageAt = (viewport: typeof PHONE, user: string) => world.signedIn(viewport, user, STEP_MS);
  const commonProblems = async (period: '90d' | '12m') => {
    const answer = await world.api.gql('query($c: ID!, $from: DateTime!, $to: DateTime!) { commonProblems(chainId: $c, from: $from, to: $to) { defectCode suppliers issues trend { month issues } } }', { c: chainId, ...periodOf(period) }, leaderToken);
    expect(answer.errors).toBeUndefined();
    return answer.data!.commonProblems as Problem[];
  };
  const library = async (code: string, token = leaderToken) =>
    (await world.api.gql('query($d: String!) { solutionLibrary(defectCode: $d) { actionId issueTitle supplierEnterpriseId rootCause } }', { d: code }, token)).data!.solutionLibrary as Solution[];
  /** The chain's own effective 8Ds for a code, with their supplier's name: the ones the page names and links. */
  const ownActions = async (code: string) => {
    const answer = await world.api.gql('query($c: ID!, $d: String!) { correctiveActions(filter: { chainId: $c, defectCode: $d, status: EFFECTIVE }, first: 100) { edges { node { id supplier { name } } } } }', { c: chainId, d: code }, leaderToken);
    return new Map((answer.data!.correctiveActions.edges as { node: { id: string; supplier: { name: string } } }[]).map((e) => [e.node.id, e.node.supplier.name]));
  };
  const rowsOf = async (common: Locator) =>
    Promise.all(
      (await common.locator('tbody tr.ant-table-row').all()).map(async (row) => {
        const cells = await row.getByRole('cell').allTextContents();
        return [await row.locator('.problem-code').textContent(), cells[1], cells[2]];
      }),
    );
  const expectedRows = (problems: Problem[]) => problems.map((p) => [p.defectCode, `${p.suppliers} 家`, `${p.issues} 个`]);

  it('sends a supplier home, and shows the read-only staff the common problems and the library with nothing to change', async () => {
    const supplier = await pageAt(PHONE, CASTINGS);
    await supplier.goto('/leader/problems');
    await supplier.waitForURL((url) => url.pathname === '/');
    await supplier.context().close();

    const page = await pageAt(DESKTOP, VIEWER);
    await page.goto('/leader/problems');
    await page.getByRole('heading', { level: 1, name: '共性质量问题与解决方案库' }).waitFor();
    const common = section(page, '共性质量问题');
    await common.locator('tbody tr.ant-table-row').first().waitFor();
    await common.getByRole('button', { name: /^查看解决方案：/ }).first().click();
    await articles(section(page, '解决方案库')).first().waitFor();
    expect(await page.getByRole('button', { name: /共享|撤回|保存|报告/ }).count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  }, TEST_MS);

  it("shows a supplier's quality engineer whether its effective 8D is shared, without a way to change it", async () => {
    // The demo's supplier logins are all admins: the castings owner adds a quality engineer, as its admin may.
    const owner = await world.api.login(CASTINGS, DEMO_PASSWORD);
    const organisationId = (await world.api.gql('{ me { organisation { id } } }', {}, owner)).data!.me.organisation.id;
    const engineer = { displayName: '徐芳（质量工程师）', email: 'qe@hengtong-castings.example', organisationId, password: DEMO_PASSWORD, roles: ['QUALITY_ENGINEER'] };
    expect((await world.api.gql('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', { i: engineer }, owner)).errors).toBeUndefined();
    const denied = await world.api.gql('mutation($a: ID!) { shareSolution(actionId: $a) { shared } }', { a: boreId }, await world.api.login(engineer.email, DEMO_PASSWORD));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const page = await pageAt(PHONE, engineer.email);
    await page.goto(`/actions/${boreId}`);
    const sharing = section(page, '共享到解决方案库');
    await sharing.getByText('未共享', { exact: true }).waitFor();
    await sharing.getByText('是否共享由贵公司管理员决定。').waitFor();
    expect(await sharing.getByRole('button').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.context().close();
  }, TEST_MS);

  it("lists the chain's common problems as the API answers them, worst first, for either period, and opens the solutions of the one chosen", async () => {
    const page = await pageAt(DESKTOP, SQE);
    await page.goto('/leader/problems');
    const common = section(page, '共性质量问题');
    await common.locator('tbody tr.ant-table-row').first().waitFor();
    const recent = await commonProblems('90d');
    expect(recent.length).toBeGreaterThan(0);
    expect(await rowsOf(common)).toEqual(expectedRows(recent));
    // The trend names every month's count, oldest first.
    const [y, m] = recent[0].trend[recent[0].trend.length - 1].month.split('-').map(Number);
    expect(await common.getByRole('img').first().getAttribute('aria-label')).toContain(`${y}年${m}月 ${recent[0].trend[recent[0].trend.length - 1].issues} 个`);

    await page.getByRole('radiogroup', { name: '统计期间' }).getByText('近 12 个月', { exact: true }).click();
    await page.waitForURL(/period=12m/);
    const year = await commonProblems('12m');
    // Twelve months of bars once the year's answer is in.
    await eventually(async () => (await common.locator('tbody tr.ant-table-row').first().locator('.month-bar').count()) === 12, 30_000);
    expect(await rowsOf(common)).toEqual(expectedRows(year));

    // The problem whose library holds another enterprise's shared 8D beside the chain's own.
    let chosen: { code: string; solutions: Solution[]; ours: Map<string, string> } | undefined;
    for (const p of year) {
      const [solutions, ours] = await Promise.all([library(p.defectCode), ownActions(p.defectCode)]);
      if (solutions.some((s) => ours.has(s.actionId)) && solutions.some((s) => !ours.has(s.actionId))) {
        chosen = { code: p.defectCode, solutions, ours };
        break;
      }
    }
    expect(chosen).toBeDefined();
    const { code, solutions, ours } = chosen!;
    await common.getByRole('button', { name: new RegExp(`^查看解决方案：${code} `) }).click();
    await page.waitForURL(new RegExp(`code=${code}`));
    const lib = section(page, '解决方案库');
    await lib.getByRole('status').filter({ hasText: `${code}：${solutions.length} 份已验证有效的 8D` }).waitFor();
    expect(await articles(lib).count()).toBe(solutions.length);
    const names: { id: string; name: string }[] = await world.api.get(DataSource).query('SELECT id, name FROM organisations WHERE id = ANY($1)', [solutions.map((s) => s.supplierEnterpriseId)]);
    for (const s of solutions) {
      const article = lib.getByRole('article', { name: s.issueTitle });
      const text = (await article.textContent())!;
      expect(text).toContain(s.rootCause.occurrence.rootCause);
      expect(text).toContain('D5 永久纠正措施');
      expect(text).toContain('D7 预防再发生');
      if (ours.has(s.actionId)) {
        expect(text).toContain(ours.get(s.actionId)!);
        await article.getByRole('link', { name: `查看 8D 审核页：${s.issueTitle}` }).waitFor();
      } else {
        // Another chain's 8D: shared without the supplier's name, and no page of it to open.
        expect(text).toContain(ANOTHER);
        expect(text).not.toContain(names.find((n) => n.id === s.supplierEnterpriseId)!.name);
        expect(await article.getByRole('link').count()).toBe(0);
      }
    }
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-problems');

    // Any code of the chain can be looked up, its own codes included.
    const own = await library('BAT-SEAL');
    await lib.getByLabel('缺陷代码').fill('BAT-SEAL');
    await page.locator('.ant-select-item-option', { hasText: 'BAT-SEAL' }).click();
    await lib.getByRole('status').filter({ hasText: `BAT-SEAL：${own.length} 份已验证有效的 8D` }).waitFor();
    expect(await articles(lib).allTextContents()).toEqual(own.map((s) => expect.stringContaining(s.issueTitle)));
    expect(own.length).toBeGreaterThan(0);
    const first = own[0];
    await lib.getByRole('link', { name: `查看 8D 审核页：${first.issueTitle}` }).click();
    await page.waitForURL((url) => url.pathname === `/leader/actions/${first.actionId}`);
    await page.context().close();
  }, TEST_MS);

  it('shows the same on a phone as cards', async () => {
    const page = await pageAt(PHONE, SQE);
    await page.goto('/leader/problems');
    const common = section(page, '共性质量问题');
    await common.locator('.problem-card').first().waitFor();
    const recent = await commonProblems('90d');
    expect(await common.locator('.problem-card .problem-code').allTextContents()).toEqual(recent.map((p) => p.defectCode));
    await common.getByRole('button', { name: new RegExp(`^查看解决方案：${recent[0].defectCode} `) }).click();
    const solutions = await library(recent[0].defectCode);
    await articles(section(page, '解决方案库')).first().waitFor();
    expect(await articles(section(page, '解决方案库')).count()).toBe(solutions.length);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-problems');
    await page.context().close();
  }, TEST_MS);

  it("puts a supplier's effective 8D in another chain leader's library once its admin shares it, and takes it out when withdrawn; a refusal reads in Chinese", async () => {
    const fence = await pageAt(DESKTOP, FENCE_LEADER);
    const fenceLibrary = section(fence, '解决方案库');
    const lookUp = async () => {
      await fence.goto('/leader/problems?code=DIM-OOT');
      await fenceLibrary.getByText(/^DIM-OOT(：\d+ 份已验证有效的 8D| 还没有已验证有效的 8D)$/).waitFor();
    };
    await lookUp();
    expect(await fenceLibrary.getByRole('article', { name: BORE_8D }).count()).toBe(0);

    const owner = await pageAt(PHONE, CASTINGS);
    await owner.goto(`/actions/${boreId}`);
    const sharing = section(owner, '共享到解决方案库');
    await sharing.getByText('未共享', { exact: true }).waitFor();
    expect(await sharing.textContent()).toContain('看不到贵公司名称');
    expect(await accessibilityProblems(owner)).toEqual([]);
    await sharing.getByRole('button', { name: SHARE }).click();
    await sharing.getByRole('status').filter({ hasText: '已共享：' }).waitFor();
    await sharing.getByText('已共享', { exact: true }).waitFor();
    await owner.getByText(/把解决方案共享到解决方案库/).waitFor();

    await lookUp();
    const shared = fenceLibrary.getByRole('article', { name: BORE_8D });
    await shared.waitFor();
    expect(await shared.textContent()).toContain(ANOTHER);
    expect(await shared.textContent()).not.toContain('Hengtong');

    await sharing.getByRole('button', { name: '撤回共享' }).click();
    await sharing.getByRole('status').filter({ hasText: '已撤回：' }).waitFor();
    await lookUp();
    expect(await fenceLibrary.getByRole('article', { name: BORE_8D }).count()).toBe(0);

    // The leader reopens the 8D while the owner's page still shows it effective: the API refuses, in the owner's words.
    const reopened = await world.api.gql('mutation($a: ID!) { reopenCorrectiveAction(actionId: $a, reason: "Bores over tolerance again at the line") { status } }', { a: boreId }, leaderToken);
    expect(reopened.data?.reopenCorrectiveAction.status).toBe('OPEN');
    await sharing.getByRole('button', { name: SHARE }).click();
    await sharing.getByRole('alert').filter({ hasText: '只有通过有效性验证的纠正措施（8D）才能共享。' }).waitFor();
    await owner.context().close();
    await fence.context().close();
  }, TEST_MS);
});
