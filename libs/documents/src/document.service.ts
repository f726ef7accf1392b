import { randomUUID, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, LessThan, Repository } from 'typeorm';
import { AppConfig, badInput, FileStorage, InjectConfig, notFound } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { ALLOWED_TYPES, recogniseType } from './content-types';
import { StoredDocument } from './stored-document.entity';

export interface IncomingFile {
  stream: Readable;
  fileName: string;
  declaredType: string;
}

class TooLarge extends Error {}

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
   * Streams an upload to a temporary file while hashing and counting it,
   * checks size and type, then hands it to storage and records it. Any
   * failure removes what was written: no orphan file, no orphan row.
   */
  async store(actor: Actor, file: IncomingFile): Promise<StoredDocument> {
    const fileName = path.basename(file.fileName).slice(0, 200) || 'document';
    const dir = await mkdtemp(path.join(tmpdir(), 'chainq-upload-'));
    const tmp = path.join(dir, 'upload');
    const key = `documents/${randomUUID()}`;
    let stored = false;
    try {
      const hash = createHash('sha256');
      let size = 0;
      let head = Buffer.alloc(0);
      const max = this.config.files.maxBytes;
      const meter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > max) return done(new TooLarge());
          if (head.length < 8) head = Buffer.concat([head, chunk.subarray(0, 8 - head.length)]);
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(file.stream, meter, createWriteStream(tmp)).catch((error: unknown) => {
        file.stream.resume(); // drain the rest of the request
        if (error instanceof TooLarge) throw badInput('file', `is larger than ${readableSize(max)}`);
        throw error;
      });
      if (size === 0) throw badInput('file', 'is empty');
      const contentType = recogniseType(file.declaredType, fileName, head);
      if (!contentType) {
        throw badInput('file', `must be one of ${ALLOWED_TYPES.flatMap((t) => t.extensions).join(', ')} (by name and content)`);
      }
      await this.storage.put(key, tmp, contentType);
      stored = true;
      return await this.documents.save(
        this.documents.create({ ownerOrganisationId: actor.organisationId, fileName, contentType, sizeBytes: size, sha256: hash.digest('hex'), storageKey: key, uploadedBy: actor.userId }),
      );
    } catch (error) {
      if (stored) await this.storage.delete(key);
      throw error;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** A document the caller's organisation uploaded, not yet attached: ready to be referred to. */
  async requireOwnUnattached(actor: Actor, id: string, field: string, manager: EntityManager): Promise<StoredDocument> {
    const document = await manager.findOneBy(StoredDocument, { id, ownerOrganisationId: actor.organisationId });
    if (!document) throw badInput(field, 'is not a document your organisation uploaded');
    if (document.attachedAt) throw badInput(field, 'is already attached to something else; upload it again');
    await manager.update(StoredDocument, id, { attachedAt: new Date() });
    return document;
  }

  async find(id: string): Promise<StoredDocument> {
    const document = await this.documents.findOneBy({ id });
    if (!document) throw notFound('Document');
    return document;
  }

  open(document: StoredDocument): Promise<Readable> {
    return this.storage.get(document.storageKey);
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
