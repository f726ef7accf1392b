import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Job, Worker } from 'bullmq';
import { AppConfig } from '../config/app-config';
import { InjectConfig } from '../config/config.module';
import { AnyJob, JOB_QUEUE, QueueName, SCHEDULES } from './jobs';
import { JobQueues } from './job-queues';
import { QueueBackend } from './queue-backend';
import { JobProcessor, QUEUE_PROCESSOR } from './queue-processor';

/** Starts one BullMQ worker per `@QueueProcessor` and registers the schedules. */
@Injectable()
export class WorkerRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Worker');
  private readonly workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly backend: QueueBackend,
    private readonly queues: JobQueues,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const queue = this.reflector.get<QueueName | undefined>(QUEUE_PROCESSOR, wrapper.metatype);
      if (!queue) continue;
      const processor = wrapper.instance as JobProcessor;
      const worker = this.backend.createWorker(queue, (job) => this.run(processor, job), this.config.jobs.concurrency);
      worker.on('failed', (job, error) =>
        this.logger.warn({ jobId: job?.id, jobName: job?.name, attempts: job?.attemptsMade, err: error.message }, 'job failed'),
      );
      void worker.run();
      this.workers.push(worker);
    }
    // Upserting a scheduler is idempotent, so every replica may do it at boot.
    for (const s of SCHEDULES) {
      await this.queues.get(JOB_QUEUE[s.job]).upsertJobScheduler(s.id, s.repeat, { name: s.job, data: {} });
    }
    this.logger.log({ queues: this.workers.map((w) => w.name), backend: this.backend.kind }, 'workers started');
  }

  /** Every queue has its worker and none has stopped. */
  running(): boolean {
    return this.workers.length > 0 && this.workers.every((w) => w.isRunning());
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }

  private async run(processor: JobProcessor, job: Job): Promise<unknown> {
    const started = Date.now();
    const result = await processor.process({ name: job.name, data: job.data } as AnyJob, job);
    this.logger.log({ jobId: job.id, jobName: job.name, ms: Date.now() - started }, 'job done');
    return result;
  }
}
