import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { NotificationPayload, Page, PageArgs, paginate } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { Notification } from './notification.entity';

@Injectable()
export class NotificationService {
  private readonly logger = new Logger(NotificationService.name);

  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  /** Idempotent: the dedupe key makes a second delivery of the same payload a no-op. */
  async deliver(payload: NotificationPayload): Promise<{ delivered: boolean }> {
    const result = await this.notifications
      .createQueryBuilder()
      .insert()
      .values({ ...payload })
      .orIgnore()
      .returning(['id'])
      .execute();
    const delivered = result.raw.length > 0;
    if (delivered) this.logger.log({ kind: payload.kind, recipient: payload.recipientUserId }, 'notification stored');
    return { delivered };
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
