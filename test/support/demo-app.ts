import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMigrations } from '@chainq/core';
import { DemoModule } from '@chainq/demo';
import { recreateDatabase } from './global-setup';
import { TestApp } from './test-app';

/** The API (and, if asked, the worker) with the demo module over a database of its own, `database`, freshly migrated; the caller seeds it. */
export async function demoApp(database: string, options: { worker?: boolean } = {}): Promise<TestApp> {
  const url = await recreateDatabase(process.env.TEST_SERVER_URL!, database);
  await runMigrations(url);
  const files = mkdtempSync(path.join(tmpdir(), `${database}-files-`));
  chmodSync(files, 0o755);
  return TestApp.start({ env: { DATABASE_URL: url, FILE_STORAGE_DIR: files }, extra: [DemoModule], worker: options.worker });
}
