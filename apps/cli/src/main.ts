import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../api/src/api.module';
import { createHttpApp } from '../../api/src/http-app';
import { AppConfig, ConfigError, loadConfig, runMigrations, startEmbeddedPostgres, withDatabaseUrl } from '@chainq/core';
import { DemoModule, DemoSeeder } from '@chainq/demo';
import { Language, PlatformAdminService, withPermissionsSection } from '@chainq/identity';
import { NOTIFICATION_LOCALE_FILES, notificationLocale } from '@chainq/notifications';
import { writeMigration } from './migration-writer';

const USAGE = `usage: npm run cli -- <command> [options]
  migrate                                   apply pending migrations
  seed                                      seed the demo world (idempotent)
  create-admin --email E --name N --password P
                                            create a platform admin
  print-schema [--check]                    write schema.gql (or fail if it is stale)
  print-permissions [--check]               write README.md's permission table from the matrix in code
  print-notification-locales [--check]      write the web app's notifications.json (zh-CN, en) from the texts in code
  generate-migration <Name>                 write a migration for entity changes
With DATABASE_URL unset, commands use the embedded PostgreSQL under .data/
(the running one of \`npm start\`, if any).`;

async function withApp<T>(config: AppConfig, run: (app: INestApplication) => Promise<T>): Promise<T> {
  // No WorkerModule: a CLI command must not start consuming jobs.
  const app = await createHttpApp({ ...config, logLevel: 'warn' }, [ApiModule, DemoModule]);
  await app.init();
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, check: { type: 'boolean' } },
  });
  const [command, argument] = positionals;
  // Needs no database: the table is printed from code.
  if (command === 'print-permissions') return printPermissions(!!values.check);
  if (command === 'print-notification-locales') return printNotificationLocales(!!values.check);
  let config = loadConfig(process.env);
  const embedded = config.database.url ? undefined : await startEmbeddedPostgres(config.database.embedded);
  if (embedded) config = withDatabaseUrl(config, embedded.url);
  try {
    await run(command, argument, values, config);
  } finally {
    await embedded?.stop();
  }
}

async function run(
  command: string | undefined,
  argument: string | undefined,
  values: { email?: string; name?: string; password?: string; check?: boolean },
  config: AppConfig,
): Promise<void> {
  {
    const applied = await runMigrations(config.database.url!);
    if (applied.length) console.log(`applied migrations: ${applied.join(', ')}`);
    switch (command) {
      case 'migrate':
        if (!applied.length) console.log('no pending migrations');
        return;
      case 'seed':
        return withApp(config, async (app) => {
          const { created } = await app.get(DemoSeeder).seed();
          console.log(created ? 'demo world seeded' : 'demo world already present');
        });
      case 'create-admin': {
        const { email, name, password } = values;
        if (!email || !name || !password) throw new Error('create-admin needs --email, --name and --password');
        return withApp(config, async (app) => {
          const user = await app.get(PlatformAdminService).create({ email, displayName: name, password });
          console.log(`platform admin ${user.email} created`);
        });
      }
      case 'print-schema':
        return withApp(config, async (app) => {
          const schema = printSchema(app.get(GraphQLSchemaHost).schema) + '\n';
          if (values.check) {
            if (readFileSync('schema.gql', 'utf8') !== schema) throw new Error('schema.gql is stale: run npm run schema:print');
            console.log('schema.gql is current');
          } else {
            writeFileSync('schema.gql', schema);
            console.log('schema.gql written');
          }
        });
      case 'generate-migration':
        if (!argument) throw new Error('generate-migration needs a name, e.g. AddQualityIssues');
        return withApp(config, async (app) => {
          const file = await writeMigration(app.get(DataSource), argument);
          console.log(file ? `wrote ${file}` : 'entities and database agree: nothing to generate');
        });
      default:
        console.log(USAGE);
        if (command) process.exitCode = 2;
    }
  }
}

function printPermissions(check: boolean): void {
  const readme = readFileSync('README.md', 'utf8');
  const current = withPermissionsSection(readme);
  if (check) {
    if (current !== readme) throw new Error("README.md's permission table is stale: run npm run cli -- print-permissions");
    console.log("README.md's permission table is current");
  } else {
    writeFileSync('README.md', current);
    console.log(current === readme ? "README.md's permission table was already current" : "README.md's permission table written");
  }
}

function printNotificationLocales(check: boolean): void {
  for (const language of Object.values(Language)) {
    const file = NOTIFICATION_LOCALE_FILES[language];
    const current = notificationLocale(language);
    const written = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (check && written !== current) throw new Error(`${file} is stale: run npm run cli -- print-notification-locales`);
    if (!check && written !== current) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, current);
    }
    console.log(`${file} ${written === current ? 'is current' : 'written'}`);
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError ? error.message : `error: ${(error as Error).message}`);
  process.exit(1);
});
