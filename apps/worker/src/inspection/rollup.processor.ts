import { DataSource } from 'typeorm';
import { AnyJob, JobName, JobProcessor, OutboxService, QueueName, QueueProcessor } from '@chainq/core';
import { RollupService } from '@chainq/inspection';

@QueueProcessor(QueueName.Rollups)
export class RollupProcessor implements JobProcessor {
  constructor(
    private readonly rollups: RollupService,
    private readonly outbox: OutboxService,
    private readonly dataSource: DataSource,
  ) {}

  async process(job: AnyJob) {
    switch (job.name) {
      case JobName.RecomputeRollups: {
        const rows = await this.rollups.refresh(job.data.chainId, job.data.supplierIds, job.data.days);
        // Fresh figures may cross the chain's pass-rate policy.
        await this.dataSource.transaction((m) => this.outbox.record(m, JobName.CheckPassRateThresholds, { chainId: job.data.chainId, supplierIds: job.data.supplierIds }));
        return { rows };
      }
      case JobName.RebuildRollups:
        return { rows: await this.rollups.rebuild() };
      default:
        throw new Error(`${QueueName.Rollups} has no handler for job ${job.name}`);
    }
  }
}
