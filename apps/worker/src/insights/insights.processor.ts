import { AnyJob, JobName, JobProcessor, QueueName, QueueProcessor } from '@chainq/core';
import { ThresholdService } from '@chainq/insights';

@QueueProcessor(QueueName.Insights)
export class InsightsProcessor implements JobProcessor {
  constructor(private readonly thresholds: ThresholdService) {}

  async process(job: AnyJob) {
    switch (job.name) {
      case JobName.CheckPassRateThresholds:
        return { raised: await this.thresholds.check({ chainId: job.data.chainId, supplierIds: job.data.supplierIds }, job.data.today) };
      default:
        throw new Error(`${QueueName.Insights} has no handler for job ${job.name}`);
    }
  }
}
