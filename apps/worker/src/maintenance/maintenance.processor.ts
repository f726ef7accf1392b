import { AnyJob, JobName, JobProcessor, QueueName, QueueProcessor, RateLimiter } from '@chainq/core';
import { DocumentService } from '@chainq/documents';
import { PasswordResetService, RefreshTokenService } from '@chainq/identity';
import { InspectionImportService } from '@chainq/inspection';
import { CertificationService } from '@chainq/registry';

@QueueProcessor(QueueName.Maintenance)
export class MaintenanceProcessor implements JobProcessor {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly certifications: CertificationService,
    private readonly documents: DocumentService,
    private readonly imports: InspectionImportService,
    private readonly sessions: RefreshTokenService,
    private readonly resets: PasswordResetService,
  ) {}

  async process(job: AnyJob) {
    switch (job.name) {
      case JobName.PurgeExpiredRateLimits:
        return { purged: await this.limiter.purgeExpired() };
      case JobName.PurgeUnattachedDocuments:
        return { purged: await this.documents.purgeUnattached() };
      case JobName.PurgeEndedSessions:
        return { sessions: await this.sessions.purgeEnded(), resetLinks: await this.resets.purgeExpired() };
      case JobName.RequeueStaleImports:
        return this.imports.requeueStale();
      case JobName.CheckCertificateExpiry:
        return this.certifications.checkExpiry(job.data.now ? new Date(job.data.now) : undefined);
      default:
        throw new Error(`${QueueName.Maintenance} has no handler for job ${job.name}`);
    }
  }
}
