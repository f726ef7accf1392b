import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Client } from 'pg';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { runMigrations } from '@chainq/core';
import { DEMO_PASSWORD, DemoModule, DemoSeeder } from '@chainq/demo';
import { recreateDatabase } from '../../support/global-setup';
import { TestApp } from '../../support/test-app';

// A browser test waits on a real server and a real browser: minutes, not seconds, on a busy 2-core machine.
jest.setTimeout(180_000);

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };
export type Viewport = typeof PHONE;

const ROOT = path.resolve(__dirname, '../../..');
const WEB_DIR = path.join(ROOT, 'dist/web');
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The whole product for a browser test: the API and worker on a fresh
 * database seeded with the demo world (the logins `npm start` prints), the
 * built web app served by the API, and a headless Chromium. One per spec file.
 */
export class WebWorld {
  private constructor(
    readonly api: TestApp,
    readonly baseUrl: string,
    readonly browser: Browser,
    /** This world's database and document directory, for a server of its own (see ServedApi). */
    readonly storage: { DATABASE_URL: string; FILE_STORAGE_DIR: string },
  ) {}

  static async start(name: string): Promise<WebWorld> {
    ensureWebBuild();
    const demo = await demoTemplate();
    const url = await copyDatabase(demo.url, `chainq_web_${name.replace(/\W/g, '_')}`);
    const api = await TestApp.start({ worker: true, extra: [DemoModule], env: { DATABASE_URL: url, FILE_STORAGE_DIR: demo.files, WEB_DIR } });
    await api.app.listen(0, '127.0.0.1');
    const port = (api.app.getHttpServer().address() as AddressInfo).port;
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    return new WebWorld(api, `http://127.0.0.1:${port}`, browser, { DATABASE_URL: url, FILE_STORAGE_DIR: demo.files });
  }

  /** A fresh browser profile (no cookies) at a viewport, Chinese unless told; each step waits up to `timeout` ms (15 s unless told). */
  async page(viewport: Viewport = PHONE, options: { locale?: string; baseUrl?: string; timeout?: number } = {}): Promise<Page> {
    const context: BrowserContext = await this.browser.newContext({
      viewport,
      baseURL: options.baseUrl ?? this.baseUrl,
      locale: options.locale ?? 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(options.timeout ?? 15_000);
    return page;
  }

  /** A fresh profile signed in as `email`, for flows whose steps may wait on the worker (each up to `timeout`, a minute unless told). */
  async signedIn(viewport: Viewport, email: string, timeout = 60_000): Promise<Page> {
    const page = await this.page(viewport, { timeout });
    await this.signIn(page, email);
    return page;
  }

  /** Signs in through the sign-in page and waits for the signed-in shell. */
  async signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
    await page.goto('/sign-in');
    await page.getByLabel('电子邮箱').fill(email);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('button', { name: /^(用户菜单|User menu)$/ }).waitFor();
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.api.close();
  }
}

let template: Promise<{ url: string; files: string }> | undefined;

/**
 * The demo world is seeded once per test run into a template database; each
 * spec file gets its own copy of it (CREATE DATABASE … TEMPLATE, about a
 * second) instead of seeding again. Copies share the document directory:
 * stored files are never changed, new ones get new keys.
 */
function demoTemplate(): Promise<{ url: string; files: string }> {
  template ??= (async () => {
    const url = await recreateDatabase(process.env.TEST_SERVER_URL!, 'chainq_web_demo');
    await runMigrations(url);
    const files = mkdtempSync(path.join(tmpdir(), 'chainq-web-files-'));
    chmodSync(files, 0o755);
    const seeder = await TestApp.start({ extra: [DemoModule], env: { DATABASE_URL: url, FILE_STORAGE_DIR: files } });
    await seeder.get(DemoSeeder).seed();
    await seeder.close();
    return { url, files };
  })();
  return template;
}

async function copyDatabase(templateUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: process.env.TEST_SERVER_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${new URL(templateUrl).pathname.slice(1)}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Every page must pass axe-core with no serious or critical violation. Returns them so a failing test prints what is wrong. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // A select's list or a date picker's calendar that was just picked from, or a field's error that was just
  // put right, is still fading out (antd's `*-leave` motion, half-transparent); the page is judged once every
  // such popup has closed and every leaving element has gone, and anything still leaving after that is left out.
  await page
    .waitForFunction(
      "[...document.querySelectorAll('.ant-select-dropdown, .ant-picker-dropdown')].every((popup) => getComputedStyle(popup).display === 'none') && !document.querySelector('[class*=\"-leave\"]')",
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).exclude('[class*="-leave"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Writes docs/screenshots/<name>-<phone|desktop>.png (committed; shown in the README). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const viewport = page.viewportSize()?.width === PHONE.width ? 'phone' : 'desktop';
  // From the top, so the sticky header sits where a reader sees it, not across the middle of a full-page picture.
  if (viewport === 'desktop') await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${viewport}.png`), fullPage: viewport === 'desktop' });
}

/** Builds the web app when dist/web is missing or older than its sources (CI builds it before `npm test`). */
function ensureWebBuild(): void {
  const index = path.join(WEB_DIR, 'index.html');
  const sources = Math.max(newest(path.join(ROOT, 'apps/web/src')), statSync(path.join(ROOT, 'apps/web/vite.config.mts')).mtimeMs);
  if (existsSync(index) && sources <= statSync(index).mtimeMs) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Jest sets NODE_ENV=test, and Vite would then bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** The latest modification time of any file under `dir`. */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }, 0);
}
