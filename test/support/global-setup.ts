import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import Redis from 'ioredis';
import { EmbeddedPostgresError, freePort, runMigrations, startEmbeddedPostgres } from '@chainq/core';
import { testRedisUrl } from './test-backend';

/**
 * One real PostgreSQL for the e2e run: the embedded server in a temporary
 * directory, or a fresh `<name>_test` database on the server of DATABASE_URL.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), 'chainq-test-pg-'));
    chmodSync(dir, 0o755); // the server runs as the postgres OS user when we are root
    const port = await freePort();
    const embedded = await startEmbeddedPostgres({ dir: path.join(dir, 'data'), port }).catch((error: Error) => {
      // One sentence that says what to do (EmbeddedPostgresError), not a stack trace.
      if (!(error instanceof EmbeddedPostgresError)) throw error;
      process.stderr.write(`\n${error.message}\n`);
      process.exit(1);
    });
    (globalThis as Record<string, unknown>).__chainqEmbedded = embedded;
    serverUrl = embedded.url;
  }
  const testUrl = await recreateDatabase(serverUrl, `${new URL(serverUrl).pathname.slice(1)}_test`);
  await runMigrations(testUrl);
  // Jobs left in Redis by an earlier run name rows of a database just dropped.
  const redisUrl = testRedisUrl();
  if (redisUrl) {
    const redis = new Redis(redisUrl);
    await redis.flushdb();
    redis.disconnect();
  }
  process.env.TEST_DATABASE_URL = testUrl;
  process.env.TEST_SERVER_URL = serverUrl;
}

export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
