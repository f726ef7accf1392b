import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Enterprise, IndustryChain } from '@chainq/registry';
import { type LotOutcome, SEVERITIES, type Severity, type SwitchingEvent } from '@chainq/sampling';

/**
 * Where one supplier's part stands under the GB/T 2828.1-2012 switching rules
 * at the chain leader's incoming inspection. The rule fields are exactly what
 * `nextSwitchingState` (@chainq/sampling) reads and returns; the rest records
 * what moved them. Created by the first incoming lot of the part.
 */
@Entity('sampling_switching_states')
@Index('sampling_switching_states_key', ['chainId', 'supplierEnterpriseId', 'partNumber'], { unique: true })
@Check('sampling_switching_states_counts_check', 'consecutive_accepted >= 0 AND switching_score >= 0 AND cumulative_rejected_under_tightened >= 0 AND lots_applied >= 0 AND lots_while_discontinued >= 0')
@Check('sampling_switching_states_recent_check', "cardinality(recent_results) <= 5 AND recent_results <@ ARRAY['ACCEPTED', 'REJECTED']::text[]")
@Check('sampling_switching_states_discontinued_check', 'discontinued = (discontinued_at IS NOT NULL)')
export class SwitchingState {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @ManyToOne(() => IndustryChain, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain?: IndustryChain;

  @Column({ name: 'supplier_enterprise_id', type: 'uuid' })
  supplierEnterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_enterprise_id' })
  supplier?: Enterprise;

  @Column({ name: 'part_number', type: 'text' })
  partNumber: string;

  /** The severity of the plan for the next lot. */
  @Column({ type: 'enum', enum: SEVERITIES, enumName: 'sampling_severity', default: 'NORMAL' })
  severity: Severity;

  @Column({ name: 'consecutive_accepted', type: 'int', default: 0 })
  consecutiveAccepted: number;

  /** Under normal inspection: the last lots, oldest first ("2 of 5" window). */
  @Column({ name: 'recent_results', type: 'text', array: true, default: () => "'{}'" })
  recentResults: LotOutcome[];

  /** Under normal inspection; the scoring is unverified (see @chainq/sampling switching-score.rule.ts). */
  @Column({ name: 'switching_score', type: 'int', default: 0 })
  switchingScore: number;

  @Column({ name: 'cumulative_rejected_under_tightened', type: 'int', default: 0 })
  cumulativeRejectedUnderTightened: number;

  /** Inspection under the standard stopped (5 lots rejected under tightened) until the leader resumes it. */
  @Column({ type: 'boolean', default: false })
  discontinued: boolean;

  /** When the lot that stopped inspection was inspected; null while inspection runs. */
  @Column({ name: 'discontinued_at', type: 'timestamptz', precision: 3, nullable: true })
  discontinuedAt: Date | null;

  /** The switch the last applied lot caused, if any. */
  @Column({ name: 'last_event', type: 'text', nullable: true })
  lastEvent: SwitchingEvent | null;

  /** When the current severity began: the inspection time of the lot that switched it, or the time inspection was resumed. */
  @Column({ name: 'severity_since', type: 'timestamptz', precision: 3, nullable: true })
  severitySince: Date | null;

  /** The leader's approval of reduced inspection: stands while the part is eligible or under reduced inspection. */
  @Column({ name: 'reduced_approved_at', type: 'timestamptz', precision: 3, nullable: true })
  reducedApprovedAt: Date | null;

  @Column({ name: 'reduced_approved_by', type: 'uuid', nullable: true })
  reducedApprovedBy: string | null;

  @Column({ name: 'resumed_at', type: 'timestamptz', precision: 3, nullable: true })
  resumedAt: Date | null;

  @Column({ name: 'resumed_by', type: 'uuid', nullable: true })
  resumedBy: string | null;

  /** Lots that moved the state (first submissions of incoming inspection). */
  @Column({ name: 'lots_applied', type: 'int', default: 0 })
  lotsApplied: number;

  /** Lots recorded since inspection was discontinued: kept with the lots, not applied to the state (0 again on resuming). */
  @Column({ name: 'lots_while_discontinued', type: 'int', default: 0 })
  lotsWhileDiscontinued: number;

  @Column({ name: 'last_lot_id', type: 'uuid', nullable: true })
  lastLotId: string | null;

  @Column({ name: 'last_lot_inspected_at', type: 'timestamptz', precision: 3, nullable: true })
  lastLotInspectedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
