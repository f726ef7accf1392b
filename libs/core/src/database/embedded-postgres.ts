import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { closedParent, EmbeddedPostgresError, PostgresAccount, postgresAccount, postgresBinaries } from './postgres-binaries';

export { EmbeddedPostgresError, fallbackDataDir } from './postgres-binaries';

export interface EmbeddedPostgresHandle {
  url: string;
  /** The data directory in use (`fallbackDir` when `dir` was out of the postgres account's reach). */
  dir: string;
  /** The server's own log (pg_ctl -l). */
  logFile: string;
  /** The directory of the PostgreSQL binaries the server runs from. */
  bin: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dir: string;
  port: number;
  /**
   * Used instead of `dir` when we are root and the postgres account cannot
   * enter `dir` (the default `.data/postgres` of a checkout in a private
   * directory). Without it that case stops with a message.
   */
  fallbackDir?: string;
  /** Where root keeps the server's binaries for the postgres account (default /var/tmp). */
  binaryCacheRoot?: string;
}

const USER = 'chainq';
const PASSWORD = 'chainq';
const DATABASE = 'chainq';
const OWNER_FILE = 'chainq-owner.pid';
const run = promisify(execFile);

/**
 * Starts a real PostgreSQL server from the npm-shipped binaries, keeping its
 * data in `dir` across restarts. Used when DATABASE_URL is unset, by
 * `npm start`, the CLI and the test harness alike.
 *
 * pg_ctl starts the server in its own session, so a Ctrl-C in the terminal
 * reaches only Node; the caller stops the server (fast shutdown) after it has
 * closed its own connections.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const account = postgresAccount();
  const dir = dataDirFor(options, account);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`;
  const logFile = path.join(dir, 'server.log');
  const { bin } = await postgresBinaries(options.binaryCacheRoot);
  const pgCtl = (args: string[]) => run(path.join(bin, 'pg_ctl'), ['-D', dir, '-s', ...args], asAccount(account));
  // Another ChainQ process (say `npm start` while the CLI seeds) owns a live
  // server on this directory: share it and leave stopping it to its owner.
  if (await stopOrphanedServer(dir, pgCtl)) return { url, dir, logFile, bin, stop: async () => undefined };
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  if (fresh) await initialise(dir, bin, account);
  try {
    await pgCtl(['start', '-w', '-t', '60', '-l', logFile, '-o', `-p ${options.port} -c listen_addresses=127.0.0.1 -c max_connections=200`]);
  } catch {
    throw new EmbeddedPostgresError(
      `embedded PostgreSQL did not start on port ${options.port} (${lastFatal(logFile) ?? 'see ' + logFile}); set EMBEDDED_PG_PORT to a free port or stop what holds it`,
    );
  }
  writeFileSync(path.join(dir, OWNER_FILE), String(process.pid));
  if (fresh) await createDatabase(url);
  const pid = Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await pgCtl(['stop', '-m', 'fast', '-w', '-t', '60']);
      // pg_ctl returns once the pid file is gone; the postmaster exits a moment later.
      for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
      rmSync(path.join(dir, OWNER_FILE), { force: true });
    })());
  return { url, dir, logFile, bin, stop };
}

function dataDirFor(options: EmbeddedPostgresOptions, account: PostgresAccount | undefined): string {
  const dir = path.resolve(options.dir);
  const closed = closedParent(path.dirname(dir), account);
  if (!closed) return dir;
  if (options.fallbackDir && !closedParent(path.dirname(options.fallbackDir), account)) return path.resolve(options.fallbackDir);
  throw new EmbeddedPostgresError(
    `the embedded PostgreSQL runs as the postgres user, which cannot enter ${closed}; set EMBEDDED_PG_DIR to a directory it can reach (e.g. /var/tmp/chainq) or set DATABASE_URL`,
  );
}

const asAccount = (account: PostgresAccount | undefined) => ({
  ...(account ?? {}),
  // The postgres account may not be able to enter our working directory.
  cwd: '/',
  env: { ...process.env, LC_MESSAGES: 'C' },
});

async function initialise(dir: string, bin: string, account: PostgresAccount | undefined): Promise<void> {
  mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 });
  const created = !existsSync(dir);
  if (created) mkdirSync(dir, { mode: 0o700 });
  const secrets = mkdtempSync(path.join(tmpdir(), 'chainq-pg-init-'));
  const passwordFile = path.join(secrets, 'password');
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (account) {
    for (const p of [dir, secrets, passwordFile]) chownSync(p, account.uid, account.gid);
  }
  try {
    await run(
      path.join(bin, 'initdb'),
      ['-D', dir, '--auth=password', `--username=${USER}`, `--pwfile=${passwordFile}`, '--encoding=UTF8'],
      asAccount(account),
    );
  } catch (error) {
    if (created) rmSync(dir, { recursive: true, force: true });
    const reason = String((error as { stderr?: string }).stderr ?? '').trim().split('\n')[0] || (error as Error).message;
    throw new EmbeddedPostgresError(`could not create the embedded PostgreSQL in ${dir} (${reason}); set EMBEDDED_PG_DIR elsewhere or set DATABASE_URL`);
  } finally {
    rmSync(secrets, { recursive: true, force: true });
  }
}

async function createDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/**
 * A parent killed with SIGKILL leaves PostgreSQL running and its
 * `postmaster.pid` behind; the next start would fail. Stop that orphan (fast
 * shutdown) or, if the pid is dead, remove the stale file. Returns true when
 * the server is alive and its owner (the Node process that started it) too.
 */
async function stopOrphanedServer(dir: string, pgCtl: (args: string[]) => Promise<unknown>): Promise<boolean> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    if (ownerAlive(dir)) return true;
    await pgCtl(['stop', '-m', 'fast', '-w', '-t', '30']).catch(() => process.kill(pid, 'SIGINT'));
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) throw new EmbeddedPostgresError(`an earlier PostgreSQL (pid ${pid}) still runs on ${dir}; stop it first`);
  }
  rmSync(pidFile, { force: true });
  return false;
}

/** Linux: the pid in the owner file is a live `node` process. */
function ownerAlive(dir: string): boolean {
  try {
    const owner = Number(readFileSync(path.join(dir, OWNER_FILE), 'utf8'));
    return isAlive(owner) && path.basename(readFileSync(`/proc/${owner}/cmdline`, 'utf8').split('\0')[0]).startsWith('node');
  } catch {
    return false;
  }
}

/** The server's last FATAL line, e.g. "could not bind IPv4 address ...: Address already in use". */
function lastFatal(logFile: string): string | undefined {
  try {
    const lines = readFileSync(logFile, 'utf8').split('\n').filter((l) => /FATAL|ERROR/.test(l));
    return lines.at(-1)?.replace(/^.*?(FATAL|ERROR):\s*/, '');
  } catch {
    return undefined;
  }
}

/** Running, and not a zombie (a server we left to init may wait there to be reaped). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true; // no /proc: trust kill(0)
  }
}
