import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { DomainError, isUuid, JobName, notFound, OutboxService } from '@chainq/core';
import { Actor, AuthService, Language, UserService } from '@chainq/identity';
import { OutcomeScope, ProgramOutcomesService, ResolvedScope } from '../outcomes/program-outcomes.service';
import { xlsxWorkbook } from '../export/xlsx-workbook';
import { ProgramReport, ReportStatus } from './program-report.entity';
import { ReportBuilder } from './report-builder';
import { reportSheets } from './report-sheets';

/** How many reports `list` gives, newest first. */
const LISTED = 50;

/** The whole country's name in a report written in English; a division keeps its official (Chinese) name in either language. */
const COUNTRY_IN_ENGLISH = 'Whole country';

/** The name a report gives its scope, in the report's language. */
const scopeNameIn = (scope: ResolvedScope, language: Language) => (scope.kind === 'COUNTRY' && language === Language.EN ? COUNTRY_IN_ENGLISH : scope.name);

/** A report's title, in its language: its spreadsheet's file name and document title. */
const titleOf = (report: ProgramReport) =>
  report.language === Language.EN ? `${report.scopeName} programme report ${report.year}` : `${report.scopeName}${report.year}年度工作报告`;

/**
 * Annual programme reports: asked for by whoever may see the scope's
 * outcomes, built by the insights worker (progress committed as it goes),
 * kept with the content the printable page shows and the spreadsheet.
 * Every read checks the reader may see the report's scope now: a report
 * of a region the reader does not watch is NOT_FOUND, as if it did not exist.
 */
@Injectable()
export class ProgramReportService {
  private readonly logger = new Logger('ProgramReports');

  constructor(
    @InjectRepository(ProgramReport) private readonly reports: Repository<ProgramReport>,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly outcomes: ProgramOutcomesService,
    private readonly builder: ReportBuilder,
    private readonly users: UserService,
    private readonly auth: AuthService,
  ) {}

  /** Checks the scope and year as programOutcomes does, then records the request and queues its job in one transaction. */
  async request(actor: Actor, scope: OutcomeScope, year: number): Promise<ProgramReport> {
    this.outcomes.assertYear(year);
    const resolved = await this.outcomes.scope(actor, scope);
    const me = await this.users.me(actor);
    return this.dataSource.transaction(async (m) => {
      const report = await m.save(
        ProgramReport,
        m.create(ProgramReport, { scopeKind: resolved.kind, scopeId: resolved.id, scopeName: scopeNameIn(resolved, me.language), year, requestedBy: actor.userId, requesterName: me.displayName, language: me.language }),
      );
      await this.outbox.record(m, JobName.BuildProgramReport, { reportId: report.id });
      return report;
    });
  }

  async get(actor: Actor, id: string): Promise<ProgramReport> {
    const report = isUuid(id) ? await this.reports.findOneBy({ id }) : null;
    if (!report || !(await this.maySee(actor, report))) throw notFound('Programme report');
    return report;
  }

  /** The reports the caller may see, newest first. */
  async list(actor: Actor): Promise<ProgramReport[]> {
    const recent = await this.reports.find({ order: { createdAt: 'DESC' }, take: LISTED * 4 });
    const visible: ProgramReport[] = [];
    for (const report of recent) if (visible.length < LISTED && (await this.maySee(actor, report))) visible.push(report);
    return visible;
  }

  /** The spreadsheet of a finished report the caller may see. */
  async spreadsheet(actor: Actor, id: string): Promise<{ fileName: string; data: Buffer }> {
    const report = await this.get(actor, id);
    const row = await this.reports.createQueryBuilder('r').addSelect('r.xlsx').where('r.id = :id', { id }).getOne();
    if (report.status !== ReportStatus.DONE || !row?.xlsx) throw notFound('Programme report spreadsheet');
    return { fileName: `${titleOf(report)}.xlsx`, data: row.xlsx };
  }

  /**
   * The job: builds the content as the requester (who must still see the
   * scope), then the spreadsheet, and stores both with the report DONE; a
   * refusal or error leaves it FAILED with the reason. Runs again from the
   * start if retried.
   */
  async build(id: string): Promise<ProgramReport> {
    const report = await this.reports.findOneByOrFail({ id });
    if (report.status === ReportStatus.DONE) return report;
    await this.reports.update(id, { status: ReportStatus.RUNNING, progress: 5, error: null });
    try {
      const actor = await this.auth.actorOf(report.requestedBy);
      const scope = await this.outcomes.scope(actor, { kind: report.scopeKind as OutcomeScope['kind'], id: report.scopeId });
      const content = await this.builder.build(actor, scope, report.year, (progress) => this.reports.update(id, { progress }).then(() => undefined));
      const xlsx = await xlsxWorkbook(reportSheets(content, report.language as Language), report.language as Language, titleOf(report));
      await this.reports.update(id, { status: ReportStatus.DONE, progress: 100, content, xlsx, finishedAt: new Date() });
    } catch (error) {
      if (!(error instanceof DomainError)) this.logger.error({ err: error, reportId: id }, 'programme report failed');
      await this.reports.update(id, { status: ReportStatus.FAILED, error: error instanceof Error ? error.message : String(error), finishedAt: new Date() });
    }
    return this.reports.findOneByOrFail({ id });
  }

  private async maySee(actor: Actor, report: ProgramReport): Promise<boolean> {
    try {
      await this.outcomes.scope(actor, { kind: report.scopeKind as OutcomeScope['kind'], id: report.scopeId });
      return true;
    } catch (error) {
      if (error instanceof DomainError) return false;
      throw error;
    }
  }
}
