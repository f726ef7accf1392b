import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Enterprise } from '@chainq/registry';
import { QualityIssue } from './quality-issue.entity';

export enum ActionStatus {
  /** The supplier is working through D1..D7. */
  OPEN = 'OPEN',
  /** D8: the requester closed it; the effectiveness check is pending. */
  CLOSED = 'CLOSED',
  /** No recurrence within the check period. */
  EFFECTIVE = 'EFFECTIVE',
  CANCELLED = 'CANCELLED',
}

/** A SCAR: one per issue and supplier, worked through the 8D steps. */
@Entity('corrective_actions')
@Index('corrective_actions_issue_supplier_key', ['issueId', 'supplierEnterpriseId'], { unique: true })
@Index('corrective_actions_supplier_idx', ['supplierEnterpriseId', 'status'])
@Index('corrective_actions_chain_idx', ['chainId', 'requestedAt'])
export class CorrectiveAction {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'issue_id', type: 'uuid' })
  issueId: string;

  @ManyToOne(() => QualityIssue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue?: QualityIssue;

  /** Copied from the issue: every read is scoped by chain. */
  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @Column({ name: 'supplier_enterprise_id', type: 'uuid' })
  supplierEnterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_enterprise_id' })
  supplier?: Enterprise;

  @Column({ type: 'enum', enum: ActionStatus, enumName: 'action_status', default: ActionStatus.OPEN })
  status: ActionStatus;

  /** The clocks run from here: every step clock starts when the action is requested (docs/domain-notes.md, "Corrective actions (8D) and their clocks"). */
  @Column({ name: 'requested_at', type: 'timestamptz', precision: 3 })
  requestedAt: Date;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  @Column({ name: 'closed_at', type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ name: 'effectiveness_due_at', type: 'timestamptz', precision: 3, nullable: true })
  effectivenessDueAt: Date | null;

  /** 0 none; 1 supplier told; 2 leader's quality lead; 3 leader's admin. */
  @Column({ name: 'escalation_level', type: 'smallint', default: 0 })
  escalationLevel: number;

  /** The supplier lets other suppliers see this 8D in the solution library. */
  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
