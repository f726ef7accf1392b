import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ProfileSection } from '../profile/quality-profile';
import type { SignedProfile } from './signed-profile';

/**
 * A supplier's consent to show its quality profile to one named recipient
 * for one purpose, until it expires (at most 90 days) or is revoked. Only
 * the SHA-256 of its link's token is kept.
 */
@Entity('profile_shares')
@Index('profile_shares_enterprise_idx', ['enterpriseId', 'createdAt'])
@Check('profile_shares_expiry_check', `expires_at > created_at AND expires_at <= created_at + interval '90 days'`)
export class ProfileShare {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'text', array: true })
  sections: ProfileSection[];

  @Index('profile_shares_token_key', { unique: true })
  @Column({ name: 'token_digest', type: 'char', length: 64 })
  tokenDigest: string;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  /** The signed snapshot recipients are shown. */
  @Column({ type: 'jsonb' })
  snapshot: SignedProfile;

  /** SHA-256 of the snapshot's profile without its computation time: a change in the data changes it. */
  @Column({ name: 'content_digest', type: 'char', length: 64 })
  contentDigest: string;
}

/** One opening of a share's link, with the name the visitor gave, if any. */
@Entity('profile_share_views')
@Index('profile_share_views_share_idx', ['shareId', 'viewedAt'])
export class ProfileShareView {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'share_id', type: 'uuid' })
  shareId: string;

  @ManyToOne(() => ProfileShare, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'share_id' })
  share?: ProfileShare;

  @CreateDateColumn({ name: 'viewed_at', type: 'timestamptz', precision: 3 })
  viewedAt: Date;

  @Column({ name: 'viewer_name', type: 'text', nullable: true })
  viewerName: string | null;

  /** The snapshot was re-taken on this view because the data had changed. */
  @Column({ type: 'boolean', default: false })
  refreshed: boolean;
}
