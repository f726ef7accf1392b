import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import {
  AppConfig,
  badInput,
  CoreReason,
  csvField,
  FileStorage,
  InjectConfig,
  isUuid,
  JobName,
  notFound,
  NotificationKind,
  NotificationSubject,
  OutboxService,
  storeUpload,
  uploadFileName,
} from '@chainq/core';
import { Actor, AuthService, isPlatformAdmin } from '@chainq/identity';
import { LotRules, RecordScopes } from '../lot-rules';
import { LotWriter } from '../lot-writer';
import { ImportFormat, ImportStatus, InspectionImport, InspectionImportError } from './inspection-import.entity';
import { columnOfField, columnsOf, lotFromRow } from './lot-columns';
import { FileRefused, readLotFile } from './lot-file';
import { RowLot, writeIsolating } from './isolating-write';
import { PendingRollups } from './pending-rollups';
import { lotFileContentType, lotFileFormat } from './lot-file-type';

/** Rows written per transaction; progress is committed with each batch. */
export const IMPORT_BATCH_ROWS = 5000;
/** Row errors kept for the report; the count of invalid rows is always exact. */
export const MAX_REPORTED_ERRORS = 10_000;
/** Times an import is queued again after its worker died before it is FAILED instead (a file that kills every worker). */
export const MAX_REQUEUES = 5;

/** Another run took the import over (this one was thought dead): this run stops without writing. */
class LostClaim extends Error {}

export interface IncomingLotFile {
  stream: Readable;
  fileName: string;
  /** The multipart part's type; absent when the file does not come from a client. */
  declaredType?: string;
}

interface Batch {
  lots: RowLot[];
  errors: { row: number; field: string; message: string }[];
  invalid: number;
  /** Data rows consumed when the batch ends, counted from the file's first data row. */
  read: number;
}

/**
 * Inspection lots from CSV or XLSX files: the upload is streamed to storage
 * and queued; the worker streams it back, validates each row with the same
 * rules as the API, writes valid lots in batches (a re-upload finds its lots
 * already recorded) and keeps the first errors for a downloadable report.
 */
@Injectable()
export class InspectionImportService {
  private readonly logger = new Logger('InspectionImport');

