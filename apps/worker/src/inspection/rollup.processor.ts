import { AnyJob, JobName, JobProcessor, QueueName, QueueProcessor } from '@chainq/core';
import { RollupService } from '@chainq/inspection';

@QueueProcessor(QueueName.Rollups)
export class RollupProcessor implements JobProcessor {
  constructor(private readonly rollups: RollupService) {}

  async process(job: AnyJob) {
    switch (job.name) {
      case JobName.RecomputeRollups:
        return { rows: await this.rollups.refresh(job.data.chainId, job.data.supplierIds, job.data.days) };
      case JobName.RebuildRollups:
        return { rows: await this.rollups.rebuild() };
      default:
        throw new Error(`${QueueName.Rollups} has no handler for job ${job.name}`);
    }
  }
}
