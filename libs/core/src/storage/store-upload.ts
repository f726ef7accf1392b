import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CoreReason } from '../errors/core-reasons';
import { badInput } from '../errors/domain-error';
import { FileStorage } from './file-storage';

export interface UploadOptions {
  /** Where the bytes go in storage. */
  key: string;
  maxBytes: number;
  /** The directory for the temporary file (config `files.tmpDir`). */
  tmpDir: string;
  /** The message (on field `file`) when the upload passes maxBytes. */
  tooLarge: string;
  /** The content type to store it as, from its first 8 bytes; throws (naming `file`) to refuse it. */
  contentType: (head: Buffer) => string;
}

export interface StoredUpload {
  sizeBytes: number;
  sha256: string;
  contentType: string;
}

class TooLarge extends Error {}

/**
 * Streams an upload to a private temporary file while hashing and counting
 * it (reading stops past maxBytes), refuses empty or unwanted files, puts it
 * in storage and lets `record` write its row. Whatever fails, nothing stays
 * behind: no temporary file, no stored bytes without a row.
 */
export async function storeUpload<T>(storage: FileStorage, stream: Readable, options: UploadOptions, record: (upload: StoredUpload) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(options.tmpDir, 'chainq-upload-'));
  const tmp = path.join(dir, 'upload');
  let stored = false;
  try {
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > options.maxBytes) return done(new TooLarge());
        if (head.length < 8) head = Buffer.concat([head, chunk.subarray(0, 8 - head.length)]);
        hash.update(chunk);
        done(null, chunk);
      },
    });
    await pipeline(stream, meter, createWriteStream(tmp)).catch((error: unknown) => {
      stream.resume(); // drain the rest of the request
      if (error instanceof TooLarge) throw badInput('file', options.tooLarge, { reason: CoreReason.FileTooLarge, maxBytes: options.maxBytes });
      throw error;
    });
    if (size === 0) throw badInput('file', 'is empty', { reason: CoreReason.FileEmpty });
    const contentType = options.contentType(head);
    await storage.put(options.key, tmp, contentType);
    stored = true;
    return await record({ sizeBytes: size, sha256: hash.digest('hex'), contentType });
  } catch (error) {
    if (stored) await storage.delete(options.key);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
