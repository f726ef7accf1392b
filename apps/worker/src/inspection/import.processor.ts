import { Job } from 'bullmq';
import { AnyJob, isLastAttempt, JobName, JobProcessor, QueueName, QueueProcessor } from '@chainq/core';
import { InspectionImportService } from '@chainq/inspection';

@QueueProcessor(QueueName.Imports)
export class ImportProcessor implements JobProcessor {
  constructor(private readonly imports: InspectionImportService) {}

  async process(job: AnyJob, raw: Job) {
    switch (job.name) {
      case JobName.ImportInspectionLots: {
        const done = await this.imports.run(job.data.importId, { lastAttempt: isLastAttempt(raw) });
        return { status: done.status, inserted: done.rowsInserted, duplicates: done.rowsDuplicate, invalid: done.rowsInvalid };
      }
      default:
        throw new Error(`${QueueName.Imports} has no handler for job ${job.name}`);
    }
  }
}