  constructor(
    @InjectRepository(InspectionImport) private readonly imports: Repository<InspectionImport>,
    @InjectRepository(InspectionImportError) private readonly errors: Repository<InspectionImportError>,
    private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
    private readonly rules: LotRules,
    private readonly writer: LotWriter,
    private readonly outbox: OutboxService,
    private readonly auth: AuthService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** Checks the caller may record lots in the chain before reading a byte of the file. */
  async assertCanImport(actor: Actor, chainId: string): Promise<void> {
    if (!isUuid(chainId)) throw badInput('chainId', 'is required (the chain the lots belong to)', { reason: chainId ? CoreReason.NotAUuid : CoreReason.Required });
    const scopes = await this.rules.scopesFor(actor, [chainId]);
    if (scopes.isEmpty()) throw notFound('Chain');
  }

  async begin(actor: Actor, chainId: string, file: IncomingLotFile): Promise<InspectionImport> {
    await this.assertCanImport(actor, chainId);
    const fileName = uploadFileName(file.fileName, 'lots');
    let format: ImportFormat;
    try {
      format = lotFileFormat(fileName, file.declaredType);
    } catch (refused) {
      file.stream.resume();
      throw refused;
    }
    const max = this.config.files.importMaxBytes;
    const contentType = (head: Buffer) => lotFileContentType(format, head);
    const key = `imports/${randomUUID()}`;
    return storeUpload(this.storage, file.stream, { key, maxBytes: max, tmpDir: this.config.files.tmpDir, tooLarge: `is larger than ${Math.round(max / 1048576)} MB; split it into smaller files`, contentType }, (upload) =>
      this.dataSource.transaction(async (m) => {
        const created = await m.save(
          m.create(InspectionImport, { chainId, organisationId: actor.organisationId, uploadedBy: actor.userId, fileName, format, storageKey: key, sizeBytes: upload.sizeBytes, sha256: upload.sha256, heartbeatAt: new Date() }),
        );
        await this.outbox.record(m, JobName.ImportInspectionLots, { importId: created.id });
        return created;
      }),
    );
  }

  /** The uploader's enterprise and platform admins read an import; anyone else gets NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<InspectionImport> {
    const found = await this.imports.findOneBy({ id });
    if (!found || (!isPlatformAdmin(actor) && found.organisationId !== actor.organisationId)) throw notFound('Import');
    return found;
  }

  /** The first refused rows of an import the caller has already read (through `get`). */
  rowErrors(id: string, limit: number): Promise<InspectionImportError[]> {
    return this.errors.find({ where: { importId: id }, order: { row: 'ASC', field: 'ASC' }, take: limit });
  }

  /** The error report as CSV lines (row, column, message), header first, streamed from the database in pages. */
  async *errorReport(actor: Actor, id: string): AsyncIterable<string> {
    await this.get(actor, id);
    yield '\ufeffrow,column,message\n';
    let after = { row: 0, field: '' };
    for (;;) {
      const page: InspectionImportError[] = await this.errors
        .createQueryBuilder('e')
        .where('e.importId = :id', { id })
        .andWhere('(e.row, e.field) > (:row, :field)', after)
        .orderBy('e.row')
        .addOrderBy('e.field')
        .limit(1000)
        .getMany();
      for (const e of page) yield `${e.row},${csvField(e.field)},${csvField(e.message)}\n`;
      if (page.length < 1000) return;
      after = { row: page[page.length - 1].row, field: page[page.length - 1].field };
    }
  }

  /**
   * The worker's half. Safe to run again: it resumes after the last committed
   * batch, a finished import is left alone, and an import another live run
   * holds (fresh heartbeat) is left to it. `lastAttempt`: the queue will not
   * retry, so an error marks the import FAILED instead of leaving it RUNNING.
   */
  async run(id: string, options: { lastAttempt?: boolean } = {}): Promise<InspectionImport> {
    const runId = randomUUID();
    const job = await this.claim(id, runId);
    if (!job) return this.imports.findOneByOrFail({ id });
    const beatMs = (this.config.files.importStaleSeconds * 1000) / 4;
    const heartbeat = setInterval(() => void this.beat(id, runId).catch(() => undefined), beatMs);
    heartbeat.unref();
    try {
      return await this.importRows(job, runId);
    } catch (error) {
      if (error instanceof LostClaim) return this.imports.findOneByOrFail({ id });
      this.logger.warn({ importId: id, err: (error as Error).message, lastAttempt: Boolean(options.lastAttempt) }, 'import attempt failed');
      if (options.lastAttempt) return this.finish(job, `import: could not finish (${(error as Error).message.slice(0, 300)})`, runId);
      // Let the queue's next attempt claim it at once.
      await this.imports.update({ id, runId }, { runId: null }).catch(() => undefined);
      throw error;
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * Queues again every import whose heartbeat is older than IMPORT_STALE_SECONDS:
   * RUNNING ones were left by a worker that died, QUEUED ones lost their job
   * (a queue store without persistence). A RUNNING import requeued
   * MAX_REQUEUES times is FAILED and its uploader told.
   */
  async requeueStale(): Promise<{ requeued: number; failed: number }> {
    return this.dataSource.transaction(async (m) => {
      const stale: { id: string; status: ImportStatus; requeues: number }[] = await m.query(
        `SELECT id, status, requeues FROM inspection_imports
          WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat_at < now() - make_interval(secs => $1)
          ORDER BY heartbeat_at LIMIT 100 FOR UPDATE SKIP LOCKED`,
        [this.config.files.importStaleSeconds],
      );
      let failed = 0;
      for (const s of stale) {
        if (s.status === ImportStatus.RUNNING && s.requeues >= MAX_REQUEUES) {
          await this.finishIn(m, await m.findOneByOrFail(InspectionImport, { id: s.id }), `import: the worker stopped ${MAX_REQUEUES + 1} times while importing this file`);
          failed++;
          continue;
        }
        // No run holds it now: a worker that only seemed dead loses its claim and stops at its next batch.
        await m.update(InspectionImport, s.id, { runId: null, heartbeatAt: () => 'now()', requeues: s.requeues + (s.status === ImportStatus.RUNNING ? 1 : 0) });
        await this.outbox.record(m, JobName.ImportInspectionLots, { importId: s.id });
        this.logger.warn({ importId: s.id, status: s.status, requeues: s.requeues }, 'stale import queued again');
      }
      return { requeued: stale.length - failed, failed };
    });
  }

  /** Takes the import for this run: a queued one, or a running one nobody holds or whose holder's heartbeat is stale. */
  private async claim(id: string, runId: string): Promise<InspectionImport | undefined> {
    const [, affected] = (await this.dataSource.query(
      `UPDATE inspection_imports SET status = 'RUNNING', started_at = coalesce(started_at, now()), heartbeat_at = now(), run_id = $2
        WHERE id = $1 AND (status = 'QUEUED' OR (status = 'RUNNING' AND (run_id IS NULL OR heartbeat_at IS NULL OR heartbeat_at < now() - make_interval(secs => $3))))`,
      [id, runId, this.config.files.importStaleSeconds],
    )) as [unknown, number];
    return affected ? this.imports.findOneByOrFail({ id }) : undefined;
  }

  private async beat(id: string, runId: string): Promise<void> {
    await this.imports.update({ id, runId }, { heartbeatAt: () => 'now()' });
  }

  private async importRows(job: InspectionImport, runId: string): Promise<InspectionImport> {
    let actor: Actor;
    try {
      actor = await this.auth.actorOf(job.uploadedBy);
    } catch {
      return this.finish(job, 'file: the uploader can no longer sign in, so nothing was imported', runId);
    }
    const take = this.rowTaker(actor, await this.rules.scopesFor(actor, [job.chainId]), job);
    const emptyBatch = (read: number): Batch => ({ lots: [], errors: [], invalid: 0, read });
    let batch = emptyBatch(job.rowsRead);
    // One batch is written while the next is read and validated; batches commit in file order.
    let writing: Promise<void> = Promise.resolve();
    const rollups = new PendingRollups();
    const send = async (full: Batch) => {
      await writing;
      writing = this.commit(job, full, runId, rollups);
      writing.catch(() => undefined); // awaited before the next batch or at the end
    };
    let consumed = 0;
    try {
      let columns: ReturnType<typeof columnsOf> | undefined;
      for await (const { row, cells, unreadable } of readLotFile(this.storage.get(job.storageKey), job.format)) {
        if (!columns) {
          columns = columnsOf(cells);
          continue;
        }
        consumed++;
        if (consumed <= job.rowsRead) continue;
        take(columns, row, cells, batch, unreadable);
        batch.read = consumed;
        if (batch.lots.length + batch.invalid >= IMPORT_BATCH_ROWS) {
          await send(batch);
          batch = emptyBatch(consumed);
        }
      }
      if (!columns) throw new FileRefused('file: has no header row');
      await send(batch);
      await writing;
      return await this.finish(job, null, runId, rollups);
    } catch (error) {
      if (!(error instanceof FileRefused)) {
        await writing.catch(() => undefined);
        throw error;
      }
      // Rows before the unreadable point have landed; say where reading stopped.
      await send(batch);
      await writing;
      return this.finish(job, error.message, runId, rollups);
    }
  }

  /** Validates one file row into the batch: its lot, or its errors (the first MAX_REPORTED_ERRORS kept). */
  private rowTaker(actor: Actor, scopes: RecordScopes, job: InspectionImport) {
    const context = { chainId: job.chainId, ownEnterpriseId: actor.organisationId, supplierByUscc: (uscc: string) => scopes.supplierByUscc(job.chainId, uscc) };
    let invalidBefore = job.rowsInvalid; // counted here, as the batch before may still be committing
    return (columns: ReturnType<typeof columnsOf>, row: number, cells: string[], batch: Batch, unreadable?: Map<number, string>): void => {
      let failed = false;
      const fail = (field: string, message: string) => {
        failed = true;
        if (invalidBefore < MAX_REPORTED_ERRORS) batch.errors.push({ row, field: columnOfField(field), message });
      };
      if (cells.length > columns.size && cells.slice(columns.size).some((c) => c.trim() !== '')) fail('file', `has ${cells.length} cells; the header has ${columns.size} columns`);
      const input = failed ? undefined : lotFromRow(cells, columns, context, fail, unreadable);
      const lot = input && this.rules.check(actor, scopes, input, fail);
      if (lot) batch.lots.push({ row, lot: { ...lot, importId: job.id } });
      if (failed) {
        batch.invalid++;
        invalidBefore++;
      }
    };
  }

  /**
   * Writes a batch's lots, errors and progress in one transaction, if this
   * run still holds the import. Rows the database refuses are isolated and
   * reported; the rest of the batch lands.
   */
  private async commit(job: InspectionImport, batch: Batch, runId: string, rollups: PendingRollups): Promise<void> {
    const counts = await this.dataSource.transaction(async (m) => {
      const { inserted, refused } = await writeIsolating(m, this.writer, batch.lots);
      // The lots reach the figures while the rest of the file is still being read.
      if (inserted > 0) rollups.add(batch.lots.map((l) => l.lot));
      await this.writer.requestRollups(m, rollups.due());
      const errors = [...batch.errors, ...refused.map((r) => ({ row: r.row, field: 'row', message: r.message }))];
      if (errors.length) await m.createQueryBuilder().insert().into(InspectionImportError).values(errors.map((e) => ({ ...e, importId: job.id }))).orIgnore().execute();
      const next = {
        rowsRead: batch.read,
        rowsInserted: job.rowsInserted + inserted,
        rowsDuplicate: job.rowsDuplicate + batch.lots.length - refused.length - inserted,
        rowsInvalid: job.rowsInvalid + batch.invalid + refused.length,
      };
      const updated = await m.update(InspectionImport, { id: job.id, runId }, { ...next, heartbeatAt: () => 'now()' });
      if (!updated.affected) throw new LostClaim();
      return next;
    });
    Object.assign(job, counts);
  }

  /** Marks the import finished (DONE, or FAILED with the reason), asks for the rollups of the lots not asked for yet, and tells the uploader. */
  private async finish(job: InspectionImport, error: string | null, runId: string, rollups?: PendingRollups): Promise<InspectionImport> {
    return this.dataSource.transaction(async (m) => {
      const held = await m.query('SELECT 1 FROM inspection_imports WHERE id = $1 AND run_id = $2 FOR UPDATE', [job.id, runId]);
      if (held.length === 0) throw new LostClaim();
      return this.finishIn(m, job, error, rollups);
    });
  }

  private async finishIn(m: EntityManager, job: InspectionImport, error: string | null, rollups?: PendingRollups): Promise<InspectionImport> {
    // Any rollup job applies every change committed before it: one more applies whatever the last batches wrote.
    const rest = rollups?.rest() ?? [];
    if (rest.length) await this.writer.requestRollups(m, rest);
    else await this.writer.requestRollupsOf(m, job.chainId, [], []);
    job.status = error ? ImportStatus.FAILED : ImportStatus.DONE;
    job.error = error;
    job.finishedAt = new Date();
    await m.update(InspectionImport, job.id, { status: job.status, error, finishedAt: job.finishedAt });
    const summary = `${job.rowsInserted} lots added, ${job.rowsDuplicate} already recorded, ${job.rowsInvalid} rows refused`;
    const counts = { fileName: job.fileName, inserted: job.rowsInserted, duplicates: job.rowsDuplicate, invalid: job.rowsInvalid };
    const notice = { recipientUserId: job.uploadedBy, link: { type: NotificationSubject.INSPECTION_IMPORT, id: job.id }, dedupeKey: `inspection-import:${job.id}` };
    await this.outbox.record(
      m,
      JobName.SendNotification,
      error
        ? { ...notice, kind: NotificationKind.INSPECTION_IMPORT_FAILED, title: `Import of ${job.fileName} stopped`, body: `${error}. ${summary} before that.`, params: { ...counts, error } }
        : { ...notice, kind: NotificationKind.INSPECTION_IMPORT_FINISHED, title: `Import of ${job.fileName} finished`, body: `${summary}.`, params: counts },
    );
    this.logger.log({ importId: job.id, status: job.status, inserted: job.rowsInserted, duplicates: job.rowsDuplicate, invalid: job.rowsInvalid }, 'import finished');
    return job;
  }
}

