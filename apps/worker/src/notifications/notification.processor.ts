import { AnyJob, JobName, JobProcessor, QueueName, QueueProcessor } from '@chainq/core';
import { NotificationService, PasswordResetMailer } from '@chainq/notifications';
import { EnterpriseClaimService, InvitationService } from '@chainq/registry';

@QueueProcessor(QueueName.Notifications)
export class NotificationProcessor implements JobProcessor {
  constructor(
    private readonly notifications: NotificationService,
    private readonly invitations: InvitationService,
    private readonly claims: EnterpriseClaimService,
    private readonly passwordResets: PasswordResetMailer,
  ) {}

  process(job: AnyJob) {
    switch (job.name) {
      case JobName.SendNotification:
        return this.notifications.deliver(job.data);
      case JobName.EmailNotification:
        return this.notifications.email(job.data.notificationId);
      case JobName.SendInvitation:
        return this.invitations.send(job.data.invitationId);
      case JobName.SendClaimRejection:
        return this.claims.sendRejection(job.data.claimId);
      case JobName.SendPasswordReset:
        return this.passwordResets.send(job.data.resetTokenId);
      default:
        throw new Error(`${QueueName.Notifications} has no handler for job ${job.name}`);
    }
  }
}
