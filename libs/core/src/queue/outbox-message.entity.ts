import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job recorded in the same transaction as the write it follows. The worker
 * relays rows to the queue and deletes them; if the queue is down the rows
 * wait, so work is delayed and never lost.
 */
@Entity('outbox_messages')
@Index('outbox_messages_available_idx', ['availableAt'])
export class OutboxMessage {
  /** Also the BullMQ job id, so a relay retried after a crash adds no duplicate. */
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: object;

  @Column({ name: 'available_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  availableAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
