import { accessibilityProblems, DESKTOP, PHONE, screenshot, WebWorld } from './support/web-world';

const SUPPLIER = 'owner@hengtong-castings.example';

/** Signing in, staying signed in across a reload, signing out everywhere, and the pages before sign-in. */
describe('web app: sessions', () => {
  let world: WebWorld;
  beforeAll(async () => {
    world = await WebWorld.start('session');
  }, 120_000);
  afterAll(() => world?.close());

  it('sends a signed-out visitor to the sign-in page in Chinese, and back to where they were going', async () => {
    const page = await world.page(PHONE);
    await page.goto('/actions');
    await page.waitForURL(/\/sign-in\?next=%2Factions/);
    await expect(page.getByRole('heading', { name: '登录' })).toBeTruthy();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('登录');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'sign-in');

    await page.getByLabel('电子邮箱').fill(SUPPLIER);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/[\u4e00-\u9fa5]/);
    expect(await alert.textContent()).not.toMatch(/Invalid|password/i);

    await page.getByLabel('密码').fill('chainq-demo-2026');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL(/\/actions$/);
    await page.getByRole('button', { name: '用户菜单' }).waitFor();
    await page.context().close();
  });

  it('keeps the session across a reload without the token in storage, and sign-out ends it', async () => {
    const page = await world.page(PHONE);
    await world.signIn(page, SUPPLIER);
    const stored = await page.evaluate<string>('JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie })');
    expect(stored).not.toMatch(/eyJ/); // no JWT anywhere script can read

    await page.reload();
    await page.getByRole('button', { name: '用户菜单' }).waitFor();
    expect(page.url()).not.toContain('/sign-in');

    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto('/');
    await page.waitForURL(/\/sign-in/);
    // The refresh cookie no longer works on the server either.
    const refresh = await page.evaluate<number>("fetch('/auth/refresh', { method: 'POST', headers: { 'X-ChainQ-Refresh': '1' } }).then((r) => r.status)");
    expect(refresh).toBe(401);
    await page.context().close();
  });

  it("asks for the viewer and the to-do list once on a reload, as soon as the session is back, before the app's code has run", async () => {
    const page = await world.page(PHONE);
    await world.signIn(page, SUPPLIER);
    const operations: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname !== '/graphql' || request.method() !== 'POST') return;
      const { operationName } = JSON.parse(request.postData() ?? '{}') as { operationName?: string };
      operations.push(`${operationName}${request.headers()['x-chainq-early'] ? ' (early)' : ''}`);
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: '待办' }).waitFor();
    await page.getByRole('button', { name: '用户菜单' }).waitFor();
    // The castings shop has things to do: the list shows the early answer, and no second request goes out for it.
    await page.getByRole('list', { name: '待办事项，最早到期的在前' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(operations.filter((o) => /^(Viewer|SupplierTodo)/.test(o)).sort()).toEqual(['SupplierTodo (early)', 'Viewer (early)']);
    await page.context().close();
  });

  it('switches to English and back, on the sign-in page and signed in, and the account remembers the choice', async () => {
    const page = await world.page(DESKTOP);
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'English' }).click();
    // The switch re-renders once the English words have loaded.
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail').fill(SUPPLIER);
    await page.getByLabel('Password').fill('chainq-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'User menu' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main menu' }).textContent()).toContain('Corrective actions (8D)');

    // The account remembers it: another device, Chinese before sign-in, turns English once signed in.
    const elsewhere = await world.page(PHONE);
    await world.signIn(elsewhere, SUPPLIER);
    await elsewhere.getByRole('button', { name: 'User menu' }).waitFor();
    await elsewhere.context().close();

    await page.getByRole('button', { name: 'User menu' }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByRole('navigation', { name: '主菜单' }).waitFor();
    expect(await page.getByRole('navigation', { name: '主菜单' }).textContent()).toContain('纠正措施（8D）');
    await page.context().close();
  });

  it('answers the forgotten-password form the same way for any address', async () => {
    const page = await world.page(PHONE);
    await page.goto('/forgot-password');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByLabel('电子邮箱').fill('nobody@nowhere.example');
    await page.getByRole('button', { name: /发送重置链接/ }).click();
    await page.getByRole('status').filter({ hasText: '如果该邮箱已注册' }).waitFor();
    await screenshot(page, 'forgot-password');
    await page.context().close();
  });

  it('changes the password: a wrong current password is named in Chinese, then the change signs out every other session', async () => {
    const other = await world.page(DESKTOP);
    await world.signIn(other, 'qe@ruida-battery.example');
    await other.goto('/account/password');
    await other.getByRole('heading', { name: '修改密码' }).waitFor();
    expect(await accessibilityProblems(other)).toEqual([]);
    await screenshot(other, 'change-password');
    const page = await world.page(PHONE);
    await world.signIn(page, 'qe@ruida-battery.example');
    await page.getByRole('button', { name: '用户菜单' }).click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await page.getByRole('heading', { name: '修改密码' }).waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'change-password');

    await page.getByLabel('当前密码').fill('wrong-password-1');
    await page.getByLabel('新密码', { exact: true }).fill('a-new-password-2026');
    await page.getByLabel('再次输入新密码').fill('a-new-password-2026');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const problem = page.locator('.ant-form-item-explain-error, [role=alert]').first();
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/[\u4e00-\u9fa5]/);
    expect(await page.getByLabel('新密码', { exact: true }).inputValue()).toBe('a-new-password-2026'); // what was typed stays

    await page.getByLabel('当前密码').fill('chainq-demo-2026');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByRole('status').filter({ hasText: '密码已修改' }).waitFor();
    // This page carries on; the other browser's session has ended.
    await page.reload();
    await page.getByRole('button', { name: '用户菜单' }).waitFor();
    await other.reload();
    await other.waitForURL(/\/sign-in/);
    await other.context().close();
    await page.context().close();
  });

  it('explains a reset link that is not valid, in Chinese, next to a way to ask again', async () => {
    const page = await world.page(DESKTOP);
    await page.goto('/reset-password?token=not-a-real-token');
    await page.getByLabel('新密码', { exact: true }).fill('another-password-2026');
    await page.getByLabel('再次输入新密码').fill('another-password-2026');
    await page.getByRole('button', { name: /保存新密码/ }).click();
    const problem = page.locator('.ant-form-item-explain-error, [role=alert]').first();
    await problem.waitFor();
    expect(await problem.textContent()).toMatch(/[\u4e00-\u9fa5]/);
    expect(await page.getByRole('link', { name: '重新申请重置链接' }).isVisible()).toBe(true);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, 'reset-password');
    await page.context().close();
  });

  it('shows the pages before sign-in at desktop size too, each passing axe', async () => {
    const page = await world.page(DESKTOP);
    for (const [path, name, heading] of [
      ['/sign-in', 'sign-in', '登录'],
      ['/forgot-password', 'forgot-password', '找回密码'],
    ]) {
      await page.goto(path);
      await page.getByRole('heading', { name: heading }).waitFor();
      expect(await accessibilityProblems(page)).toEqual([]);
      await screenshot(page, name);
    }
    await page.context().close();
    const phone = await world.page(PHONE);
    await phone.goto('/reset-password?token=x');
    await phone.getByRole('heading', { name: '设置新密码' }).waitFor();
    expect(await accessibilityProblems(phone)).toEqual([]);
    await screenshot(phone, 'reset-password');
    await phone.context().close();
  });
});
