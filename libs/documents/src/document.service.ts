import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, LessThan, Repository } from 'typeorm';
import { AppConfig, badInput, CoreReason, FileStorage, InjectConfig, notFound, storeUpload, uploadFileName } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { AttachmentKind, AttachmentReader, AttachmentTarget } from './attachment';
import { documentTypeOf } from './content-types';
import { StoredDocument } from './stored-document.entity';

export interface IncomingFile {
  stream: Readable;
  fileName: string;
  declaredType: string;
}

@Injectable()
export class DocumentService {
  private readonly readers = new Map<AttachmentKind, AttachmentReader>();

  constructor(
    @InjectRepository(StoredDocument) private readonly documents: Repository<StoredDocument>,
    private readonly storage: FileStorage,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return this.config.files.maxBytes;
  }

  /**
   * Stores an upload whose declared type, name and first bytes agree on an
   * allowed type, under a name without control characters, and records it;
   * on failure nothing stays behind.
   */
  async store(actor: Actor, file: IncomingFile): Promise<StoredDocument> {
    const fileName = uploadFileName(file.fileName, 'document');
    const key = `documents/${randomUUID()}`;
    const max = this.config.files.maxBytes;
    const contentType = (head: Buffer) => {
      const verdict = documentTypeOf(file.declaredType, fileName, head);
      if ('refused' in verdict) throw badInput('file', verdict.refused, { reason: verdict.reason });
      return verdict.contentType;
    };
    return storeUpload(this.storage, file.stream, { key, maxBytes: max, tmpDir: this.config.files.tmpDir, tooLarge: `is larger than ${readableSize(max)}`, contentType }, (upload) =>
      this.documents.save(this.documents.create({ ownerOrganisationId: actor.organisationId, fileName, ...upload, storageKey: key, uploadedBy: actor.userId })),
    );
  }

  /**
   * Attaches the caller organisation's uploads to `target`, in the caller's
   * transaction: each id must be its own upload, not attached to anything
   * else. One already attached to the same target may be named again (a
   * resubmitted qualification keeps its earlier files). Errors name the
   * field, with the item's index when a list is given (`documentIds[1]`).
   */
  async attach(actor: Actor, ids: string | readonly string[], field: string, manager: EntityManager, target: AttachmentTarget): Promise<StoredDocument[]> {
    const list = typeof ids === 'string' ? [ids] : [...ids];
    const fieldOf = (i: number) => (typeof ids === 'string' ? field : `${field}[${i}]`);
    if (!list.length) return [];
    // Locked so two writes cannot attach one upload to two things.
    const found = await manager.find(StoredDocument, { where: { id: In([...new Set(list)]), ownerOrganisationId: actor.organisationId }, lock: { mode: 'pessimistic_write' } });
    const byId = new Map(found.map((d) => [d.id, d]));
    for (const [i, id] of list.entries()) {
      const document = byId.get(id);
      if (!document) throw badInput(fieldOf(i), 'is not a document your organisation uploaded', { reason: CoreReason.DocumentNotYours });
      const here = document.attachedToKind === target.kind && document.attachedToId === target.id;
      if (document.attachedAt && !here) throw badInput(fieldOf(i), 'is already attached to something else; upload it again', { reason: CoreReason.DocumentAlreadyAttached });
    }
    const fresh = found.filter((d) => !d.attachedAt).map((d) => d.id);
    if (fresh.length) await manager.update(StoredDocument, { id: In(fresh) }, { attachedAt: new Date(), attachedToKind: target.kind, attachedToId: target.id });
    return [...new Set(list)].map((id) => byId.get(id)!);
  }

  /** The lib that owns a kind of target says who may read it (once, from its onModuleInit). */
  registerReader(kind: AttachmentKind, reader: AttachmentReader): void {
    if (this.readers.has(kind)) throw new Error(`A reader for ${kind} documents is already registered`);
    this.readers.set(kind, reader);
  }

  /** The uploader's organisation, or whoever may read what the document is attached to. */
  async canRead(actor: Actor, document: StoredDocument): Promise<boolean> {
    if (document.ownerOrganisationId === actor.organisationId) return true;
    const reader = document.attachedToKind && document.attachedToId ? this.readers.get(document.attachedToKind as AttachmentKind) : undefined;
    return reader ? reader(actor, document.attachedToId!) : false;
  }

  async find(id: string): Promise<StoredDocument> {
    const document = await this.documents.findOneBy({ id });
    if (!document) throw notFound('Document');
    return document;
  }

  /** The document's bytes; NOT_FOUND when they are gone (purged, or lost from storage). */
  open(document: StoredDocument): Promise<Readable> {
    return this.storage.get(document.storageKey).catch((error: { code?: string; name?: string }) => {
      if (error.code === 'ENOENT' || error.name === 'NoSuchKey') throw notFound('Document');
      throw error;
    });
  }

  async findByIds(ids: readonly string[]): Promise<StoredDocument[]> {
    return this.documents.findBy({ id: In([...ids]) });
  }

  /** Uploads never attached within a day are abandoned: remove their bytes and rows. */
  async purgeUnattached(olderThan = new Date(Date.now() - 24 * 3600 * 1000)): Promise<number> {
    const stale = await this.documents.findBy({ attachedAt: IsNull(), createdAt: LessThan(olderThan) });
    for (const document of stale) {
      await this.storage.delete(document.storageKey);
      await this.documents.delete(document.id);
    }
    return stale.length;
  }
}

function readableSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
