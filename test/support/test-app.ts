import { randomUUID } from 'node:crypto';
import { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureHttp } from '../../apps/api/src/http-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { DataSource } from 'typeorm';
import { AppConfig, Environment, JobQueues, loadConfig, OutboxService, processModule } from '@chainq/core';
import { makeUscc } from '@chainq/codes';
import { Organisation, OrganisationKind, OrganisationService, Role, User, UserService } from '@chainq/identity';
import { testRedisUrl } from './test-backend';

export const PASSWORD = 'correct-horse-battery';

export interface TestAppOptions {
  /** Also run the worker (processors, schedules, outbox relay) in the process. */
  worker?: boolean;
  /** More modules to load (the demo seeder, say). */
  extra?: Type[];
  env?: Environment;
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

export function testConfig(env: Environment = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    REDIS_URL: testRedisUrl(),
    OUTBOX_POLL_MS: '50',
    ...env,
  });
}

/** The real API (and worker) modules against the test database. */
export class TestApp {
  private constructor(
    readonly app: INestApplication,
    readonly config: AppConfig,
  ) {}

  static async start(options: TestAppOptions = {}): Promise<TestApp> {
    const config = testConfig(options.env);
    const features = [ApiModule, ...(options.worker ? [WorkerModule] : []), ...(options.extra ?? [])];
    const app = configureHttp(await NestFactory.create<NestExpressApplication>(processModule(config, features), { logger: false }));
    await app.init();
    return new TestApp(app, config);
  }

  get http() {
    return request(this.app.getHttpServer());
  }

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResult<T>> {
    const req = this.http.post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  }

  async login(email: string, password = PASSWORD): Promise<string> {
    const res = await this.gql<{ login: { accessToken: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: email, p: password },
    );
    if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
    return res.data.login.accessToken;
  }

  get<T>(token: new (...args: never[]) => T): T {
    return this.app.get(token);
  }

  /** An organisation with one user per role given; unique names, codes and e-mails per call. */
  async organisationWithUsers(kind: OrganisationKind, roles: Role[]): Promise<{ organisation: Organisation; users: User[] }> {
    const tag = randomUUID().slice(0, 8);
    const uscc =
      kind === OrganisationKind.ENTERPRISE
        ? makeUscc({ registration: '91', division: '320300', organisationBase: randomOrganisationBase() })
        : undefined;
    const organisation = await this.get(OrganisationService).create({ kind, name: `Test ${kind} ${tag}`, uscc });
    const users: User[] = [];
    for (const role of roles) {
      users.push(
        await this.get(UserService).createUnscoped(organisation, {
          organisationId: organisation.id,
          email: `${role.toLowerCase()}.${tag}@test.example`,
          displayName: `${role} ${tag}`,
          password: PASSWORD,
          roles: [role],
        }),
      );
    }
    return { organisation, users };
  }

  /**
   * Waits until the worker has nothing left: no outbox row due and no job
   * waiting, active or due for a retry on any queue. Use it before asserting
   * that something was NOT sent (or sent only once). Repeating schedules do
   * not count.
   */
  async settled(timeoutMs = 60_000): Promise<void> {
    const [queues, outbox, manager] = [this.get(JobQueues), this.get(OutboxService), this.get(DataSource).manager];
    await eventually(async () => (await outbox.due(manager)) === 0 && (await queues.idle()), timeoutMs);
  }

  close(): Promise<void> {
    return this.app.close();
  }
}

const ORG_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function randomOrganisationBase(): string {
  return Array.from({ length: 8 }, () => ORG_ALPHABET[Math.floor(Math.random() * ORG_ALPHABET.length)]).join('');
}

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 10000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
