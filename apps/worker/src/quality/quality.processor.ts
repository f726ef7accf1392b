import { AnyJob, JobName, JobProcessor, QueueName, QueueProcessor } from '@chainq/core';
import { ActionClockService } from '@chainq/quality';

@QueueProcessor(QueueName.Quality)
export class QualityProcessor implements JobProcessor {
  constructor(private readonly clocks: ActionClockService) {}

  async process(job: AnyJob) {
    switch (job.name) {
      case JobName.CheckActionClocks:
        return { escalated: await this.clocks.escalate(job.data.now ? new Date(job.data.now) : undefined) };
      case JobName.CheckActionEffectiveness:
        return this.clocks.checkEffectiveness(job.data.now ? new Date(job.data.now) : undefined);
      default:
        throw new Error(`${QueueName.Quality} has no handler for job ${job.name}`);
    }
  }
}
