import { setTimeout as sleep } from 'node:timers/promises';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../api/src/api.module';
import { createHttpApp } from '../../api/src/http-app';
import { WorkerModule } from '../../worker/src/worker.module';
import {
  AppConfig,
  ConfigError,
  EmbeddedPostgresError,
  EmbeddedPostgresHandle,
  JobQueues,
  loadConfig,
  onShutdown,
  OutboxService,
  runMigrations,
  startEmbeddedPostgres,
  withDatabaseUrl,
} from '@chainq/core';
import { DemoModule, DemoSeedResult, DemoSeeder } from '@chainq/demo';

/**
 * `npm start`: API and worker in one process. With DATABASE_URL unset it
 * runs an embedded PostgreSQL under .data/ and seeds the demo world.
 */
async function main(): Promise<void> {
  let config: AppConfig = loadConfig(process.env);
  let embedded: EmbeddedPostgresHandle | undefined;
  if (!config.database.url) {
    embedded = await startEmbeddedPostgres(config.database.embedded);
    config = withDatabaseUrl(config, embedded.url);
  }
  const stopDatabase = async () => embedded?.stop();
  try {
    if (config.database.migrateOnStart) await runMigrations(config.database.url!);
    const app = await createHttpApp(config, [ApiModule, WorkerModule, DemoModule]);
    onShutdown([() => app.close(), stopDatabase]);
    // Only the embedded database is seeded on its own; elsewhere run `npm run seed` deliberately.
    const seeded = config.seedDemo && embedded ? await app.get(DemoSeeder).seed() : null;
    await app.listen(config.http.port, config.http.host);
    if (seeded) await seededWorkSettled(app);
    printWelcome(config, embedded?.dir, seeded);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

/**
 * The demo world's follow-up jobs (rollups, notifications) log as they run;
 * let them finish (30 s at most) so the banner is the last thing printed.
 */
async function seededWorkSettled(app: INestApplication, timeoutMs = 30_000): Promise<void> {
  const [queues, outbox, manager] = [app.get(JobQueues), app.get(OutboxService), app.get(DataSource).manager];
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(250)) {
    if ((await outbox.due(manager)) === 0 && (await queues.idle())) return;
  }
}

function printWelcome(config: AppConfig, embeddedDir: string | undefined, seeded: DemoSeedResult | null): void {
  const logins = seeded?.logins ?? [];
  const host = ['0.0.0.0', '::'].includes(config.http.host) ? 'localhost' : config.http.host;
  const lines = [
    '',
    `ChainQ is running: open http://${host}:${config.http.port}/ (web app; GraphQL at /graphql)`,
    `  database: ${embeddedDir ? `embedded PostgreSQL (${embeddedDir})` : 'DATABASE_URL'}; jobs: ${config.redisUrl ? 'Redis' : 'PostgreSQL'} queue`,
    `  health: http://${host}:${config.http.port}/health/ready   queues: http://${host}:${config.http.port}/admin/queues`,
  ];
  if (logins.length) {
    lines.push('  demo logins (password for all: ' + logins[0].password + '):');
    for (const l of logins) lines.push(`    ${l.email.padEnd(34)} ${l.who}`);
  }
  if (seeded?.sharedProfileLink) lines.push(`  a supplier's shared quality profile (no sign-in): ${seeded.sharedProfileLink}`);
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof EmbeddedPostgresError ? error.message : error);
  process.exit(1);
});
