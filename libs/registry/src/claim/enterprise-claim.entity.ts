import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Invitation } from '../invitation/invitation.entity';

export enum EnterpriseClaimStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
}

/**
 * Someone holding an invitation asks to become the first admin of an
 * enterprise already on ChainQ. An invitation alone proves only that the
 * inviter typed a USCC, so a platform admin or a coordinator covering the
 * enterprise's region confirms it. Until then there is no user: the
 * account's name and password hash wait here (the hash is erased on rejection).
 */
@Entity('enterprise_claims')
@Index('enterprise_claims_pending_key', ['invitationId'], { unique: true, where: `status = 'PENDING'` })
@Index('enterprise_claims_enterprise_idx', ['enterpriseId', 'createdAt'])
export class EnterpriseClaim {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'invitation_id', type: 'uuid' })
  invitationId: string;

  @ManyToOne(() => Invitation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitation_id' })
  invitation?: Invitation;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** The invitation's address: the account is created under it. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'enum', enum: EnterpriseClaimStatus, enumName: 'enterprise_claim_status', default: EnterpriseClaimStatus.PENDING })
  status: EnterpriseClaimStatus;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  /** The admin created on confirmation. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
