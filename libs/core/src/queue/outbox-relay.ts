import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { JOB_QUEUE, JobName, QueueName } from './jobs';
import { JobQueues } from './job-queues';

const BATCH = 500;
const KNOWN_JOBS = Object.values(JobName);

/**
 * Moves outbox rows to their queues. Replicas share the work through
 * `FOR UPDATE SKIP LOCKED`; the rows are deleted in the same transaction
 * that read them, after the queue accepted them.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: JobQueues,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Relays one batch; returns how many messages went to the queue. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { id: string; job_name: JobName; payload: unknown }[] = await manager.query(
        `SELECT id, job_name, payload FROM outbox_messages
          WHERE available_at <= now() AND job_name = ANY($1)
          ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [KNOWN_JOBS, BATCH],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, typeof rows>();
      for (const row of rows) {
        const queue = JOB_QUEUE[row.job_name];
        byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
      }
      for (const [queue, batch] of byQueue) {
        await this.queues
          .get(queue)
          .addBulk(batch.map((r) => ({ name: r.job_name, data: r.payload, opts: { jobId: r.id } })));
      }
      await manager.query('DELETE FROM outbox_messages WHERE id = ANY($1)', [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick();
    }, delayMs);
  }

  private async tick(): Promise<void> {
    let next = this.config.jobs.outboxPollMs;
    try {
      const relayed = await this.relayBatch();
      if (relayed === BATCH) next = 0; // more waiting: drain without sleeping
    } catch (error) {
      // The rows stay in the outbox; try again after a pause.
      this.logger.warn(`outbox relay failed, will retry: ${(error as Error).message}`);
      next = Math.max(next, 2000);
    }
    this.schedule(next);
  }
}
