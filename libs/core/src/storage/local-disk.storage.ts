import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { FileStorage } from './file-storage';

export class LocalDiskStorage extends FileStorage {
  readonly kind = 'local' as const;

  constructor(private readonly root: string) {
    super();
  }

  async put(key: string, localPath: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // rename is atomic on one filesystem; a temp dir elsewhere needs a copy.
    await rename(localPath, target).catch(async () => {
      await copyFile(localPath, target);
      await rm(localPath, { force: true });
    });
  }

  /** Rejects (ENOENT) when the file is missing, rather than handing out a stream that will error. */
  async get(key: string): Promise<Readable> {
    const stream = createReadStream(this.pathOf(key));
    await once(stream, 'open');
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!/^[a-z0-9/-]+$/i.test(key)) throw new Error(`unsafe storage key ${key}`);
    return path.resolve(this.root, key);
  }
}
