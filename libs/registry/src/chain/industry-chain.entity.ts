import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Enterprise } from '../enterprise/enterprise.entity';
import { IndustryCluster } from '../cluster/industry-cluster.entity';

/** A chain led by one enterprise (链主); an enterprise leads at most one chain. */
@Entity('industry_chains')
@Index('industry_chains_leader_key', ['leaderEnterpriseId'], { unique: true })
export class IndustryChain {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'leader_enterprise_id', type: 'uuid' })
  leaderEnterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'leader_enterprise_id' })
  leader?: Enterprise;

  @Column({ name: 'industry_code', type: 'text' })
  industryCode: string;

  /**
   * Whether a supplier's shared quality profile may name this chain. Off by
   * default: the profile then says only "a chain led by a manufacturer in
   * <province>" (docs/domain-notes.md, "Quality credit profile").
   */
  @Column({ name: 'profile_naming_allowed', type: 'boolean', default: false })
  profileNamingAllowed: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** Clusters a chain draws its suppliers from. */
@Entity('chain_clusters')
export class ChainCluster {
  @PrimaryColumn({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @ManyToOne(() => IndustryChain, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain?: IndustryChain;

  @PrimaryColumn({ name: 'cluster_id', type: 'uuid' })
  clusterId: string;

  @ManyToOne(() => IndustryCluster, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: IndustryCluster;
}
