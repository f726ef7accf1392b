import { Controller, Get, Logger, Param, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { Actor } from '@chainq/identity';
import { ClusterMemberExport, InspectionLotExport, ProgramReportService, ReaderGone, SupplierScorecardExport, XLSX_CONTENT_TYPE, XlsxExport } from '@chainq/insights';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ClusterMemberExportQuery, LotExportQuery, SupplierExportQuery } from './exports.query';

/**
 * Spreadsheets of the chain leader's workspace (XLSX, streamed):
 * GET /exports/suppliers.xlsx?chainId=…&from=&to= is the
 * `supplierScorecards` table (default: the current China month);
 * GET /exports/lots.xlsx?chainId=…&supplierEnterpriseId=&stage=&decision=&partNumber=&from=&to=
 * the lots `inspectionLots` lists for that filter;
 * GET /exports/cluster-members.xlsx?clusterId=…&from=&to= a cluster's
 * members table (`clusterMembers`; default: the last twelve China months),
 * for the coordinators who watch it;
 * GET /exports/program-reports/:id.xlsx a finished programme report's
 * spreadsheet (for those who may see its scope). Bad input, NOT_FOUND and
 * FORBIDDEN answer before the first byte, as JSON like every REST error.
 */
@Controller('exports')
export class ExportsController {
  private readonly logger = new Logger('Exports');

  constructor(
    private readonly scorecards: SupplierScorecardExport,
    private readonly lots: InspectionLotExport,
    private readonly reports: ProgramReportService,
    private readonly clusterMembers: ClusterMemberExport,
  ) {}

  @Get('suppliers.xlsx')
  async suppliers(@CurrentActor() actor: Actor, @Query() query: SupplierExportQuery, @Res() res: Response): Promise<void> {
    await this.send(res, await this.scorecards.prepare(actor, query));
  }

  @Get('lots.xlsx')
  async inspectionLots(@CurrentActor() actor: Actor, @Query() query: LotExportQuery, @Res() res: Response): Promise<void> {
    await this.send(res, await this.lots.prepare(actor, query));
  }

  @Get('cluster-members.xlsx')
  async clusterMemberTable(@CurrentActor() actor: Actor, @Query() query: ClusterMemberExportQuery, @Res() res: Response): Promise<void> {
    await this.send(res, await this.clusterMembers.prepare(actor, query));
  }

  @Get('program-reports/:id.xlsx')
  async programReport(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { fileName, data } = await this.reports.spreadsheet(actor, id);
    res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(data);
  }

  /**
   * Streams the file (chunked: its length is not known ahead). Once the
   * first byte is out, an error can no longer be an HTTP status: the
   * connection is cut, so the client sees a failed download rather than a
   * short file that looks whole. Before that, it is answered as any error.
   */
  private async send(res: Response, file: XlsxExport): Promise<void> {
    res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('Cache-Control', 'no-store');
    try {
      await file.write(res);
    } catch (error) {
      if (!res.headersSent && !res.destroyed) {
        res.removeHeader('Content-Type');
        res.removeHeader('Content-Disposition');
        throw error;
      }
      res.destroy();
      if (!(error instanceof ReaderGone)) this.logger.error({ err: error }, 'export failed mid-file');
    }
  }
}
