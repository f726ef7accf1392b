import { Logger } from '@nestjs/common';
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
    const queue = new this.classes.Queue(name, {
      connection: this.connection as never,
      defaultJobOptions: DEFAULT_JOB_OPTIONS,
    }) as unknown as Queue;
    return reportErrors(queue, 'queue');
  }

  createWorker(name: QueueName, process: (job: Job) => Promise<unknown>, concurrency: number): Worker {
    const worker = new this.classes.Worker(name, process, {
      connection: this.connection as never,
      concurrency,
      autorun: false,
    }) as unknown as Worker;
    return reportErrors(worker, 'worker');
  }
}

const logger = new Logger('Queue');

/**
 * Every queue and worker gets an error listener: without one BullMQ prints the
 * error to stderr itself. A connection error once `close()` has begun is the
 * store going away during shutdown (the pool has ended its clients, but their
 * sockets may still be open when the database stops); it is logged at debug.
 */
function reportErrors<T extends Queue | Worker>(emitter: T, kind: 'queue' | 'worker'): T {
  (emitter as Queue).on('error', (error: Error) => {
    const context = { err: error.message, queue: emitter.name };
    if (emitter.closing) logger.debug(context, `${kind} error while closing`);
    else logger.error(context, `${kind} error`);
  });
  return emitter;
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
