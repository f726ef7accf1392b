import { pipeline } from 'node:stream/promises';
import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { notFound, uploadFileName } from '@chainq/core';
import { DocumentService, StoredDocument } from '@chainq/documents';
import { Actor } from '@chainq/identity';
import { CurrentActor } from '../auth/current-actor.decorator';
import { SingleFileReceiver } from './single-file.receiver';
import { uuidParam } from '../http/uuid-param.pipe';

/**
 * Documents over plain HTTP with the same bearer token: upload one file as
 * the multipart field `file`, then refer to the returned id (e.g. in
 * publishStandardRevision, addCorrectiveActionComment, submitQualification);
 * download it as its uploader, or as whoever may read what it is attached to.
 */
@Controller('files')
export class FilesController {
  constructor(
    private readonly documents: DocumentService,
    private readonly receiver: SingleFileReceiver,
  ) {}

  @Post()
  upload(@CurrentActor() actor: Actor, @Req() req: Request): Promise<DocumentView> {
    return this.receiver.receive(
      req,
      'the document',
      async (part) => view(await this.documents.store(actor, { stream: part.stream, fileName: part.fileName, declaredType: part.mimeType })),
      this.documents.maxBytes + 1,
    );
  }

  @Get(':id')
  async download(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    const document = await this.documents.find(id);
    // Outside the caller's sight a document does not exist: NOT_FOUND, never FORBIDDEN.
    if (!(await this.documents.canRead(actor, document))) throw notFound('Document');
    const bytes = await this.documents.open(document);
    res.setHeader('Content-Type', document.contentType);
    res.setHeader('Content-Length', String(document.sizeBytes));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(uploadFileName(document.fileName, 'document'))}`);
    res.setHeader('ETag', `"${document.sha256}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // A read error or a client leaving mid-download ends the connection; nothing else to do.
    await pipeline(bytes, res).catch(() => undefined);
  }
}

export interface DocumentView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
}

const view = (d: StoredDocument): DocumentView => ({ id: d.id, fileName: d.fileName, contentType: d.contentType, sizeBytes: d.sizeBytes, sha256: d.sha256 });
