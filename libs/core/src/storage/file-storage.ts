import { Readable } from 'node:stream';

/** Where document bytes live: local disk by default, any S3-compatible store when configured. */
export abstract class FileStorage {
  abstract readonly kind: 'local' | 's3';
  /** Stores a finished local file under `key`. */
  abstract put(key: string, localPath: string, contentType: string): Promise<void>;
  /** Rejects when there is no such file (local: code ENOENT; S3: name NoSuchKey). */
  abstract get(key: string): Promise<Readable>;
  abstract delete(key: string): Promise<void>;
}
