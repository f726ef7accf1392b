import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { uploadFileName } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { InspectionImport, InspectionImportService } from '@chainq/inspection';
import { CurrentActor } from '../auth/current-actor.decorator';
import { SingleFileReceiver } from '../files/single-file.receiver';
import { uuidParam } from '../http/uuid-param.pipe';

/**
 * Inspection lots from a file: POST a CSV (UTF-8) or XLSX as the multipart
 * field `file` to /inspection-imports?chainId=…; the answer (202) carries the
 * import id to follow with the `inspectionImport` query. The error report is
 * GET /inspection-imports/:id/errors.csv.
 */
@Controller('inspection-imports')
export class InspectionImportController {
  constructor(
    private readonly imports: InspectionImportService,
    private readonly receiver: SingleFileReceiver,
  ) {}

  @Post()
  @HttpCode(202)
  async upload(@CurrentActor() actor: Actor, @Query('chainId') chainId: string, @Req() req: Request): Promise<ImportView> {
    // Refused before a byte of the file is read.
    await this.imports.assertCanImport(actor, chainId ?? '');
    return this.receiver.receive(req, 'the lots', async (part) => view(await this.imports.begin(actor, chainId, { stream: part.stream, fileName: part.fileName, declaredType: part.mimeType })));
  }

  @Get(':id/errors.csv')
  async errors(@CurrentActor() actor: Actor, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    const found = await this.imports.get(actor, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${uploadFileName(found.fileName, 'lots')}.errors.csv`)}`);
    await pipeline(Readable.from(this.imports.errorReport(actor, id)), res);
  }
}

export interface ImportView {
  id: string;
  status: string;
  fileName: string;
  sizeBytes: number;
}

const view = (i: InspectionImport): ImportView => ({ id: i.id, status: i.status, fileName: i.fileName, sizeBytes: i.sizeBytes });
