import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import busboy from 'busboy';
import { Request, Response } from 'express';
import { badInput } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { InspectionImport, InspectionImportService } from '@chainq/inspection';
import { CurrentActor } from '../auth/current-actor.decorator';

/**
 * Inspection lots from a file: POST a CSV (UTF-8) or XLSX as the multipart
 * field `file` to /inspection-imports?chainId=…; the answer (202) carries the
 * import id to follow with the `inspectionImport` query. The error report is
 * GET /inspection-imports/:id/errors.csv.
 */
@Controller('inspection-imports')
export class InspectionImportController {
  constructor(private readonly imports: InspectionImportService) {}

  @Post()
  @HttpCode(202)
  async upload(@CurrentActor() actor: Actor, @Query('chainId') chainId: string, @Req() req: Request): Promise<ImportView> {
    await this.imports.assertCanImport(actor, chainId ?? '');
    return new Promise((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 5 } });
      } catch {
        return reject(badInput('file', 'send multipart/form-data with the lots in the field "file"'));
      }
      let received = false;
      parser.on('file', (field, stream, info) => {
        if (field !== 'file' || received) return stream.resume();
        received = true;
        this.imports.begin(actor, chainId, { stream, fileName: info.filename ?? 'lots' }).then((i) => resolve(view(i)), reject);
      });
      parser.on('error', () => reject(badInput('file', 'the multipart body is malformed')));
      parser.on('close', () => received || reject(badInput('file', 'send the lots in the multipart field "file"')));
      req.pipe(parser);
    });
  }

  @Get(':id/errors.csv')
  async errors(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    const found = await this.imports.get(actor, id);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${found.fileName}.errors.csv`)}`);
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
