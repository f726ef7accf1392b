import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, LessThan, Repository } from 'typeorm';
import { AppConfig, badInput, CoreReason, FileStorage, InjectConfig, notFound, storeUpload, uploadFileName } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { documentTypeOf } from './content-types';
import { StoredDocument } from './stored-document.entity';

export interface IncomingFile {
  stream: Readable;
  fileName: string;
  declaredType: string;
}

@Injectable()
export class DocumentService {
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

  /** A document the caller's organisation uploaded, not yet attached: ready to be referred to. */
  async requireOwnUnattached(actor: Actor, id: string, field: string, manager: EntityManager): Promise<StoredDocument> {
    const document = await manager.findOneBy(StoredDocument, { id, ownerOrganisationId: actor.organisationId });
    if (!document) throw badInput(field, 'is not a document your organisation uploaded', { reason: CoreReason.DocumentNotYours });
    if (document.attachedAt) throw badInput(field, 'is already attached to something else; upload it again', { reason: CoreReason.DocumentAlreadyAttached });
    await manager.update(StoredDocument, id, { attachedAt: new Date() });
    return document;
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
