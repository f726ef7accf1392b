import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Enterprise } from '../enterprise/enterprise.entity';
import { numeric } from '../enterprise/enterprise.entity';

export enum MaturityLevel {
  /** 初步系统 */
  INITIAL = 'INITIAL',
  /** 有效系统 */
  EFFECTIVE = 'EFFECTIVE',
  /** 持续改进 */
  CONTINUAL_IMPROVEMENT = 'CONTINUAL_IMPROVEMENT',
  /** 领先型 */
  LEADING = 'LEADING',
}

/** One self-assessment; history is kept so a rise of a level shows. */
@Entity('maturity_assessments')
@Index('maturity_assessments_enterprise_idx', ['enterpriseId', 'submittedAt'])
export class MaturityAssessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @Column({ name: 'model_version', type: 'text' })
  modelVersion: string;

  /** Dimension key -> score on the model's scale. */
  @Column({ type: 'jsonb' })
  scores: Record<string, number>;

  @Column({ type: 'numeric', precision: 6, scale: 3, transformer: numeric() })
  score: number;

  @Column({ type: 'enum', enum: MaturityLevel, enumName: 'maturity_level' })
  level: MaturityLevel;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz', precision: 3 })
  submittedAt: Date;
}
