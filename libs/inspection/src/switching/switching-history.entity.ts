import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SEVERITIES, type Severity, type SwitchingEvent } from '@chainq/sampling';
import { SwitchingState } from './switching-state.entity';

/** What moved a part's switching state: a switch its lots caused, or the leader's approval or resumption. */
export type SwitchingHistoryEvent = SwitchingEvent | 'REDUCED_APPROVED' | 'RESUMED';

export const SWITCHING_HISTORY_EVENTS = [
  'NORMAL_TO_TIGHTENED',
  'TIGHTENED_TO_NORMAL',
  'NORMAL_TO_REDUCED',
  'REDUCED_TO_NORMAL',
  'DISCONTINUED',
  'REDUCED_APPROVED',
  'RESUMED',
] as const satisfies readonly SwitchingHistoryEvent[];

/** Why the leader ended reduced inspection (GB/T 2828.1-2012 9.3.4 b and c); a rejected lot ends it by itself. */
export const REDUCED_END_REASONS = ['PRODUCTION_IRREGULAR', 'OTHER'] as const;
export type ReducedEndReason = (typeof REDUCED_END_REASONS)[number];

/**
 * One step in the history of a part's switching state (GB/T 2828.1-2012 clause 9.3),
 * written in the transaction that moved the state: by the lot that caused a switch, or by
 * the leader's user who approved reduced inspection or resumed discontinued inspection.
 */
@Entity('sampling_switching_history')
@Index('sampling_switching_history_state', ['stateId', 'createdAt'])
@Check('sampling_switching_history_cause_check', '(lot_id IS NULL) <> (actor_user_id IS NULL)')
@Check('sampling_switching_history_reason_check', `reason IS NULL OR (actor_user_id IS NOT NULL AND reason IN (${REDUCED_END_REASONS.map((r) => `'${r}'`).join(', ')}))`)
@Check('CHK_sampling_switching_history_event', `"event" IN (${SWITCHING_HISTORY_EVENTS.map((e) => `'${e}'`).join(', ')})`)
export class SwitchingHistoryEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'state_id', type: 'uuid' })
  stateId: string;

  @ManyToOne(() => SwitchingState, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'state_id' })
  state?: SwitchingState;

  @Column({ type: 'text' })
  event: SwitchingHistoryEvent;

  /** The severity for the next lot after this step. */
  @Column({ type: 'enum', enum: SEVERITIES, enumName: 'sampling_severity' })
  severity: Severity;

  /** The lot that caused a switch (its inspection time is `occurredAt`); null for the leader's actions. */
  @Column({ name: 'lot_id', type: 'uuid', nullable: true })
  lotId: string | null;

  @Column({ name: 'lot_number', type: 'text', nullable: true })
  lotNumber: string | null;

  /** The leader's user who approved or resumed; null for a switch a lot caused. */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** Why the leader ended reduced inspection; null for every other step. */
  @Column({ type: 'text', nullable: true })
  reason: ReducedEndReason | null;

  /** The leader's words on ending reduced inspection. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  /** When the step was recorded: the order the state moved in (a late lot may carry an older inspection time). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
