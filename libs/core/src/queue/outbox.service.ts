import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, JobPayloads } from './jobs';
import { OutboxMessage } from './outbox-message.entity';

@Injectable()
export class OutboxService {
  /**
   * Records a job inside the caller's transaction: it reaches the queue only
   * if the transaction commits.
   */
  /** Outbox rows due for relaying to the queue. */
  async due(manager: EntityManager): Promise<number> {
    return manager.createQueryBuilder(OutboxMessage, 'o').where('o.availableAt <= now()').getCount();
  }

  async record<N extends JobName>(
    manager: EntityManager,
    name: N,
    data: JobPayloads[N],
    options: { delayMs?: number } = {},
  ): Promise<void> {
    const availableAt = new Date(Date.now() + (options.delayMs ?? 0));
    await manager.insert(OutboxMessage, { jobName: name, payload: data, availableAt });
  }
}
