import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ChainMembership } from '../chain/chain-membership.entity';

export enum QualificationDecision {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

/** A supplier's qualification package for one membership, and the leader's decision on it. */
@Entity('qualifications')
@Index('qualifications_membership_idx', ['membershipId', 'submittedAt'])
export class Qualification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @ManyToOne(() => ChainMembership, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'membership_id' })
  membership?: ChainMembership;

  @Column({ name: 'certification_ids', type: 'uuid', array: true, default: () => "'{}'" })
  certificationIds: string[];

  @Column({ name: 'maturity_assessment_id', type: 'uuid', nullable: true })
  maturityAssessmentId: string | null;

  /** Uploaded documents (business licence, test reports, process flow …), attached to the membership. */
  @Column({ name: 'document_ids', type: 'uuid', array: true, default: () => "'{}'" })
  documentIds: string[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'submitted_by', type: 'uuid' })
  submittedBy: string;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz', precision: 3 })
  submittedAt: Date;

  @Column({ type: 'enum', enum: QualificationDecision, enumName: 'qualification_decision', default: QualificationDecision.PENDING })
  decision: QualificationDecision;

  @Column({ name: 'decision_reasons', type: 'text', array: true, default: () => "'{}'" })
  decisionReasons: string[];

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  /** Certificates the leader accepted as already verified on other chains, instead of asking for their documents again. */
  @Column({ name: 'recognised_certification_ids', type: 'uuid', array: true, default: () => "'{}'" })
  recognisedCertificationIds: string[];

  @Column({ name: 'recognised_by', type: 'uuid', nullable: true })
  recognisedBy: string | null;

  @Column({ name: 'recognised_at', type: 'timestamptz', precision: 3, nullable: true })
  recognisedAt: Date | null;
}
