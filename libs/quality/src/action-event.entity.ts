import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CorrectiveAction } from './corrective-action.entity';

/** The immutable timeline of an action: who did what, when, before and after. */
@Entity('corrective_action_events')
@Index('corrective_action_events_action_idx', ['actionId', 'at'])
export class ActionEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @ManyToOne(() => CorrectiveAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: CorrectiveAction;

  /** e.g. REQUESTED, STEP_SAVED, STEP_SUBMITTED, STEP_APPROVED, STEP_REJECTED, COMMENTED, CLOSED, ESCALATED. */
  @Column({ type: 'text' })
  type: string;

  /** Null for the system (clocks, checks). */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: object | null;

  @Column({ type: 'jsonb', nullable: true })
  after: object | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at: Date;
}
