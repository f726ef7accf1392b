import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { JobName, NotificationPayload, OutboxService, Page, PageArgs, paginate } from '@chainq/core';
import { MailService } from './mail.service';
import { Actor, Language } from '@chainq/identity';
import { Notification } from './notification.entity';
import { renderNotification } from './notification-texts';

@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);

  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
  ) {}

  /**
   * Idempotent: the dedupe key makes a second delivery of the same payload a
   * no-op. With SMTP configured, an e-mail copy is queued in the same
   * transaction (its own job, so a mail outage retries the e-mail alone).
   */
  async deliver(payload: NotificationPayload): Promise<{ delivered: boolean }> {
    return this.dataSource.transaction(async (m) => {
      // Jobs queued before params and links existed carry neither.
      const { recipientUserId, kind, title, body, dedupeKey } = payload;
      const row = { recipientUserId, kind, title, body, dedupeKey, params: payload.params ?? {}, linkType: payload.link?.type ?? null, linkId: payload.link?.id ?? null };
      const result = await m.createQueryBuilder().insert().into(Notification).values(row).orIgnore().returning(['id']).execute();
      const [stored] = result.raw as { id: string }[];
      if (stored && this.mail.enabled) await this.outbox.record(m, JobName.EmailNotification, { notificationId: stored.id });
      if (stored) this.logger.log({ kind, recipient: recipientUserId }, 'notification stored');
      return { delivered: Boolean(stored) };
    });
  }

  /** Sends a notification's e-mail copy once, in the recipient's language: the row is claimed before sending. */
  async email(notificationId: string): Promise<{ sent: boolean }> {
    const [rows]: [{ kind: string; params: Record<string, unknown>; title: string; body: string; email: string; language: Language }[], number] = await this.dataSource.query(
      `UPDATE notifications n SET emailed_at = now() FROM users u
        WHERE n.id = $1 AND n.emailed_at IS NULL AND u.id = n.recipient_user_id AND u.is_active
        RETURNING n.kind, n.params, n.title, n.body, u.email, u.language`,
      [notificationId],
    );
    if (!rows.length) return { sent: false };
    const [row] = rows;
    // Rows stored before params existed keep their English text.
    const text = (Object.keys(row.params).length ? renderNotification(row.kind, row.params, row.language) : null) ?? { title: row.title, body: row.body };
    try {
      await this.mail.send({ to: row.email, subject: text.title, text: `${text.body}\n\n— ChainQ` });
    } catch (error) {
      // Release the claim so the retry sends it.
      await this.dataSource.query('UPDATE notifications SET emailed_at = NULL WHERE id = $1', [notificationId]);
      throw error;
    }
    return { sent: true };
  }

  list(actor: Actor, args: PageArgs & { unreadOnly?: boolean | null }): Promise<Page<Notification>> {
    const query = this.notifications
      .createQueryBuilder('n')
      .where('n.recipientUserId = :userId', { userId: actor.userId });
    if (args.unreadOnly) query.andWhere('n.readAt IS NULL');
    return paginate(query, args, { property: 'n.createdAt', value: (n) => n.createdAt, direction: 'DESC' });
  }

  /** Marks the caller's own notifications; ids of anyone else's are ignored. */
  async markRead(actor: Actor, ids: string[]): Promise<number> {
    const result = await this.notifications.update(
      { id: In(ids), recipientUserId: actor.userId, readAt: IsNull() },
      { readAt: new Date() },
    );
    return result.affected ?? 0;
  }
}
