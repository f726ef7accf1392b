import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Organisation } from '@chainq/identity';

/** Many SMEs in one county making one product (e.g. wire mesh in Anping). */
@Entity('industry_clusters')
export class IndustryCluster {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  @Column({ name: 'region_name', type: 'text' })
  regionName: string;

  @Column({ name: 'industry_code', type: 'text' })
  industryCode: string;

  @Column({ name: 'product', type: 'text' })
  product: string;

  /** The regulator office that coordinates it. */
  @Column({ name: 'coordinating_office_id', type: 'uuid' })
  coordinatingOfficeId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'coordinating_office_id' })
  coordinatingOffice?: Organisation;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

@Entity('cluster_members')
@Index('cluster_members_enterprise_idx', ['enterpriseId'])
export class ClusterMember {
  @PrimaryColumn({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => IndustryCluster, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: IndustryCluster;

  @PrimaryColumn({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz', precision: 3 })
  joinedAt: Date;
}
