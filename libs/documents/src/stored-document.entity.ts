import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '@chainq/identity';

/** An uploaded file: its bytes are in FileStorage under `storageKey`. */
@Entity('documents')
@Index('documents_unattached_idx', ['createdAt'], { where: 'attached_at IS NULL' })
@Index('documents_attached_to_idx', ['attachedToKind', 'attachedToId'])
export class StoredDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The uploader's organisation; it may always read its own documents. */
  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_organisation_id' })
  owner?: Organisation;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  /** Set when something (a standard revision, an 8D comment, a qualification) refers to it; unattached uploads are purged. */
  @Column({ name: 'attached_at', type: 'timestamptz', precision: 3, nullable: true })
  attachedAt: Date | null;

  /** What it is attached to (`AttachmentKind`): who may read that may read the document. */
  @Column({ name: 'attached_to_kind', type: 'text', nullable: true })
  attachedToKind: string | null;

  @Column({ name: 'attached_to_id', type: 'uuid', nullable: true })
  attachedToId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
