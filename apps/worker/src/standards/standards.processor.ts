import { AnyJob, JobName, JobProcessor, QueueName, QueueProcessor } from '@chainq/core';
import { DeadlineService, DistributionService } from '@chainq/standards';

@QueueProcessor(QueueName.Standards)
export class StandardsProcessor implements JobProcessor {
  constructor(
    private readonly distributions: DistributionService,
    private readonly deadlines: DeadlineService,
  ) {}

  async process(job: AnyJob) {
    switch (job.name) {
      case JobName.MembershipActivated:
        return { issued: await this.distributions.deliverToNewMember(job.data.membershipId) };
      case JobName.ClusterMembersAdded:
        return { issued: await this.distributions.deliverToNewClusterMembers(job.data.clusterId, job.data.enterpriseIds) };
      case JobName.CheckStandardDeadlines:
        return this.deadlines.run(job.data.now ? new Date(job.data.now) : undefined);
      default:
        throw new Error(`${QueueName.Standards} has no handler for job ${job.name}`);
    }
  }
}
