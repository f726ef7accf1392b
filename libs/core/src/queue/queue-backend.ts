import {
  createPostgresBackend,
  createRedisBackend,
  Job,
  JobsOptions,
  Queue,
  Worker,
  withBackend,
} from 'bullmq';
import { AppConfig } from '../config/app-config';
import { QueueName } from './jobs';

export type BackendKind = 'redis' | 'postgres';

const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 5000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * One place that knows which BullMQ backend is in use. Queue and worker code
 * is the same for both; only the constructors and connection options differ.
 */
export class QueueBackend {
  readonly kind: BackendKind;
  private readonly classes;
  private readonly connection: unknown;

  constructor(config: AppConfig) {
    if (config.redisUrl) {
      this.kind = 'redis';
      this.classes = withBackend(createRedisBackend);
      // Workers block on Redis; ioredis must not give up on them (BullMQ docs).
      this.connection = { ...redisOptions(config.redisUrl), maxRetriesPerRequest: null };
    } else {
      if (!config.database.url) throw new Error('QueueBackend: the database URL is not known yet');
      this.kind = 'postgres';
      this.classes = withBackend(createPostgresBackend);
      this.connection = { connectionString: config.database.url, migrate: true, max: 5 };
    }
  }

  createQueue(name: QueueName): Queue {
    return new this.classes.Queue(name, {
      connection: this.connection as never,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    }) as unknown as Queue;
  }

  createWorker(name: QueueName, process: (job: Job) => Promise<unknown>, concurrency: number): Worker {
    return new this.classes.Worker(name, process, {
      connection: this.connection as never,
      concurrency,
      autorun: false,
    }) as unknown as Worker;
  }
}

function redisOptions(url: string): Record<string, unknown> {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
  };
}
