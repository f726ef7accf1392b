import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from './organisation.entity';
import { Language } from './language';
import { Role } from './role';

@Entity('users')
@Check('users_language_check', `"language" IN ('zh-CN', 'en')`)
@Index('users_email_key', ['email'], { unique: true })
@Index('users_organisation_idx', ['organisationId', 'createdAt'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** Stored lower-case; unique across the platform. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id hash. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role', array: true })
  roles: Role[];

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  /**
   * Carried in every access token (claim `sv`); a token with another value is
   * refused. Raised to end all of the user's sessions (password change).
   */
  @Column({ name: 'session_version', type: 'int', default: 0 })
  sessionVersion: number;

  /** What the web app and e-mails speak to this user. */
  @Column({ type: 'text', default: Language.ZH_CN })
  language: Language;

  @Column({ name: 'last_login_at', type: 'timestamptz', precision: 3, nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
