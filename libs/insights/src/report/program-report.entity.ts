import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportContent } from './report-content';

export enum ReportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/**
 * An annual programme report of the whole country, a region, a cluster or
 * a pilot programme: asked for by a coordinator or platform admin (the
 * whole country: a platform admin), built by a job (progress as it
 * goes), and kept with its content (what the printable page shows) and its
 * spreadsheet. Readable by whoever may see the scope.
 */
@Entity('program_reports')
@Index('program_reports_created_idx', ['createdAt'])
export class ProgramReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** COUNTRY, REGION, CLUSTER or PILOT (OutcomeScopeKind): plain text, so a new kind needs no migration. */
  @Column({ name: 'scope_kind', type: 'text' })
  scopeKind: string;

  @Column({ name: 'scope_id', type: 'text' })
  scopeId: string;

  /** As named when asked, in the report's language (the whole country: 全国 or Whole country). */
  @Column({ name: 'scope_name', type: 'text' })
  scopeName: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy: string;

  /** The requester's name when asked, as the report shows it. */
  @Column({ name: 'requester_name', type: 'text' })
  requesterName: string;

  /** The requester's language: the spreadsheet's headers are written in it. */
  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'text', default: ReportStatus.QUEUED })
  status: ReportStatus;

  /** 0 to 100. */
  @Column({ type: 'smallint', default: 0 })
  progress: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'jsonb', nullable: true })
  content: ReportContent | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  xlsx: Buffer | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}
