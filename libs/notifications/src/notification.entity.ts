import { NotificationSubject } from '@chainq/core';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('notifications')
@Index('notifications_dedupe_key', ['dedupeKey'], { unique: true })
@Index('notifications_recipient_idx', ['recipientUserId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId: string;

  /** A NotificationKind. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** The values the text needs, so a client can write it in the reader's language. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  params: Record<string, string | number>;

  /** What the notification is about (both set or both null). */
  @Column({ name: 'link_type', type: 'text', nullable: true })
  linkType: NotificationSubject | null;

  @Column({ name: 'link_id', type: 'uuid', nullable: true })
  linkId: string | null;

  /** A retried or duplicated job finds the row already there and does nothing. */
  @Column({ name: 'dedupe_key', type: 'text' })
  dedupeKey: string;

  @Column({ name: 'read_at', type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  /** Set once the e-mail copy went out (only when SMTP is configured). */
  @Column({ name: 'emailed_at', type: 'timestamptz', precision: 3, nullable: true })
  emailedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
