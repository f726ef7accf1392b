import { AnyJob, JobName, JobProcessor, QueueName, QueueProcessor } from '@chainq/core';
import { ProgramReportService, ThresholdService } from '@chainq/insights';

@QueueProcessor(QueueName.Insights)
export class InsightsProcessor implements JobProcessor {
  constructor(
    private readonly thresholds: ThresholdService,
    private readonly reports: ProgramReportService,
  ) {}

  async process(job: AnyJob) {
    switch (job.name) {
      case JobName.CheckPassRateThresholds:
        return { raised: await this.thresholds.check({ chainId: job.data.chainId, supplierIds: job.data.supplierIds }, job.data.today) };
      case JobName.BuildProgramReport: {
        const report = await this.reports.build(job.data.reportId);
        return { status: report.status };
      }
      default:
        throw new Error(`${QueueName.Insights} has no handler for job ${job.name}`);
    }
  }
}
