import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChainMembership } from '../chain/chain-membership.entity';

/**
 * A single-use, expiring invitation. The token is never stored: it is an
 * HMAC of the id and a nonce under the server secret, and only its SHA-256
 * is kept, so the database alone cannot produce a usable token.
 */
@Entity('invitations')
@Index('invitations_membership_idx', ['membershipId'])
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => ChainMembership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: ChainMembership;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  nonce: string;

  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
