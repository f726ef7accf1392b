import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Enterprise, IndustryChain, IndustryCluster } from '@chainq/registry';
import { Standard, StandardRevision } from './standard.entity';

export enum DistributionAudience {
  /** Every ACTIVE member of the chain, now and later. */
  ALL_ACTIVE = 'ALL_ACTIVE',
  /** ACTIVE members of some tiers, now and later. */
  TIERS = 'TIERS',
  /** Chosen memberships only. */
  MEMBERSHIPS = 'MEMBERSHIPS',
  /** Every enterprise of a cluster, now and later. */
  CLUSTER = 'CLUSTER',
}

/** A revision sent to a chain's members or a cluster's enterprises, due by a date. */
@Entity('standard_distributions')
@Check('standard_distributions_target_check', `(chain_id IS NULL) <> (cluster_id IS NULL)`)
@Index('standard_distributions_chain_idx', ['chainId'])
@Index('standard_distributions_cluster_idx', ['clusterId'])
export class StandardDistribution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId: string;

  @ManyToOne(() => StandardRevision, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'revision_id' })
  revision?: StandardRevision;

  @Column({ name: 'standard_id', type: 'uuid' })
  standardId: string;

  @ManyToOne(() => Standard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'standard_id' })
  standard?: Standard;

  @Column({ name: 'chain_id', type: 'uuid', nullable: true })
  chainId: string | null;

  @ManyToOne(() => IndustryChain, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain?: IndustryChain;

  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId: string | null;

  @ManyToOne(() => IndustryCluster, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cluster_id' })
  cluster?: IndustryCluster;

  @Column({ type: 'enum', enum: DistributionAudience, enumName: 'distribution_audience' })
  audience: DistributionAudience;

  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  tiers: number[];

  @Column({ name: 'membership_ids', type: 'uuid', array: true, default: () => "'{}'" })
  membershipIds: string[];

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export enum AcknowledgementStatus {
  PENDING = 'PENDING',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ADOPTED = 'ADOPTED',
  DEVIATION_REQUESTED = 'DEVIATION_REQUESTED',
  DEVIATION_ACCEPTED = 'DEVIATION_ACCEPTED',
  DEVIATION_REJECTED = 'DEVIATION_REJECTED',
  /** A newer revision was sent to the same recipient. */
  SUPERSEDED = 'SUPERSEDED',
}

/** One recipient enterprise's answer to one distribution. */
@Entity('standard_acknowledgements')
@Index('standard_acknowledgements_recipient_key', ['distributionId', 'recipientEnterpriseId'], { unique: true })
@Index('standard_acknowledgements_inbox_idx', ['recipientEnterpriseId', 'status'])
@Index('standard_acknowledgements_due_idx', ['dueOn'])
export class StandardAcknowledgement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'distribution_id', type: 'uuid' })
  distributionId: string;

  @ManyToOne(() => StandardDistribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'distribution_id' })
  distribution?: StandardDistribution;

  @Column({ name: 'revision_id', type: 'uuid' })
  revisionId: string;

  @Column({ name: 'standard_id', type: 'uuid' })
  standardId: string;

  @Column({ name: 'recipient_enterprise_id', type: 'uuid' })
  recipientEnterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_enterprise_id' })
  recipient?: Enterprise;

  @Column({ type: 'enum', enum: AcknowledgementStatus, enumName: 'acknowledgement_status', default: AcknowledgementStatus.PENDING })
  status: AcknowledgementStatus;

  @Column({ name: 'deviation_reason', type: 'text', nullable: true })
  deviationReason: string | null;

  @Column({ name: 'decision_comment', type: 'text', nullable: true })
  decisionComment: string | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ name: 'reminded_at', type: 'timestamptz', precision: 3, nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', precision: 3, nullable: true })
  escalatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** Every change of an acknowledgement, never updated. */
@Entity('acknowledgement_events')
@Index('acknowledgement_events_ack_idx', ['acknowledgementId', 'at'])
export class AcknowledgementEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'acknowledgement_id', type: 'uuid' })
  acknowledgementId: string;

  @ManyToOne(() => StandardAcknowledgement, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'acknowledgement_id' })
  acknowledgement?: StandardAcknowledgement;

  @Column({ name: 'from_status', type: 'enum', enum: AcknowledgementStatus, enumName: 'acknowledgement_status', nullable: true })
  fromStatus: AcknowledgementStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: AcknowledgementStatus, enumName: 'acknowledgement_status' })
  toStatus: AcknowledgementStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at: Date;
}
