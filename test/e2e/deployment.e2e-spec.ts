import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { eventually, TestApp } from '../support/test-app';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  ports?: string[];
  environment?: Record<string, string>;
  env_file?: string[];
  healthcheck?: { test: string[] };
}

/**
 * docker-compose.yml cannot run on the development machines (no Docker
 * engine), so its invariants are checked here; the worker's health check is
 * run against a real worker.
 */
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, Service> };
  const services = compose.services;
  const SECRET_KEY = /PASSWORD|SECRET|ACCESS_KEY|AUTH/;
  const variable = /^\$\{[A-Z0-9_]+(:[?-][^}]*)?\}$/;

  it('writes no secret into the compose file: each comes from .env, listed in .env.example, which git and the image ignore', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (SECRET_KEY.test(key)) expect({ name, key, value }).toEqual({ name, key, value: expect.stringMatching(variable) });
        // Credentials inside URLs are variables too.
        const userinfo = /^[a-z]+:\/\/([^@/]*)@/.exec(String(value))?.[1];
        if (userinfo) expect({ name, key, password: userinfo.slice(userinfo.indexOf(':') + 1) }).toEqual({ name, key, password: expect.stringMatching(variable) });
      }
    }
    const text = readFileSync('docker-compose.yml', 'utf8');
    expect(text).not.toMatch(/JWT_SECRET\s*:/);
    const required = [...new Set([...text.matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]))];
    const example = readFileSync('.env.example', 'utf8');
    expect(required.sort()).toEqual(['POSTGRES_PASSWORD', 'REDIS_PASSWORD']);
    for (const key of [...required, 'JWT_SECRET']) expect(example).toMatch(new RegExp(`^${key}=$`, 'm'));
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain('.env');
    expect(readFileSync('.dockerignore', 'utf8').split('\n')).toContain('.env');
  });

  it('publishes one host port, from the proxy, which balances over the api replicas (so --scale api=N works)', () => {
    const publishing = Object.entries(services).filter(([, s]) => s.ports?.length);
    expect(publishing.map(([name, s]) => [name, s.ports])).toEqual([['proxy', ['${CHAINQ_PORT:-3000}:80']]]);
    const nginx = readFileSync('deploy/nginx.conf', 'utf8');
    expect(nginx).toMatch(/server api:3000 resolve;/);
    expect(nginx).toMatch(/proxy_pass http:\/\/chainq_api;/);
    expect(services.api.environment?.TRUST_PROXY).toBe('1'); // client addresses through one hop
  });

  it('builds one image once: only migrate builds, api and worker run that image', () => {
    expect(Object.entries(services).filter(([, s]) => s.build).map(([name]) => name)).toEqual(['migrate']);
    expect(services.api.image).toBe(services.migrate.image);
    expect(services.worker.image).toBe(services.migrate.image);
  });

  it('runs Redis with a password, a memory ceiling and no eviction; the app connects with that password', () => {
    const command = ([] as string[]).concat(services.redis.command ?? []).join(' ');
    expect(command).toMatch(/--requirepass "\$\$REDIS_PASSWORD"/);
    expect(command).toMatch(/--maxmemory "\$\$REDIS_MAXMEMORY"/);
    expect(command).toMatch(/--maxmemory-policy noeviction/);
    expect(services.api.environment?.REDIS_URL).toBe('redis://:${REDIS_PASSWORD:?set REDIS_PASSWORD in .env}@redis:6379');
    expect(services.redis.environment?.REDISCLI_AUTH).toMatch(variable); // the health check's ping authenticates
  });

  describe('the worker health check', () => {
    let t: TestApp | undefined;
    afterAll(() => t?.close());

    const healthcheck = (file: string) => {
      const [kind, program, flag, script] = services.worker.healthcheck!.test;
      expect([kind, program, flag]).toEqual(['CMD', 'node', '-e']);
      expect(script).toContain(services.worker.environment!.WORKER_HEARTBEAT_FILE);
      return spawnSync(process.execPath, ['-e', script.replaceAll(services.worker.environment!.WORKER_HEARTBEAT_FILE, file)]).status;
    };

    it('fails with no heartbeat, passes while a worker runs, fails again once it has stopped', async () => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'chainq-heartbeat-')), 'worker.heartbeat');
      expect(healthcheck(file)).toBe(1);
      t = await TestApp.start({ worker: true, env: { WORKER_HEARTBEAT_FILE: file } });
      await eventually(async () => existsSync(file));
      expect(Date.now() - statSync(file).mtimeMs).toBeLessThan(15_000);
      expect(healthcheck(file)).toBe(0);
      await t.close();
      t = undefined;
      expect(existsSync(file)).toBe(false);
      expect(healthcheck(file)).toBe(1);
    });
  });
});
