import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Enterprise, IndustryChain } from '@chainq/registry';

/** 三检 plus the leader's receiving inspection (docs/domain-notes.md, "Inspection stages and pass-rate figures"). */
export enum InspectionStage {
  SELF = 'SELF',
  MUTUAL = 'MUTUAL',
  SPECIAL = 'SPECIAL',
  INCOMING = 'INCOMING',
}

export enum LotDecision {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
}

/** One inspected lot. The natural key makes a re-sent lot (or a re-uploaded file) a duplicate, not a second lot. */
@Entity('inspection_lots')
@Index('inspection_lots_natural_key', ['supplierEnterpriseId', 'lotNumber', 'stage', 'submission'], { unique: true })
@Index('inspection_lots_chain_idx', ['chainId', 'inspectedAt'])
@Index('inspection_lots_chain_day_idx', ['chainId', 'inspectedDay'])
@Index('inspection_lots_supplier_day_idx', ['supplierEnterpriseId', 'inspectedDay'])
@Index('inspection_lots_import_idx', ['importId'], { where: 'import_id IS NOT NULL' })
@Check('inspection_lots_units_check', `nonconforming_units <= units_sampled AND units_sampled <= lot_size AND lot_size > 0 AND submission >= 1`)
export class InspectionLot {
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

  @Column({ name: 'lot_number', type: 'text' })
  lotNumber: string;

  @Column({ name: 'lot_size', type: 'int' })
  lotSize: number;

  @Column({ type: 'enum', enum: InspectionStage, enumName: 'inspection_stage' })
  stage: InspectionStage;

  @Column({ name: 'inspected_at', type: 'timestamptz', precision: 3 })
  inspectedAt: Date;

  /** The calendar day in China (UTC+8, no daylight saving) that rollups bucket by. */
  @Column({ name: 'inspected_day', type: 'date' })
  inspectedDay: string;

  /** 1 is the first submission; a resubmitted lot is never a first-pass success (docs/domain-notes.md, "Inspection stages and pass-rate figures"). */
  @Column({ type: 'smallint', default: 1 })
  submission: number;

  /** GB/T 2828.1 plan used; all null for 100% inspection. */
  @Column({ name: 'inspection_level', type: 'text', nullable: true })
  inspectionLevel: string | null;

  @Column({ type: 'text', nullable: true })
  aql: string | null;

  @Column({ name: 'plan_severity', type: 'text', nullable: true })
  planSeverity: string | null;

  @Column({ name: 'acceptance_number', type: 'int', nullable: true })
  acceptanceNumber: number | null;

  @Column({ name: 'units_sampled', type: 'int' })
  unitsSampled: number;

  @Column({ name: 'nonconforming_units', type: 'int' })
  nonconformingUnits: number;

  /** Defect code -> count. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  defects: Record<string, number>;

  @Column({ type: 'enum', enum: LotDecision, enumName: 'lot_decision' })
  decision: LotDecision;

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy: string;

  /** The file import the lot came from; null when recorded through the API. */
  @Column({ name: 'import_id', type: 'uuid', nullable: true })
  importId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
