import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadConfig } from './app-config';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

const ED25519 = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('loadConfig', () => {
  it('starts on defaults with nothing set: embedded database, PostgreSQL queue, tools on', () => {
    const config = loadConfig({});
    expect(config.database.url).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.http.port).toBe(3000);
    expect(config.graphql).toMatchObject({ introspection: true, sandbox: true });
  });

  it('links e-mails to PUBLIC_URL (default http://localhost:PORT), refusing what is not a base http(s) URL', () => {
    expect(loadConfig({}).http.publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).http.publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://quality.example.cn/app/' }).http.publicUrl).toBe('https://quality.example.cn/app');
    for (const value of ['ftp://example.cn', 'quality.example.cn', 'https://example.cn/?next=x', 'https://example.cn/#top']) {
      expect(problemsOf({ PUBLIC_URL: value })).toEqual([expect.stringMatching(/^PUBLIC_URL: /)]);
    }
  });

  it('names each bad variable', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'nope', LOG_LEVEL: 'loud' });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'REDIS_URL']);
    expect(problems.find((p) => p.startsWith('DATABASE_URL'))).toMatch(/postgres:\/\//);
  });

  it('abandons an idle upload after 30 s unless told otherwise, within 100 ms to 10 min', () => {
    expect(loadConfig({}).files.uploadIdleTimeoutMs).toBe(30_000);
    expect(loadConfig({ UPLOAD_IDLE_TIMEOUT_MS: '5000' }).files.uploadIdleTimeoutMs).toBe(5000);
    expect(problemsOf({ UPLOAD_IDLE_TIMEOUT_MS: '0' })[0]).toMatch(/^UPLOAD_IDLE_TIMEOUT_MS: /);
    expect(problemsOf({ UPLOAD_IDLE_TIMEOUT_MS: String(3_600_000) })[0]).toMatch(/^UPLOAD_IDLE_TIMEOUT_MS: /);
  });

  it('keeps a refresh token (the session cookie) 14 days unless told otherwise, within 1 to 365 days', () => {
    expect(loadConfig({}).auth.refreshTokenDays).toBe(14);
    expect(loadConfig({ REFRESH_TOKEN_DAYS: '1' }).auth.refreshTokenDays).toBe(1);
    for (const bad of ['0', '366', 'two weeks']) expect(problemsOf({ REFRESH_TOKEN_DAYS: bad })).toEqual([expect.stringMatching(/^REFRESH_TOKEN_DAYS: /)]);
  });

  it('refuses the development JWT secret and short secrets in production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'JWT_SECRET: the development default is refused when NODE_ENV=production',
    ]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'only-twenty-chars-xx' })[0]).toMatch(/at least 32/);
  });

  it('refuses the development profile-signing key in production, and any key that is not Ed25519', () => {
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toEqual(['PROFILE_SIGNING_KEY: the development key is refused when NODE_ENV=production']);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(problemsOf({ PROFILE_SIGNING_KEY: rsa })).toEqual([expect.stringMatching(/^PROFILE_SIGNING_KEY: must be an Ed25519 private key/)]);
    expect(problemsOf({ PROFILE_SIGNING_KEY: 'not a key' })).toEqual([expect.stringMatching(/^PROFILE_SIGNING_KEY: /)]);
    // One line with \n for the line breaks, as a .env file holds it.
    expect(loadConfig({ PROFILE_SIGNING_KEY: ED25519.replace(/\n/g, '\\n') }).profileSigningKey).toBe(ED25519);
  });

  it('turns introspection and the sandbox off in production unless asked', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PROFILE_SIGNING_KEY: ED25519 };
    expect(loadConfig(production).graphql).toMatchObject({ introspection: false, sandbox: false });
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }).graphql.introspection).toBe(true);
  });

  it('reads numbers and switches, treating empty values as unset', () => {
    const config = loadConfig({ PORT: '8080', MIGRATE_ON_START: 'false', REDIS_URL: '', JWT_EXPIRES_IN: '900' });
    expect(config.http.port).toBe(8080);
    expect(config.database.migrateOnStart).toBe(false);
    expect(config.redisUrl).toBeUndefined();
    expect(config.auth.jwtExpiresInSeconds).toBe(900);
  });

  it('reads the sign-in limits and which proxies to trust, refusing a proxy setting any client could abuse', () => {
    expect(loadConfig({}).auth).toMatchObject({ loginMaxAttempts: 10, loginMaxAttemptsPerAddress: 50, loginWindowSeconds: 300 });
    expect(loadConfig({}).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::1' }).http.trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::1']);
    for (const bad of ['true', 'everyone', '10.0.0.0/33', '300.1.1.1', '11']) {
      expect(problemsOf({ TRUST_PROXY: bad })).toEqual([expect.stringMatching(/^TRUST_PROXY: must be false, a number of proxy hops/)]);
    }
    expect(problemsOf({ LOGIN_MAX_ATTEMPTS_PER_ADDRESS: '0' })[0]).toMatch(/^LOGIN_MAX_ATTEMPTS_PER_ADDRESS:/);
  });
});
