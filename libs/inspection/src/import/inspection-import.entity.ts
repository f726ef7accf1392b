import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  /** The import could not finish (see `error`): the file could not be read past some point, or the worker gave up on it. */
  FAILED = 'FAILED',
}

export enum ImportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

/**
 * One uploaded file of inspection lots and how far its import got. Progress
 * is committed with each batch of lots, so a job that is killed resumes
 * after the last batch that landed.
 */
@Entity('inspection_imports')
@Index('inspection_imports_org_idx', ['organisationId', 'createdAt'])
@Index('inspection_imports_unfinished_idx', ['heartbeatAt'], { where: "status IN ('QUEUED', 'RUNNING')" })
export class InspectionImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  /** The uploader's enterprise: only it (and platform admins) reads the import. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ type: 'enum', enum: ImportFormat, enumName: 'import_format' })
  format: ImportFormat;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'enum', enum: ImportStatus, enumName: 'import_status', default: ImportStatus.QUEUED })
  status: ImportStatus;

  /** Data rows consumed so far (valid or not), committed with their lots. */
  @Column({ name: 'rows_read', type: 'int', default: 0 })
  rowsRead: number;

  @Column({ name: 'rows_inserted', type: 'int', default: 0 })
  rowsInserted: number;

  /** Rows whose lot was already recorded (same supplier, lot number, stage, submission). */
  @Column({ name: 'rows_duplicate', type: 'int', default: 0 })
  rowsDuplicate: number;

  @Column({ name: 'rows_invalid', type: 'int', default: 0 })
  rowsInvalid: number;

  /** Why the import could not finish (status FAILED). */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;

  /** The run that holds the import: only it commits batches, so two workers never import one file at once. */
  @Column({ name: 'run_id', type: 'uuid', nullable: true })
  runId: string | null;

  /** Last sign of life of the run (each batch, and a timer while reading); a stale one means its worker died. */
  @Column({ name: 'heartbeat_at', type: 'timestamptz', precision: 3, nullable: true })
  heartbeatAt: Date | null;

  /** Times the import was queued again after its worker died; past a limit it is FAILED instead. */
  @Column({ type: 'int', default: 0 })
  requeues: number;
}

/** One reason a row of an import was refused; the downloadable error report lists these. */
@Entity('inspection_import_errors')
export class InspectionImportError {
  @PrimaryColumn({ name: 'import_id', type: 'uuid' })
  importId: string;

  @ManyToOne(() => InspectionImport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'import_id' })
  import?: InspectionImport;

  /** Line in the file (CSV) or row in the sheet (XLSX), header included, as a spreadsheet shows it. */
  @PrimaryColumn({ type: 'int' })
  row: number;

  @PrimaryColumn({ type: 'text' })
  field: string;

  @Column({ type: 'text' })
  message: string;
}
