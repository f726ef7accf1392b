import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobName, OutboxService } from '@chainq/core';
import { Role } from '@chainq/identity';

export interface NotificationContent {
  kind: string;
  title: string;
  body: string;
  /** Unique per event; the recipient's id is appended. */
  dedupeKey: string;
}

/** Queues a notification (through the outbox, in the caller's transaction) for an organisation's users in some roles. */
@Injectable()
export class OrganisationNotifier {
  constructor(private readonly outbox: OutboxService) {}

  async notify(manager: EntityManager, organisationId: string, roles: Role[], content: NotificationContent): Promise<number> {
    const recipients: { id: string }[] = await manager.query(
      'SELECT id FROM users WHERE organisation_id = $1 AND is_active AND roles && $2::user_role[]',
      [organisationId, roles],
    );
    for (const { id } of recipients) {
      await this.outbox.record(manager, JobName.SendNotification, {
        recipientUserId: id,
        kind: content.kind,
        title: content.title,
        body: content.body,
        dedupeKey: `${content.dedupeKey}:${id}`,
      });
    }
    return recipients.length;
  }
}
