import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

/** Anping Jinsheng's owner, who has shared its profile with a bank in the demo world. */
const OWNER = 'owner@jinsheng-mesh.example';
const STEP_MS = 60_000;
const TEST_MS = 300_000;

describe('web app: quality credit profile shared with a lender', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('profile-share');
  }, 300_000);
  afterAll(() => world?.close());

  it('the owner shares on a phone; an anonymous visitor sees and verifies the figures; after the owner revokes, the link says it is no longer valid', async () => {
    const owner = await world.signedIn(PHONE, OWNER, STEP_MS);
    await owner.goto('/profile');
    await owner.getByRole('heading', { level: 1, name: '质量信用档案' }).waitFor();
    // The demo's earlier shares: the bank's is live and was opened by a named officer; the customer's was revoked.
    const bank = owner.locator('.ant-list-item').filter({ hasText: 'Bank of Hebei, Anping branch' });
    await bank.getByText('有效', { exact: true }).waitFor();
    await bank.getByText('查看记录（2 次）').click();
    await bank.getByText('Wang Jun, credit officer').waitFor();
    await owner.locator('.ant-list-item').filter({ hasText: 'Hengshui Lutong Highway Facilities' }).getByText('已撤销', { exact: true }).waitFor();
    await owner.getByRole('heading', { level: 2, name: '当前档案' }).waitFor();
    await owner.getByText('Huaxing NEV body and battery supply chain').first().waitFor();
    expect(await accessibilityProblems(owner)).toEqual([]);
    await screenshot(owner, 'supplier-profile-phone');

    await owner.getByRole('button', { name: '分享档案' }).click();
    const dialog = owner.getByRole('dialog', { name: '分享质量信用档案' });
    await dialog.getByRole('button', { name: '生成链接' }).click();
    await dialog.getByText('请填写这一项').first().waitFor(); // nothing typed: the form says so, nothing is created
    await dialog.getByLabel('分享给').fill('Bank of China, Anping sub-branch');
    await dialog.getByLabel('用途').fill('认证贷申请');
    await dialog.getByRole('button', { name: '生成链接' }).click();
    const created = owner.getByRole('dialog', { name: '链接已生成' });
    const link = await created.getByRole('link', { name: /\/verify\// }).getAttribute('href');
    expect(link).toMatch(/\/verify\/[A-Za-z0-9_-]{43}$/);
    await created.getByRole('img', { name: '分享链接的二维码' }).waitFor();
    await created.getByRole('button', { name: /^完\s*成$/ }).click();

    // A visitor without an account, on a computer.
    const visitor = await world.page(DESKTOP, { timeout: STEP_MS });
    const where = new URL(link!).pathname;
    await visitor.goto(where);
    await visitor.getByRole('heading', { level: 1, name: '企业质量信用档案' }).waitFor();
    await visitor.getByText(/^ChainQ 已于 .+ 核验并签名$/).waitFor();
    await visitor.getByText('分享给：Bank of China, Anping sub-branch；用途：认证贷申请').waitFor();
    await visitor.getByText('Anping Jinsheng Wire Mesh Products Co., Ltd.', { exact: true }).waitFor();
    await visitor.getByText('Huaxing NEV body and battery supply chain').waitFor();
    await visitor.getByText('批次合格率').first().waitFor();
    expect(await visitor.locator('.profile-figures dd').allTextContents()).toContainEqual(expect.stringMatching(/^\d{1,3}\.\d%$/));
    expect(await visitor.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
    expect(await accessibilityProblems(visitor)).toEqual([]);
    await screenshot(visitor, 'verify-profile-desktop');

    // The signed file, checked offline with the published key: accepted as is, refused after one byte changes.
    const [download] = await Promise.all([visitor.waitForEvent('download'), visitor.getByRole('button', { name: '下载签名文件（JSON）' }).click()]);
    const dir = mkdtempSync(path.join(tmpdir(), 'chainq-web-verify-'));
    const [file, changed, keyFile] = ['profile.json', 'changed.json', 'key.json'].map((f) => path.join(dir, f));
    await download.saveAs(file);
    writeFileSync(keyFile, await (await fetch(`${world.baseUrl}/.well-known/chainq-signing-key`)).text());
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('Anping Jinsheng');
    writeFileSync(changed, `${text.slice(0, at)}B${text.slice(at + 1)}`);
    const check = (f: string) => spawnSync(process.execPath, ['scripts/verify-profile.mjs', f, keyFile], { encoding: 'utf8' });
    expect(check(file)).toMatchObject({ status: 0, stdout: expect.stringMatching(/^VALID: signed by ChainQ; profile of Anping Jinsheng/) });
    expect(check(changed)).toMatchObject({ status: 1, stdout: expect.stringMatching(/^NOT VALID/) });

    // The visitor tells the owner who looked (optional; an empty name is refused on the page).
    await visitor.getByRole('button', { name: '告知企业' }).click();
    await visitor.getByText('请填写姓名或单位').waitFor();
    await visitor.getByLabel('您的姓名与单位（可选）').fill('Zhao Min, credit department');
    await visitor.getByRole('button', { name: '告知企业' }).click();
    await visitor.getByText('已告知Anping Jinsheng Wire Mesh Products Co., Ltd.：Zhao Min, credit department').waitFor();

    // In English on request.
    await visitor.getByRole('button', { name: 'English' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Enterprise quality credit profile' }).waitFor();

    // The owner sees the view, then revokes.
    await owner.reload();
    const share = owner.locator('.ant-list-item').filter({ hasText: 'Bank of China, Anping sub-branch' });
    await share.getByText('查看记录（1 次）').click();
    await share.getByText('Zhao Min, credit department').waitFor();
    await share.getByRole('button', { name: /^撤\s*销$/ }).click();
    await owner.locator('.ant-popconfirm-buttons').getByRole('button', { name: /^撤\s*销$/ }).click();
    await share.getByText('已撤销', { exact: true }).waitFor();

    await visitor.reload();
    await visitor.getByText('This share link is not valid').waitFor();
    expect(await visitor.getByText('Anping Jinsheng').count()).toBe(0);
    await owner.context().close();
    await visitor.context().close();
  }, TEST_MS);
});
