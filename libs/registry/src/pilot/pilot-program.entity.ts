import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { IndustryCluster } from '../cluster/industry-cluster.entity';
import { numeric } from '../enterprise/enterprise.entity';

/** A pilot region programme (35 regions in two batches); targets and baseline as fractions 0..1. */
@Entity('pilot_programs')
export class PilotProgram {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'smallint' })
  batch: number;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ name: 'baseline_lot_pass_rate', type: 'numeric', precision: 6, scale: 5, nullable: true, transformer: numeric() })
  baselineLotPassRate: number | null;

  @Column({ name: 'target_lot_pass_rate', type: 'numeric', precision: 6, scale: 5, nullable: true, transformer: numeric() })
  targetLotPassRate: number | null;

  @Column({ name: 'baseline_first_pass_yield', type: 'numeric', precision: 6, scale: 5, nullable: true, transformer: numeric() })
  baselineFirstPassYield: number | null;

  @Column({ name: 'target_first_pass_yield', type: 'numeric', precision: 6, scale: 5, nullable: true, transformer: numeric() })
  targetFirstPassYield: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

@Entity('pilot_program_regions')
export class PilotProgramRegion {
  @PrimaryColumn({ name: 'pilot_program_id', type: 'uuid' })
  pilotProgramId: string;

  @ManyToOne(() => PilotProgram, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_program_id' })
  pilotProgram?: PilotProgram;

  @PrimaryColumn({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;
}

@Entity('pilot_program_clusters')
export class PilotProgramCluster {
  @PrimaryColumn({ name: 'pilot_program_id', type: 'uuid' })
  pilotProgramId: string;

  @ManyToOne(() => PilotProgram, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pilot_program_id' })
  pilotProgram?: PilotProgram;

  @PrimaryColumn({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => IndustryCluster, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: IndustryCluster;
}
