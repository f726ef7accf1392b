import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { IndustryChain } from './industry-chain.entity';
import { Enterprise } from '../enterprise/enterprise.entity';

export enum MembershipStatus {
  INVITED = 'INVITED',
  ONBOARDING = 'ONBOARDING',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  EXITED = 'EXITED',
}

/**
 * A supplier in a chain. Invited by unified social credit code, so the
 * enterprise may not be known until the invitation is accepted.
 */
@Entity('chain_memberships')
@Check('chain_memberships_tier_check', `tier BETWEEN 1 AND 3 AND (tier = 1) = (parent_membership_id IS NULL)`)
@Index('chain_memberships_chain_uscc_key', ['chainId', 'supplierUscc'], { unique: true })
@Index('chain_memberships_supplier_idx', ['supplierEnterpriseId'])
@Index('chain_memberships_chain_idx', ['chainId', 'createdAt'])
export class ChainMembership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @ManyToOne(() => IndustryChain, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain?: IndustryChain;

  @Column({ name: 'supplier_uscc', type: 'char', length: 18 })
  supplierUscc: string;

  @Column({ name: 'supplier_enterprise_id', type: 'uuid', nullable: true })
  supplierEnterpriseId: string | null;

  @ManyToOne(() => Enterprise, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplier_enterprise_id' })
  supplier?: Enterprise;

  /** 1 supplies the leader directly; 2 and 3 supply a member one tier up. */
  @Column({ type: 'smallint' })
  tier: number;

  @Column({ name: 'parent_membership_id', type: 'uuid', nullable: true })
  parentMembershipId: string | null;

  @ManyToOne(() => ChainMembership, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_membership_id' })
  parent?: ChainMembership;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  categories: string[];

  @Column({ type: 'enum', enum: MembershipStatus, enumName: 'membership_status' })
  status: MembershipStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** Every status change, never updated: the membership's history. */
@Entity('membership_events')
@Index('membership_events_membership_idx', ['membershipId', 'at'])
export class MembershipEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => ChainMembership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: ChainMembership;

  @Column({ name: 'from_status', type: 'enum', enum: MembershipStatus, enumName: 'membership_status', nullable: true })
  fromStatus: MembershipStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: MembershipStatus, enumName: 'membership_status' })
  toStatus: MembershipStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at: Date;
}
