import { Logger } from '@nestjs/common';
import { AnyJob, JobName, JobProcessor, QueueName, QueueProcessor } from '@chainq/core';
import { RollupService } from '@chainq/inspection';

@QueueProcessor(QueueName.Rollups)
export class RollupProcessor implements JobProcessor {
  private readonly logger = new Logger('Rollups');

  constructor(private readonly rollups: RollupService) {}

  async process(job: AnyJob) {
    switch (job.name) {
      case JobName.RecomputeRollups: {
        // Applies every change committed so far, this job's lots among them (a later job finds them applied).
        const { changes, rows, ms, joined } = await this.rollups.applyChanges();
        if (changes > 0 && !joined) this.logger.log({ changes, rows, applyMs: Math.round(ms) }, 'rollups applied');
        return { changes, rows, joined };
      }
      case JobName.RebuildRollups:
        return { rows: await this.rollups.rebuild() };
      default:
        throw new Error(`${QueueName.Rollups} has no handler for job ${job.name}`);
    }
  }
}
