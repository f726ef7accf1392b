import { Readable } from 'node:stream';
import busboy from 'busboy';
import { Request } from 'express';
import { badInput } from '@chainq/core';

export interface IncomingPart {
  stream: Readable;
  fileName: string;
  mimeType: string;
}

/**
 * Reads a multipart/form-data request carrying one file in the field
 * `file` and hands its stream to `handle` (which must consume it). `what`
 * names the file in errors ("the document", "the lots").
 */
export function receiveSingleFile<T>(req: Request, what: string, handle: (part: IncomingPart) => Promise<T>, maxFileBytes?: number): Promise<T> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Browsers send file names as UTF-8 (Chinese names included); busboy assumes Latin-1 unless told.
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 5, ...(maxFileBytes ? { fileSize: maxFileBytes } : {}) } });
    } catch {
      return reject(badInput('file', `send multipart/form-data with ${what} in the field "file"`));
    }
    let received = false;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || received) return stream.resume();
      received = true;
      handle({ stream, fileName: info.filename ?? '', mimeType: info.mimeType }).then(resolve, reject);
    });
    parser.on('error', () => reject(badInput('file', 'the multipart body is malformed')));
    parser.on('close', () => received || reject(badInput('file', `send ${what} in the multipart field "file"`)));
    req.pipe(parser);
  });
}
