import { NestFactory } from '@nestjs/core';
import { AppLogger, ConfigError, loadConfig, onShutdown, processModule, runMigrations } from '@chainq/core';
import { WorkerModule } from './worker.module';

/** The worker alone, for production: needs DATABASE_URL; replicas share the queues. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.database.url) throw new ConfigError(['DATABASE_URL: required when the worker runs on its own']);
  if (config.database.migrateOnStart) await runMigrations(config.database.url);
  const app = await NestFactory.createApplicationContext(processModule(config, [WorkerModule]), { bufferLogs: true });
  app.useLogger(app.get(AppLogger));
  onShutdown([() => app.close()]);
  await app.init();
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
