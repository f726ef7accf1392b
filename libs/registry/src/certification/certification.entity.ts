import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Enterprise } from '../enterprise/enterprise.entity';

export enum CertificationScheme {
  ISO_9001 = 'ISO_9001',
  ISO_14001 = 'ISO_14001',
  ISO_45001 = 'ISO_45001',
  IATF_16949 = 'IATF_16949',
  ISO_22000 = 'ISO_22000',
  CCC = 'CCC',
  OTHER = 'OTHER',
}

export enum CertificationStatus {
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

/**
 * Recorded once per enterprise and seen by every chain it supplies
 * ("audit once, recognised by many"). Only VALID counts.
 */
@Entity('certifications')
@Index('certifications_number_key', ['enterpriseId', 'scheme', 'number'], { unique: true })
@Index('certifications_expiry_idx', ['expiresOn'])
export class Certification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne(() => Enterprise, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id' })
  enterprise?: Enterprise;

  @Column({ type: 'enum', enum: CertificationScheme, enumName: 'certification_scheme' })
  scheme: CertificationScheme;

  /** The scheme's name when OTHER. */
  @Column({ name: 'scheme_name', type: 'text', nullable: true })
  schemeName: string | null;

  @Column({ type: 'text' })
  number: string;

  @Column({ name: 'certification_body', type: 'text' })
  certificationBody: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;

  @Column({ name: 'surveillance_due_on', type: 'date', nullable: true })
  surveillanceDueOn: string | null;

  @Column({ type: 'enum', enum: CertificationStatus, enumName: 'certification_status', default: CertificationStatus.VALID })
  status: CertificationStatus;

  /** The last expiry notice (days before expiry, from EXPIRY_NOTICES) claimed by the daily check. */
  @Column({ name: 'expiry_notice_days', type: 'smallint', nullable: true })
  expiryNoticeDays: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
