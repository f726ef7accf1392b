import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationKind } from './role';

@Entity('organisations')
@Index('organisations_uscc_key', ['uscc'], { unique: true, where: 'uscc IS NOT NULL' })
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Column({ type: 'text' })
  name: string;

  /** Unified social credit code (GB 32100-2015); enterprises only. */
  @Column({ type: 'char', length: 18, nullable: true })
  uscc: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
