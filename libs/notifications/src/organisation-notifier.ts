import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AnyNotificationContent, JobName, OutboxService } from '@chainq/core';
import { Role, UserService } from '@chainq/identity';

export type NotificationContent = AnyNotificationContent & {
  /** Unique per event; the recipient's id is appended. */
  dedupeKey: string;
};

/** Queues a notification (through the outbox, in the caller's transaction) for an organisation's users in some roles. */
@Injectable()
export class OrganisationNotifier {
  constructor(
    private readonly outbox: OutboxService,
    private readonly users: UserService,
  ) {}

  async notify(manager: EntityManager, organisationId: string, roles: Role[], content: NotificationContent): Promise<number> {
    const recipients = await this.users.activeIdsWithRoles(organisationId, roles, manager);
    for (const id of recipients) {
      await this.outbox.record(manager, JobName.SendNotification, { ...content, recipientUserId: id, dedupeKey: `${content.dedupeKey}:${id}` });
    }
    return recipients.length;
  }
}
