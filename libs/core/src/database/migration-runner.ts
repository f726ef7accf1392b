import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** Any constant works as long as every replica uses the same one. */
const MIGRATION_LOCK_KEY = 0x63_68_61_69; // "chai"

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so replicas that
 * boot together apply each migration once; the others wait, then find
 * nothing to do. Returns the names of the migrations this call applied.
 */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    logging: false,
  });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
