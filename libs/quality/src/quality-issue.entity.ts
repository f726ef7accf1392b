import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { IndustryChain } from '@chainq/registry';

export enum Severity {
  CRITICAL = 'CRITICAL',
  MAJOR = 'MAJOR',
  MINOR = 'MINOR',
}

export enum IssueSource {
  INCOMING_INSPECTION = 'INCOMING_INSPECTION',
  IN_PROCESS = 'IN_PROCESS',
  CUSTOMER_COMPLAINT = 'CUSTOMER_COMPLAINT',
  AUDIT = 'AUDIT',
  FIELD = 'FIELD',
}

export enum IssueStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

/** A chain-level quality problem; each affected supplier gets its own corrective action. */
@Entity('quality_issues')
@Index('quality_issues_chain_idx', ['chainId', 'detectedAt'])
@Index('quality_issues_defect_idx', ['defectCode'])
export class QualityIssue {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @ManyToOne(() => IndustryChain, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain?: IndustryChain;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'defect_code', type: 'text' })
  defectCode: string;

  @Column({ type: 'enum', enum: Severity, enumName: 'issue_severity' })
  severity: Severity;

  @Column({ type: 'enum', enum: IssueSource, enumName: 'issue_source' })
  source: IssueSource;

  @Column({ name: 'detected_at', type: 'timestamptz', precision: 3 })
  detectedAt: Date;

  @Column({ type: 'enum', enum: IssueStatus, enumName: 'issue_status', default: IssueStatus.OPEN })
  status: IssueStatus;

  @Column({ name: 'reported_by', type: 'uuid' })
  reportedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** The shared defect code list (chainId null) and each chain's own taxonomy. */
@Entity('defect_codes')
@Index('defect_codes_key', ['chainId', 'code'], { unique: true, where: 'chain_id IS NOT NULL' })
@Index('defect_codes_shared_key', ['code'], { unique: true, where: 'chain_id IS NULL' })
export class DefectCode {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'chain_id', type: 'uuid', nullable: true })
  chainId: string | null;

  @ManyToOne(() => IndustryChain, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain?: IndustryChain;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** A retired chain code stays on the issues that used it but is offered for no new one. */
  @Column({ name: 'retired_at', type: 'timestamptz', precision: 3, nullable: true })
  retiredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
