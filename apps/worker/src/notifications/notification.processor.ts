import { AnyJob, JobName, JobProcessor, QueueName, QueueProcessor } from '@chainq/core';
import { NotificationService } from '@chainq/notifications';

@QueueProcessor(QueueName.Notifications)
export class NotificationProcessor implements JobProcessor {
  constructor(private readonly notifications: NotificationService) {}

  process(job: AnyJob) {
    switch (job.name) {
      case JobName.SendNotification:
        return this.notifications.deliver(job.data);
      default:
        throw new Error(`${QueueName.Notifications} has no handler for job ${job.name}`);
    }
  }
}
