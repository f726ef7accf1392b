import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@chainq/core';
import { compileServer } from '../../support/compiled-server';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * The api as `npm start` runs it (compiled JavaScript in a process of its
 * own, serving dist/web), on a database a test prepared: for figures that
 * must not include the test process's own work (Jest, the Playwright
 * client, an in-process worker) in the server's event loop.
 */
export class ServedApi {
  private constructor(
    readonly baseUrl: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(env: { DATABASE_URL: string; FILE_STORAGE_DIR: string }): Promise<ServedApi> {
    const main = path.join(compileServer('served-api'), 'apps/api/src/main.js');
    const port = await freePort();
    const child = spawn(process.execPath, [main], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...env, PORT: String(port), HOST: '127.0.0.1', WEB_DIR: path.join(ROOT, 'dist/web'), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const api = new ServedApi(`http://127.0.0.1:${port}`, child);
    await api.ready();
    return api;
  }

  private async ready(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`the api exited with ${this.child.exitCode}`);
      const ok = await fetch(`${this.baseUrl}/health/ready`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the api did not become ready within 60 s');
  }

  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
