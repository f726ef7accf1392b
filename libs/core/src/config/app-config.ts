import { createPrivateKey } from 'node:crypto';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { z } from 'zod';
import { fallbackDataDir } from '../database/postgres-binaries';

/**
 * The one validated configuration object. Only `loadConfig` reads the
 * environment; everything else receives an `AppConfig`.
 */
const DEV_JWT_SECRET = 'chainq-development-secret-change-me';
/**
 * The development key that signs quality-profile snapshots when
 * PROFILE_SIGNING_KEY is unset; its public half is in the README. Refused in
 * production, where each deployment publishes its own key.
 */
const DEV_PROFILE_SIGNING_KEY = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIFK7t9gaiPxnaHYQTYDpwHtiiIMYHOXeW8P8LkCYcAud\n-----END PRIVATE KEY-----\n';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1'));

const int = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

const url = (protocols: string[]) =>
  z
    .string()
    .refine((v) => URL.canParse(v) && protocols.includes(new URL(v).protocol.slice(0, -1)), {
      message: `must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    })
    .optional();

/**
 * Which proxies may tell us the client address (X-Forwarded-For), in
 * Express's 'trust proxy' terms: off, a number of hops, or the proxies'
 * addresses, subnets or the names loopback, linklocal, uniquelocal. `true`
 * (trust any sender) is refused: every client could then pick its own
 * address and escape the per-address sign-in limit.
 */
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const proxyEntryValid = (entry: string): boolean => {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
};
const trustProxy = z
  .string()
  .optional()
  .transform((value, ctx): false | number | string[] => {
    if (value === undefined || value === 'false' || value === '0') return false;
    if (/^\d+$/.test(value) && Number(value) <= 10) return Number(value);
    const entries = value.split(',').map((e) => e.trim());
    if (value !== 'true' && entries.every(proxyEntryValid)) return entries;
    ctx.addIssue({
      code: 'custom',
      message: 'must be false, a number of proxy hops (1-10), or a comma-separated list of proxy addresses/subnets (or loopback, linklocal, uniquelocal)',
    });
    return z.NEVER;
  });

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: int(3000, 1, 65535),
  TRUST_PROXY: trustProxy,
  /** Where people open the web app; e-mailed links start with it. */
  PUBLIC_URL: url(['http', 'https']).refine((v) => v === undefined || !URL.canParse(v) || (!new URL(v).search && !new URL(v).hash), {
    message: 'must be a base URL without a query or fragment',
  }),
  /** The built web app (index.html and assets) the api serves at `/`; absent means API only. */
  WEB_DIR: z.string().default('dist/web'),
  DATABASE_URL: url(['postgres', 'postgresql']),
  DATABASE_POOL_SIZE: int(10, 1, 200),
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  EMBEDDED_PG_PORT: int(54329, 1024, 65535),
  MIGRATE_ON_START: bool(true),
  REDIS_URL: url(['redis', 'rediss']),
  JWT_SECRET: z.string().min(16, 'must be at least 16 characters').default(DEV_JWT_SECRET),
  /** Ed25519 private key (PKCS#8 PEM; `\\n` may stand for line breaks) that signs shared quality profiles. */
  PROFILE_SIGNING_KEY: z
    .string()
    .default(DEV_PROFILE_SIGNING_KEY)
    .transform((v) => v.replace(/\\n/g, '\n'))
    .refine(isEd25519PrivateKey, { message: 'must be an Ed25519 private key in PKCS#8 PEM form (openssl genpkey -algorithm ed25519)' }),
  JWT_EXPIRES_IN: int(3600, 60, 30 * 24 * 3600),
  REFRESH_TOKEN_DAYS: int(14, 1, 365),
  LOGIN_MAX_ATTEMPTS: int(10, 1, 1000),
  LOGIN_WINDOW_SECONDS: int(300, 1, 86400),
  LOGIN_MAX_ATTEMPTS_PER_ADDRESS: int(50, 1, 100_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  GRAPHQL_INTROSPECTION: bool(false).optional(),
  GRAPHQL_SANDBOX: bool(false).optional(),
  GRAPHQL_MAX_DEPTH: int(10, 2, 50),
  GRAPHQL_MAX_COST: int(5000, 100, 1_000_000),
  GRAPHQL_MAX_ALIASES: int(15, 1, 1000),
  OUTBOX_POLL_MS: int(250, 10, 60_000),
  WORKER_CONCURRENCY: int(8, 1, 256),
  WORKER_HEARTBEAT_FILE: z.string().optional(),
  SEED_DEMO: bool(true),
  SMTP_URL: url(['smtp', 'smtps']),
  FILE_STORAGE_DIR: z.string().default('.data/files'),
  FILE_MAX_BYTES: int(20 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
  IMPORT_MAX_BYTES: int(512 * 1024 * 1024, 1024, 4 * 1024 * 1024 * 1024),
  IMPORT_STALE_SECONDS: int(120, 2, 24 * 3600),
  UPLOAD_IDLE_TIMEOUT_MS: int(30_000, 100, 600_000),
  UPLOAD_TMP_DIR: z.string().optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ENDPOINT: url(['http', 'https']),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: bool(true),
  MAIL_FROM: z.string().min(3).default('ChainQ <chainq@localhost>'),
});

export type Environment = Record<string, string | undefined>;

function isEd25519PrivateKey(pem: string): boolean {
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  /** trustProxy: Express's 'trust proxy' (see TRUST_PROXY); false reads the client address from the connection. */
  http: {
    host: string;
    port: number;
    trustProxy: false | number | string[];
    /** The web app's base URL, without a trailing slash (PUBLIC_URL, default http://localhost:PORT). */
    publicUrl: string;
    /** The built web app's directory (WEB_DIR); served at `/` when it holds an index.html. */
    webDir: string;
  };
  database: {
    /** Unset means: start the embedded PostgreSQL (single-process mode only). */
    url?: string;
    poolSize: number;
    /** fallbackDir: where the default data directory moves when the postgres account cannot reach it (EMBEDDED_PG_DIR unset). */
    embedded: { dir: string; port: number; fallbackDir?: string };
    migrateOnStart: boolean;
  };
  /** Unset means: BullMQ runs on the PostgreSQL backend in the same database. */
  redisUrl?: string;
  /** PEM of the Ed25519 key that signs shared quality-profile snapshots (PROFILE_SIGNING_KEY). */
  profileSigningKey: string;
  auth: {
    jwtSecret: string;
    jwtExpiresInSeconds: number;
    /** How long a refresh token (the session cookie) lasts unused; each refresh starts it again. */
    refreshTokenDays: number;
    /** Wrong passwords per e-mail (sign-in) and per user (changePassword) per window. */
    loginMaxAttempts: number;
    /** Failed sign-ins per client address per window, whatever the e-mails. */
    loginMaxAttemptsPerAddress: number;
    loginWindowSeconds: number;
  };
  logLevel: string;
  /** LOG_FORMAT; unset: pretty when stdout is a terminal, JSON otherwise (see logFormat). */
  logFormat?: 'json' | 'pretty';
  graphql: { introspection: boolean; sandbox: boolean; maxDepth: number; maxCost: number; maxAliases: number };
  /** heartbeatFile: touched every 10 s while the queue workers run and their store answers (a container health check reads it). */
  jobs: { outboxPollMs: number; concurrency: number; heartbeatFile?: string };
  seedDemo: boolean;
  mail: { smtpUrl?: string; from: string };
  files: {
    maxBytes: number;
    /** Largest inspection-lot file (CSV or XLSX) accepted for import. */
    importMaxBytes: number;
    /** A RUNNING import whose heartbeat is older than this was left by a worker that died: it is queued again. */
    importStaleSeconds: number;
    /** An upload that sends nothing for this long is abandoned (its connection closed). */
    uploadIdleTimeoutMs: number;
    /** Where uploads are written while they arrive (an import can be IMPORT_MAX_BYTES). */
    tmpDir: string;
    /** Local directory, used unless `s3` is set. */
    dir: string;
    s3?: { bucket: string; endpoint?: string; region: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(environment: Environment): AppConfig {
  // Empty strings count as unset, as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(environment).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && e.JWT_SECRET === DEV_JWT_SECRET) {
    throw new ConfigError(['JWT_SECRET: the development default is refused when NODE_ENV=production']);
  }
  if (production && e.JWT_SECRET.length < 32) {
    throw new ConfigError(['JWT_SECRET: must be at least 32 characters when NODE_ENV=production']);
  }
  if (production && e.PROFILE_SIGNING_KEY === DEV_PROFILE_SIGNING_KEY) {
    throw new ConfigError(['PROFILE_SIGNING_KEY: the development key is refused when NODE_ENV=production']);
  }
  return {
    env: e.NODE_ENV,
    http: { host: e.HOST, port: e.PORT, trustProxy: e.TRUST_PROXY, publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
      webDir: e.WEB_DIR,
    },
    database: {
      url: e.DATABASE_URL,
      poolSize: e.DATABASE_POOL_SIZE,
      embedded: { dir: e.EMBEDDED_PG_DIR, port: e.EMBEDDED_PG_PORT, fallbackDir: cleaned.EMBEDDED_PG_DIR ? undefined : fallbackDataDir(process.cwd()) },
      migrateOnStart: e.MIGRATE_ON_START,
    },
    redisUrl: e.REDIS_URL,
    profileSigningKey: e.PROFILE_SIGNING_KEY,
    auth: {
      jwtSecret: e.JWT_SECRET,
      jwtExpiresInSeconds: e.JWT_EXPIRES_IN,
      refreshTokenDays: e.REFRESH_TOKEN_DAYS,
      loginMaxAttempts: e.LOGIN_MAX_ATTEMPTS,
      loginMaxAttemptsPerAddress: e.LOGIN_MAX_ATTEMPTS_PER_ADDRESS,
      loginWindowSeconds: e.LOGIN_WINDOW_SECONDS,
    },
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    graphql: {
      introspection: e.GRAPHQL_INTROSPECTION ?? !production,
      sandbox: e.GRAPHQL_SANDBOX ?? !production,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
    },
    jobs: { outboxPollMs: e.OUTBOX_POLL_MS, concurrency: e.WORKER_CONCURRENCY, heartbeatFile: e.WORKER_HEARTBEAT_FILE },
    seedDemo: e.SEED_DEMO,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    files: {
      maxBytes: e.FILE_MAX_BYTES,
      importMaxBytes: e.IMPORT_MAX_BYTES,
      importStaleSeconds: e.IMPORT_STALE_SECONDS,
      uploadIdleTimeoutMs: e.UPLOAD_IDLE_TIMEOUT_MS,
      tmpDir: e.UPLOAD_TMP_DIR ?? tmpdir(),
      dir: e.FILE_STORAGE_DIR,
      s3: e.S3_BUCKET
        ? {
            bucket: e.S3_BUCKET,
            endpoint: e.S3_ENDPOINT,
            region: e.S3_REGION,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
          }
        : undefined,
    },
  };
}

/** The database URL a running process uses, once the embedded server (if any) has started. */
export function withDatabaseUrl(config: AppConfig, url: string): AppConfig {
  return { ...config, database: { ...config.database, url } };
}
