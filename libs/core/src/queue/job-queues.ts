import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from './jobs';
import { QueueBackend } from './queue-backend';

/**
 * The process's BullMQ queues, one per name, made on first use. They close at
 * application shutdown, after every module's onModuleDestroy: the outbox relay,
 * the workers and the heartbeat have stopped by then, so none can make a queue
 * (and a database or Redis connection) that nothing would close.
 */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, Queue>();
  private closed = false;

  constructor(readonly backend: QueueBackend) {}

  get(name: QueueName): Queue {
    if (this.closed) throw new Error(`JobQueues: the process is shutting down; queue ${name} is closed`);
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.backend.createQueue(name);
      this.queues.set(name, queue);
    }
    return queue;
  }

  all(): Queue[] {
    return Object.values(QueueName).map((name) => this.get(name));
  }

  /** Readiness: a round trip to the queue's store. */
  async ping(): Promise<void> {
    await this.get(QueueName.Maintenance).getJobCounts('waiting');
  }

  /** No job waiting, running or due for a retry on any queue (repeating schedules do not count). */
  async idle(): Promise<boolean> {
    for (const queue of this.all()) {
      const counts = await queue.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children');
      if (Object.values(counts).some((n) => n > 0)) return false;
      if ((await queue.getDelayed()).some((job) => !job.repeatJobKey)) return false;
    }
    return true;
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
