import { ConfigError, loadConfig, onShutdown, runMigrations } from '@chainq/core';
import { ApiModule } from './api.module';
import { createHttpApp } from './http-app';

/** The API alone, for production: needs DATABASE_URL; run any number behind a load balancer. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.database.url) throw new ConfigError(['DATABASE_URL: required when the API runs on its own']);
  if (config.database.migrateOnStart) await runMigrations(config.database.url);
  const app = await createHttpApp(config, [ApiModule]);
  onShutdown([() => app.close()]);
  await app.listen(config.http.port, config.http.host);
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
