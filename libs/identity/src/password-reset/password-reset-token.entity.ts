import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../user.entity';

/**
 * One e-mailed password-reset link. Only the SHA-256 of its token is kept;
 * the token itself is an HMAC of the row id under the server secret, so the
 * e-mail job can recompute it and nothing secret is stored.
 */
@Entity('password_reset_tokens')
@Index('password_reset_tokens_token_hash_key', ['tokenHash'], { unique: true })
@Index('password_reset_tokens_user_idx', ['userId', 'createdAt'])
export class PasswordResetToken {
  /** Random (crypto.randomUUID), made by the server before the token is derived from it. */
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', precision: 3, nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
