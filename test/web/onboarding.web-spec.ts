import type { Page } from 'playwright-core';
import { makeUscc, USCC_ALPHABET } from '@chainq/codes';
import { pdf } from '../support/standards-fixtures';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const SQE = 'sqe@huaxing-nev.example';
const VIEWER = 'viewer@huaxing-nev.example';
const SUPPLIER = 'owner@hengtong-castings.example';
/** Leads the fence chain, which the castings shop asks to join with the certificate Huaxing already verified. */
const FENCE_LEADER = 'quality@lutong-fence.example';
/** The machine running these is shared and often slow: give each step and test room. */
const STEP_MS = 60_000;
const TEST_MS = 300_000;

const newUscc = () => {
  const base = Array.from({ length: 8 }, () => USCC_ALPHABET[Math.floor(Math.random() * USCC_ALPHABET.length)]).join('');
  return { base, uscc: makeUscc({ registration: '91', division: '320382', organisationBase: base }) };
};

/** The row of the suppliers table (or card on a phone) that names this USCC. */
const rowOf = (page: Page, uscc: string) => page.locator('.suppliers-table tbody tr, .supplier-card').filter({ hasText: uscc });

/** The chain leader's onboarding page, with the supplier in a second browser acting as its own company. */
describe('web app: supplier onboarding (chain leader)', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('onboarding');
  }, 300_000);
  afterAll(() => world?.close());
  const pageAt = (viewport: typeof PHONE) => world.page(viewport, { timeout: STEP_MS });
  const showStatus = (page: Page, label: string) => page.getByRole('radiogroup', { name: '按状态查看' }).getByText(label, { exact: true }).click();

  it("keeps a supplier out, and shows the leader's read-only staff the suppliers without a single action that writes", async () => {
    const supplier = await pageAt(PHONE);
    await world.signIn(supplier, SUPPLIER);
    await supplier.goto('/leader/suppliers');
    await supplier.waitForURL((url) => url.pathname === '/');
    expect(await supplier.getByText('供应商准入').count()).toBe(0);
    await supplier.context().close();

    const page = await pageAt(DESKTOP);
    await world.signIn(page, VIEWER);
    await page.goto('/leader/suppliers');
    await page.getByRole('heading', { level: 1, name: '供应商准入' }).waitFor();
    await showStatus(page, '正式供应商');
    await page.locator('.suppliers-table').getByText('Pizhou Hengtong', { exact: false }).first().waitFor();
    await page.getByText('您的账号只能查看').waitFor();
    expect(await page.getByRole('button', { name: /邀请供应商|暂停|终止合作|审核资质|重新发送|撤回邀请/ }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: '操作' }).count()).toBe(0);
    await page.context().close();
  }, TEST_MS);

  it('invites a new supplier by USCC; the supplier registers and submits, the leader returns it once with a reason, then approves the correction', async () => {
    const { base, uscc } = newUscc();
    const email = `owner.${base.toLowerCase()}@xinyi-springs.example`;
    const leader = await pageAt(DESKTOP);
    await world.signIn(leader, SQE);
    await leader.goto('/leader/suppliers');
    await leader.getByRole('heading', { level: 1, name: '供应商准入' }).waitFor();
    expect(await accessibilityProblems(leader)).toEqual([]);
    await screenshot(leader, 'leader-suppliers');

    // The USCC is checked as it is typed, with the server's own rule.
    await leader.getByRole('button', { name: '邀请供应商' }).click();
    const drawer = leader.getByRole('dialog', { name: '邀请供应商' });
    const wrong = uscc.slice(0, 17) + USCC_ALPHABET[(USCC_ALPHABET.indexOf(uscc[17]) + 1) % USCC_ALPHABET.length];
    await drawer.getByLabel('统一社会信用代码').fill(wrong);
    await drawer.getByText('校验码（最后一位）不对').waitFor();
    await drawer.getByLabel('统一社会信用代码').fill(uscc);
    await drawer.getByText('校验码（最后一位）不对').waitFor({ state: 'detached' });
    await drawer.getByLabel('联系人邮箱').fill(email);
    await drawer.getByLabel('供货零件或品类').fill('悬架弹簧');
    await drawer.getByLabel('供货零件或品类').press('Enter');
    expect(await accessibilityProblems(leader)).toEqual([]);
    await drawer.getByRole('button', { name: '发送邀请' }).click();
    await drawer.getByText(`邀请已发送至 ${email}`).waitFor();
    const link = await drawer.getByLabel('邀请链接').inputValue();
    expect(link).toMatch(/\/invitation\?token=/);
    await drawer.getByRole('button', { name: /^完\s*成$/ }).click();
    await showStatus(leader, '已邀请');
    expect(await rowOf(leader, uscc).textContent()).toContain(`邀请已发至 ${email}`);

    // The supplier, in its own browser: registers from the link and submits its qualification with a document.
    const supplier = await pageAt(PHONE);
    await supplier.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await supplier.getByLabel('统一社会信用代码').fill(uscc);
    await supplier.getByLabel('企业名称').fill('Xuzhou Xinyi Spring Co., Ltd.');
    await supplier.getByLabel('行业代码').fill('C3481');
    await supplier.getByLabel('从业人员（人）').fill('46');
    await supplier.getByLabel('您的姓名').fill('Sun Wei');
    await supplier.getByLabel('新密码', { exact: true }).fill('xinyi-spring-2026');
    await supplier.getByLabel('再次输入新密码').fill('xinyi-spring-2026');
    await supplier.getByRole('button', { name: '注册并接受邀请' }).click();
    await supplier.waitForURL((url) => url.pathname === '/');
    await supplier.goto('/qualification');
    const form = supplier.getByRole('region', { name: '提交资质材料' });
    await form.getByLabel('资质文件').setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: pdf('business licence, Xinyi Spring') });
    await form.locator('.ant-upload-list-item-done', { hasText: '营业执照.pdf' }).waitFor();
    await form.getByRole('button', { name: '提交审核' }).click();
    await supplier.getByText('待链主审核').waitFor();

    // The leader returns it with a reason about the document.
    await leader.reload();
    await showStatus(leader, '待审核');
    await rowOf(leader, uscc).getByText('待审核', { exact: false }).waitFor();
    await leader.getByRole('button', { name: '审核资质：Xuzhou Xinyi Spring Co., Ltd.' }).click();
    const review = leader.getByRole('dialog', { name: '资质审核：Xuzhou Xinyi Spring Co., Ltd.' });
    await review.getByText('营业执照.pdf').first().waitFor();
    expect(await accessibilityProblems(leader)).toEqual([]);
    await screenshot(leader, 'leader-qualification-review');
    await review.getByRole('button', { name: '退回修改' }).click();
    await review.getByRole('alert').filter({ hasText: '退回时至少写一条原因' }).waitFor();
    await review.getByLabel('针对 1').click();
    await leader.locator('.ant-select-item-option').filter({ hasText: /^营业执照\.pdf$/ }).click();
    await review.getByLabel('需要修改的地方 1').fill('复印件缺少年检页，请补充后重新上传');
    await review.getByRole('button', { name: '退回修改' }).click();
    await review.waitFor({ state: 'detached' });
    await rowOf(leader, uscc).getByText('已退回，待供应商修改后重新提交').waitFor();

    // The supplier sees the reason and resubmits.
    await supplier.reload();
    await supplier.getByText('营业执照.pdf：复印件缺少年检页，请补充后重新上传').waitFor();
    const again = supplier.getByRole('region', { name: '重新提交资质材料' });
    await again.getByLabel('资质文件').setInputFiles({ name: '营业执照（含年检页）.pdf', mimeType: 'application/pdf', buffer: pdf('business licence with inspection page') });
    await again.locator('.ant-upload-list-item-done', { hasText: '营业执照（含年检页）.pdf' }).waitFor();
    await again.getByRole('button', { name: /重新提交/ }).click();
    await supplier.getByText('待链主审核').waitFor();
    await supplier.context().close();

    // The leader approves: the supplier is active, with its whole history.
    await leader.reload();
    await showStatus(leader, '待审核');
    await leader.getByRole('button', { name: '审核资质：Xuzhou Xinyi Spring Co., Ltd.' }).click();
    const second = leader.getByRole('dialog', { name: '资质审核：Xuzhou Xinyi Spring Co., Ltd.' });
    await second.getByText('营业执照（含年检页）.pdf').first().waitFor();
    await second.getByRole('button', { name: '批准，成为正式供应商' }).click();
    await second.waitFor({ state: 'detached' });
    await showStatus(leader, '正式供应商');
    const row = rowOf(leader, uscc);
    await row.getByText('正式供应商').waitFor();
    await row.getByRole('button', { name: '展开行' }).click();
    const history = leader.getByRole('region', { name: '状态记录' });
    await history.getByText('供应商接受了邀请').waitFor();
    expect(await history.textContent()).toContain('资质审核通过');
    await leader.context().close();
  }, TEST_MS);

  it('sends an invitation again to a corrected address, then withdraws it with a reason, on a phone', async () => {
    const { uscc } = newUscc();
    const page = await pageAt(PHONE);
    await world.signIn(page, SQE);
    await page.goto('/leader/suppliers');
    await page.getByRole('button', { name: '邀请供应商' }).click();
    const drawer = page.getByRole('dialog', { name: '邀请供应商' });
    await drawer.getByLabel('统一社会信用代码').fill(uscc);
    await drawer.getByLabel('联系人邮箱').fill('sales@xinyi-sprnigs.example');
    await drawer.getByRole('button', { name: '发送邀请' }).click();
    await drawer.getByRole('button', { name: /^完\s*成$/ }).click();
    await showStatus(page, '已邀请');
    const card = rowOf(page, uscc);
    await card.getByText('邀请已发至 sales@xinyi-sprnigs.example').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'leader-suppliers');

    await card.getByRole('button', { name: /^重新发送/ }).click();
    const resend = page.getByRole('dialog', { name: '重新发送邀请' });
    await resend.getByLabel('联系人邮箱').fill('not an address');
    await resend.getByRole('button', { name: /^确\s*定$/ }).click();
    await resend.getByText('请输入有效的电子邮箱').waitFor();
    await resend.getByLabel('联系人邮箱').fill('sales@xinyi-springs.example');
    await resend.getByRole('button', { name: /^确\s*定$/ }).click();
    await resend.waitFor({ state: 'detached' });
    await card.getByText('邀请已发至 sales@xinyi-springs.example').waitFor();

    await card.getByRole('button', { name: /^撤回邀请/ }).click();
    const withdraw = page.getByRole('dialog', { name: '撤回邀请' });
    await withdraw.getByLabel('原因（可不填）').fill('统一社会信用代码填错了企业');
    await withdraw.getByRole('button', { name: /^确\s*定$/ }).click();
    await withdraw.waitFor({ state: 'detached' });
    await showStatus(page, '已退出');
    await rowOf(page, uscc).getByText('撤回邀请：统一社会信用代码填错了企业').waitFor();
    await page.context().close();
  }, TEST_MS);

  it("shows the fence builder the castings shop's certificate already verified on the Huaxing chain, and records that it accepts it", async () => {
    const leader = await world.signedIn(DESKTOP, FENCE_LEADER, STEP_MS);
    await leader.goto('/leader/suppliers');
    await showStatus(leader, '待审核');
    const name = 'Pizhou Hengtong Precision Castings Co., Ltd.';
    await leader.getByRole('button', { name: `审核资质：${name}` }).click();
    const review = leader.getByRole('dialog', { name: `资质审核：${name}` });
    // Who verified it and when; nothing else of the other chain.
    await review.getByText(/^已在其他产业链核验通过：Xuzhou Huaxing New Energy Vehicle Co\., Ltd\.，\d{4}年\d{1,2}月\d{1,2}日$/).waitFor();
    expect(await review.textContent()).not.toContain('Huaxing NEV body and battery supply chain');
    expect(await accessibilityProblems(leader)).toEqual([]);
    await screenshot(leader, 'leader-certificate-recognition');
    await review.getByRole('button', { name: '采信此证书' }).click();
    await review.getByText('已采信，无需重复提交证书材料').waitFor();

    // Recorded on the qualification: still accepted when the review is opened again.
    await leader.reload();
    await showStatus(leader, '待审核');
    await leader.getByRole('button', { name: `审核资质：${name}` }).click();
    await leader.getByRole('dialog', { name: `资质审核：${name}` }).getByText('已采信，无需重复提交证书材料').waitFor();
    expect(await leader.getByRole('button', { name: '采信此证书' }).count()).toBe(0);
    await leader.context().close();
  }, TEST_MS);
});
