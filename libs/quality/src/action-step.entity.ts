import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CorrectiveAction } from './corrective-action.entity';

export enum StepCode {
  D1 = 'D1',
  D2 = 'D2',
  D3 = 'D3',
  D4 = 'D4',
  D5 = 'D5',
  D6 = 'D6',
  D7 = 'D7',
}

export enum StepStatus {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** One 8D step of an action: the supplier's content and the requester's review. */
@Entity('corrective_action_steps')
@Index('corrective_action_steps_key', ['actionId', 'step'], { unique: true })
@Index('corrective_action_steps_due_idx', ['dueAt'])
export class ActionStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'action_id', type: 'uuid' })
  actionId: string;

  @ManyToOne(() => CorrectiveAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: CorrectiveAction;

  @Column({ type: 'enum', enum: StepCode, enumName: 'step_code' })
  step: StepCode;

  @Column({ type: 'enum', enum: StepStatus, enumName: 'step_status', default: StepStatus.NOT_STARTED })
  status: StepStatus;

  /** Structured content, validated per step (see step-content.ts). */
  @Column({ type: 'jsonb', nullable: true })
  content: object | null;

  /** Null for steps without their own clock (they run under the closure clock). */
  @Column({ name: 'due_at', type: 'timestamptz', precision: 3, nullable: true })
  dueAt: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;
}
