import { AnyJob, JobName, JobProcessor, QueueName, QueueProcessor, RateLimiter } from '@chainq/core';

@QueueProcessor(QueueName.Maintenance)
export class MaintenanceProcessor implements JobProcessor {
  constructor(private readonly limiter: RateLimiter) {}

  async process(job: AnyJob) {
    switch (job.name) {
      case JobName.PurgeExpiredRateLimits:
        return { purged: await this.limiter.purgeExpired() };
      default:
        throw new Error(`${QueueName.Maintenance} has no handler for job ${job.name}`);
    }
  }
}
