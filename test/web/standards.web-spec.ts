import { DEMO_PASSWORD } from '@chainq/demo';
import { pdf } from '../support/standards-fixtures';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

/** Anping Fuxing Hexagonal Mesh: in the Anping cluster only, so it was sent the cluster's group standard and none of the NEV chain's. */
const FUXING = 'owner@fuxing-mesh.example';
const CASTINGS = 'owner@hengtong-castings.example';
/** Its qualification for the NEV chain came back from the leader with reasons. */
const FILTER = 'owner@hongda-filter.example';
const GROUP_STANDARD = 'T/HBSM 012-2025';
const CHAIN_STANDARD = 'Q/HX 105-2024';

const INBOX = '{ myStandardAcknowledgements { id status standard { number } } }';
/** The machine running these is shared and often slow: give each step and test room. */
const STEP_MS = 60_000;
const TEST_MS = 300_000;

/** The supplier's standards inbox and qualification page, on a phone and at a desk. */
describe('web app: standards and qualification', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('standards');
  }, 180_000);
  afterAll(() => world?.close());
  const pageAt = (viewport: typeof PHONE) => world.page(viewport, { timeout: STEP_MS });

  it("does not show or let one supplier answer another supplier's standard", async () => {
    const castings = await world.api.login(CASTINGS, DEMO_PASSWORD);
    const theirs = (await world.api.gql(INBOX, {}, castings)).data?.myStandardAcknowledgements as { id: string; standard: { number: string } }[];
    expect(theirs.map((a) => a.standard.number)).toContain(CHAIN_STANDARD);
    const fuxing = await world.api.login(FUXING, DEMO_PASSWORD);
    const denied = await world.api.gql('mutation($id: ID!) { acknowledgeStandard(acknowledgementId: $id) { status } }', { id: theirs[0].id }, fuxing);
    expect(denied.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // In the browser: the list holds only Fuxing's own revision, and a link to the other's shows nothing of it.
    const page = await pageAt(DESKTOP);
    await world.signIn(page, FUXING);
    await page.goto(`/standards?status=all&open=${theirs[0].id}`);
    await page.getByRole('heading', { level: 1, name: '标准' }).waitFor();
    const table = page.getByRole('table');
    await table.getByText(GROUP_STANDARD, { exact: true }).waitFor();
    expect(await table.textContent()).not.toContain(CHAIN_STANDARD);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.context().close();
  }, TEST_MS);

  it('lets a supplier on a phone acknowledge a standard, then ask for a deviation with a reason', async () => {
    const page = await pageAt(PHONE);
    await world.signIn(page, FUXING);
    await page.goto('/standards');
    const card = page.locator('.standards-card').filter({ hasText: GROUP_STANDARD });
    await card.getByText('待签收').waitFor();
    expect(await card.textContent()).toContain('截止');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'standards');

    await card.getByRole('button', { name: `查看 ${GROUP_STANDARD}` }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: /^签\s*收$/ }).click();
    await drawer.getByRole('status').filter({ hasText: '已签收' }).waitFor();
    expect(await drawer.textContent()).toContain('Gao Jun (owner)'); // the history names who answered
    expect(await accessibilityProblems(page)).toEqual([]);

    // The new status is on the list, and still there after a reload.
    await page.goto('/standards');
    await card.getByText('已签收').waitFor();
    await page.reload();
    await card.getByText('已签收').waitFor();
    expect(await card.textContent()).not.toContain('待签收');

    // A deviation request needs a reason: the field says so in Chinese, then the request goes through.
    await card.getByRole('button', { name: `查看 ${GROUP_STANDARD}` }).click();
    await drawer.getByRole('button', { name: '偏离申请' }).click();
    const reason = drawer.getByLabel('偏离理由');
    expect(await drawer.textContent()).toContain('例如'); // the field explains what to write, with an example
    await drawer.getByRole('button', { name: '提交偏离申请' }).click();
    await drawer.getByText('请填写偏离理由：说明哪一条做不到以及原因').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('第 4.3 条要求镀锌层 ≥ 245 g/m²，我厂现有镀锌线最高 220 g/m²；新线明年 3 月投产，此前按 220 g/m² 供货并逐卷检测。');
    await drawer.getByRole('button', { name: '提交偏离申请' }).click();
    await drawer.getByRole('status').filter({ hasText: '偏离申请已提交' }).waitFor();
    expect(await drawer.textContent()).toContain('镀锌层 ≥ 245 g/m²');
    await page.getByRole('button', { name: /Close|关闭/ }).click();
    await card.getByText('偏离申请中').waitFor();
    await page.context().close();
  }, TEST_MS);

  it('shows the standards page at a desk with the detail drawer', async () => {
    const page = await pageAt(DESKTOP);
    await world.signIn(page, 'owner@jinsheng-mesh.example');
    await page.goto('/standards?status=all');
    const row = page.getByRole('row').filter({ hasText: CHAIN_STANDARD }).filter({ hasText: '偏离申请中' });
    await row.waitFor();
    await row.getByRole('link', { name: `查看 ${CHAIN_STANDARD}` }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Our weaving looms hold ±0.08 mm').first().waitFor();
    await drawer.getByRole('button', { name: /下\s*载/ }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'standards');
    await page.context().close();
  }, TEST_MS);

  it("shows a supplier its enterprise's details and why its qualification was returned, and takes a resubmission with a new document", async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await pageAt(viewport);
      await world.signIn(page, FILTER);
      await page.goto('/qualification');
      await page.getByRole('heading', { level: 1, name: '资质审核' }).waitFor();
      const main = page.getByRole('main').last();
      await main.getByText('Anping Hongda Filter Mesh Co., Ltd.').first().waitFor();
      const text = await main.textContent();
      expect(text).toContain('统一社会信用代码');
      expect(text).toContain('微型'); // 12 people and 2.6 million CNY revenue: a micro enterprise
      expect(text).toContain('12 人');
      expect(text).toContain('资质审核中');
      expect(text).toContain('已退回');
      expect(text).toContain('请补充 ISO 9001 质量管理体系认证证书');
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, 'qualification');
      await page.context().close();
    }

    const page = await pageAt(PHONE);
    await world.signIn(page, FILTER);
    await page.goto('/qualification');
    // The returned submission's business licence is in the card, and the new submission starts with it.
    const form = page.getByRole('region', { name: '重新提交资质材料' });
    await form.waitFor();
    expect(await page.locator('.qualification-latest').textContent()).toContain('营业执照副本.pdf');
    const listed = () => form.locator('.ant-upload-list').textContent();
    expect(await listed()).toContain('营业执照副本.pdf');

    // A file of a type the API does not take is refused next to the field, in Chinese; a PDF is uploaded; a wrong one is removed again.
    const field = page.getByLabel('资质文件');
    await field.setInputFiles({ name: '车间照片.heic', mimeType: 'image/heic', buffer: Buffer.from('not a picture we take') });
    await form.getByRole('alert').filter({ hasText: '车间照片.heic：不支持这种文件类型' }).waitFor();
    await field.setInputFiles([
      { name: '进货检验记录.pdf', mimeType: 'application/pdf', buffer: pdf('incoming inspection records, last three months') },
      { name: '旧版工艺流程图.pdf', mimeType: 'application/pdf', buffer: pdf('old process flow') },
    ]);
    await form.locator('.ant-upload-list-item-done', { hasText: '进货检验记录.pdf' }).waitFor();
    await form.locator('.ant-upload-list-item-done', { hasText: '旧版工艺流程图.pdf' }).waitFor();
    await form.locator('.ant-upload-list-item', { hasText: '旧版工艺流程图.pdf' }).getByRole('button', { name: '删除文件' }).click();
    await form.locator('.ant-upload-list-item', { hasText: '旧版工艺流程图.pdf' }).waitFor({ state: 'detached' });
    expect(await listed()).toContain('进货检验记录.pdf');
    expect(await accessibilityProblems(page)).toEqual([]);

    await page.getByLabel('说明', { exact: true }).fill('已预约认证机构，预计明年 2 月取得 ISO 9001 证书；已补充进货检验记录。');
    await page.getByRole('button', { name: /重新提交/ }).click();
    await page.getByText('待链主审核').waitFor();
    await page.reload();
    await page.getByText('待链主审核').waitFor();
    expect(await page.getByRole('button', { name: /重新提交/ }).count()).toBe(0);

    // The card lists what was sent, and the new document downloads under its name.
    const latest = page.locator('.qualification-latest');
    const sent = await latest.textContent();
    expect(sent).toContain('营业执照副本.pdf');
    expect(sent).toContain('进货检验记录.pdf');
    expect(sent).not.toContain('旧版工艺流程图.pdf');
    const [download] = await Promise.all([page.waitForEvent('download'), latest.getByRole('button', { name: '下载：进货检验记录.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('进货检验记录.pdf');
    await page.context().close();
  }, TEST_MS);
});
