import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Organisation } from '@chainq/identity';
import type { SizeClass } from '@chainq/codes';

/**
 * Registry facts of an enterprise. Shares its id with the enterprise's
 * organisation (name and unified social credit code live there).
 */
@Entity('enterprises')
@Index('enterprises_region_idx', ['regionCode'])
@Index('enterprises_industry_idx', ['industryCode'])
export class Enterprise {
  @PrimaryColumn('uuid')
  id: string;

  @OneToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'id' })
  organisation?: Organisation;

  /** GB/T 4754-2017, normalised (e.g. C3670). */
  @Column({ name: 'industry_code', type: 'text' })
  industryCode: string;

  /** GB/T 2260 code and its name as seen when recorded: codes change over time. */
  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  @Column({ name: 'region_name', type: 'text' })
  regionName: string;

  @Column({ type: 'int', nullable: true })
  employees: number | null;

  /** Operating revenue, 10k CNY. */
  @Column({ name: 'revenue_10k_cny', type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numeric() })
  revenue10kCny: number | null;

  @Column({ name: 'total_assets_10k_cny', type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numeric() })
  totalAssets10kCny: number | null;

  /** Computed by the 2011 rules from the figures above; null when they do not suffice. */
  @Column({ name: 'size_class', type: 'text', nullable: true })
  sizeClassComputed: SizeClass | null;

  @Column({ name: 'size_class_declared', type: 'text', nullable: true })
  sizeClassDeclared: SizeClass | null;

  @Column({ name: 'size_rules_version', type: 'text', nullable: true })
  sizeRulesVersion: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** pg returns numeric as string; keep numbers numbers. */
export function numeric() {
  return {
    to: (v: number | null | undefined) => v,
    from: (v: string | null) => (v === null ? null : Number(v)),
  };
}
