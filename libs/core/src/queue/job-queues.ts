import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import { QueueName } from './jobs';
import { QueueBackend } from './queue-backend';

/** The process's BullMQ queues, one per name, made on first use. */
@Injectable()
export class JobQueues implements OnModuleDestroy {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(readonly backend: QueueBackend) {}

  get(name: QueueName): Queue {
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

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
