import { PassThrough, Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import busboy from 'busboy';
import { Request } from 'express';
import { AppConfig, badInput, CoreReason, DomainError, InjectConfig } from '@chainq/core';

export interface IncomingPart {
  /**
   * The file's bytes. It ends only once the whole multipart body has arrived
   * intact; if the body is cut short, malformed, abandoned or stalls, it
   * errors with a DomainError naming `file` instead.
   */
  stream: Readable;
  fileName: string;
  mimeType: string;
}

const ignore = (): void => undefined;

/**
 * Reads a multipart/form-data request carrying one file in the field `file`
 * and hands its stream to a handler (which must consume it). Every stream
 * involved (the request, busboy's parser and file stream, the stream handed
 * on) has its errors handled from the moment it exists: a broken upload is
 * refused (400 naming `file`) or its connection closed, never a crash.
 */
@Injectable()
export class SingleFileReceiver {
  constructor(@InjectConfig() private readonly config: AppConfig) {}

  /** `what` names the file in errors ("the document", "the lots"). */
  receive<T>(req: Request, what: string, handle: (part: IncomingPart) => Promise<T>, maxFileBytes?: number): Promise<T> {
    const idleMs = this.config.files.uploadIdleTimeoutMs;
    return new Promise<T>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        // Browsers send file names as UTF-8 (Chinese names included); busboy assumes Latin-1 unless told.
        parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 5, ...(maxFileBytes ? { fileSize: maxFileBytes } : {}) } });
      } catch {
        return reject(badInput('file', `send multipart/form-data with ${what} in the field "file"`, { reason: CoreReason.MalformedUpload }));
      }
      parser.on('error', ignore); // reported through `fail` below; a late one must not crash
      const body = new PassThrough();
      body.on('error', ignore); // the handler may attach its own consumer only after an await
      let handling: Promise<T> | undefined;
      let failure: DomainError | undefined;
      let settled = false;
      let timer: NodeJS.Timeout | undefined;

      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        outcome();
        if (!req.complete) stopReading();
      };
      // Answer without waiting for the rest of the body: drain it (bounded by the idle timer) so the client can read the answer.
      const stopReading = () => {
        req.unpipe(parser);
        parser.destroy();
        if (!req.destroyed) req.resume();
      };
      const fail = (error: DomainError) => {
        if (failure || body.writableFinished) return;
        failure = error;
        body.destroy(error); // the handler's consumer fails with it and cleans up
        if (!handling) settle(() => reject(error)); // no file yet: nothing to wait for
      };

      const idle = () => {
        // Paused means we are not reading (the handler is slow), not that the client went quiet.
        if (req.isPaused() && !settled) return arm();
        const error = badInput('file', `nothing arrived for ${idleMs >= 1000 ? `${Math.round(idleMs / 1000)} s` : `${idleMs} ms`}; the upload was abandoned`, {
          reason: CoreReason.UploadInterrupted,
        });
        const res = req.res;
        if (res && !res.headersSent) res.setHeader('Connection', 'close');
        if (settled) req.destroy();
        else fail(error);
        // A client that stays silent gets its connection closed once answered.
        res?.once('finish', () => req.destroy());
      };
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(idle, idleMs);
        timer.unref();
      };

      req.on('data', arm);
      req.on('end', () => clearTimeout(timer));
      req.on('error', () => fail(badInput('file', 'the upload was interrupted', { reason: CoreReason.UploadInterrupted })));
      req.on('close', () => {
        clearTimeout(timer);
        if (!req.complete) fail(badInput('file', 'the upload was interrupted', { reason: CoreReason.UploadInterrupted }));
      });

      parser.on('file', (field, stream, info) => {
        stream.on('error', ignore); // busboy destroys it with the parser's error, which `fail` reports
        if (field !== 'file' || handling) return stream.resume();
        stream.pipe(body, { end: false }); // ended below, once the whole body has been read
        handling = handle({ stream: body, fileName: info.filename ?? '', mimeType: info.mimeType });
        handling.then(
          (value) => settle(() => resolve(value)),
          (error: unknown) => settle(() => reject(failure ?? error)),
        );
      });
      parser.on('error', () => fail(badInput('file', 'the multipart body is malformed or cut short', { reason: CoreReason.MalformedUpload })));
      parser.on('close', () => {
        if (failure) return;
        if (!handling) return fail(badInput('file', `send ${what} in the multipart field "file"`, { reason: CoreReason.FileMissing }));
        body.end();
      });

      if (req.destroyed && !req.complete) return fail(badInput('file', 'the upload was interrupted', { reason: CoreReason.UploadInterrupted }));
      arm();
      req.pipe(parser);
    });
  }
}
