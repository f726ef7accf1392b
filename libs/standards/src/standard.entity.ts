import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StoredDocument } from '@chainq/documents';
import { Organisation } from '@chainq/identity';

/** A technical standard owned by an enterprise (or a regulator office, for a cluster's group standard). */
@Entity('standards')
@Index('standards_owner_number_key', ['ownerOrganisationId', 'number'], { unique: true })
export class Standard {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Normalised, e.g. Q/HX 001-2024 or GB/T 2828.1-2012. */
  @Column({ type: 'text' })
  number: string;

  /** NATIONAL, INDUSTRY, LOCAL, GROUP or ENTERPRISE, from the number's shape. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_organisation_id' })
  owner?: Organisation;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

@Entity('standard_revisions')
@Index('standard_revisions_version_key', ['standardId', 'version'], { unique: true })
export class StandardRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'standard_id', type: 'uuid' })
  standardId: string;

  @ManyToOne(() => Standard, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'standard_id' })
  standard?: Standard;

  @Column({ type: 'text' })
  version: string;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn: string;

  /** What changed since the previous revision: shown to every recipient. */
  @Column({ name: 'change_summary', type: 'text' })
  changeSummary: string;

  @Column({ name: 'document_id', type: 'uuid' })
  documentId: string;

  @ManyToOne(() => StoredDocument, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id' })
  document?: StoredDocument;

  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy: string;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz', precision: 3 })
  publishedAt: Date;
}
