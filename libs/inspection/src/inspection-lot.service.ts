import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, Repository } from 'typeorm';
import { badInput, CoreReason, Page, PageArgs, paginate } from '@chainq/core';
import { Actor, isPlatformAdmin } from '@chainq/identity';
import { InspectionLot, InspectionStage, LotDecision } from './inspection-lot.entity';
import { LotInput, LotRules } from './lot-rules';
import { LotRow, LotWriter } from './lot-writer';
import { InspectionReason } from './inspection-reasons';

export const MAX_LOTS_PER_CALL = 1000;

export interface RowError {
  index: number;
  field: string;
  message: string;
  /** As an error's `extensions.reason` (docs/error-reasons.md). */
  reason: string;
}

export interface RecordedLots {
  inserted: number;
  /** Already recorded (same supplier, lot number, stage and submission): left as they were. */
  duplicates: number;
  errors: RowError[];
}

export interface LotFilter {
  chainId?: string | null;
  supplierEnterpriseId?: string | null;
  stage?: InspectionStage | null;
  decision?: LotDecision | null;
  partNumber?: string | null;
  from?: Date | null;
  to?: Date | null;
}

@Injectable()
export class InspectionLotService {
  constructor(
    @InjectRepository(InspectionLot) private readonly lots: Repository<InspectionLot>,
    private readonly dataSource: DataSource,
    private readonly rules: LotRules,
    private readonly writer: LotWriter,
  ) {}

  /** Validates every row; writes all of them or, if any row is wrong, none, and says which rows and why. */
  async record(actor: Actor, inputs: LotInput[]): Promise<RecordedLots> {
    if (inputs.length === 0 || inputs.length > MAX_LOTS_PER_CALL) throw badInput('lots', `send 1 to ${MAX_LOTS_PER_CALL} lots per call`, { reason: InspectionReason.LotsPerCallOutOfRange, max: MAX_LOTS_PER_CALL });
    const scopes = await this.rules.scopesFor(actor, [...new Set(inputs.map((i) => i.chainId))]);
    const errors: RowError[] = [];
    const rows: LotRow[] = [];
    const seen = new Set<string>();
    inputs.forEach((input, index) => {
      const fail = (field: string, message: string, reason: string = CoreReason.InvalidValue) => errors.push({ index, field, message, reason });
      const key = `${input.supplierEnterpriseId}|${input.lotNumber}|${input.stage}|${input.submission ?? 1}`;
      if (seen.has(key)) return fail('lotNumber', 'appears twice in this batch with the same stage and submission', InspectionReason.DuplicateLotNumber);
      seen.add(key);
      const row = this.rules.check(actor, scopes, input, fail);
      if (row) rows.push(row);
    });
    if (errors.length) return { inserted: 0, duplicates: 0, errors };
    const inserted = await this.dataSource.transaction(async (m) => {
      const count = await this.writer.write(m, rows);
      await this.writer.requestRollups(m, rows);
      return count;
    });
    return { inserted, duplicates: rows.length - inserted, errors: [] };
  }

  async list(actor: Actor, filter: LotFilter, page: PageArgs): Promise<Page<InspectionLot>> {
    return paginate(this.filtered(actor, filter), page, { property: 'l.inspectedAt', value: (l) => l.inspectedAt, direction: 'DESC' });
  }

  /**
   * The lots `list` pages through, in its order (newest first, ties by id),
   * `size` at a time: for exports of any length. Each batch is one keyset
   * range read (no count, no open transaction between batches), so a slow
   * reader holds no connection and the cost per batch does not grow with
   * the lots before it.
   */
  async *batches(actor: Actor, filter: LotFilter, size: number): AsyncGenerator<InspectionLot[]> {
    let after: { at: Date; id: string } | undefined;
    for (;;) {
      const query = this.filtered(actor, filter);
      // PostgreSQL bounds the (chain, inspected_at) index scan by the pair's first member (an Index Cond in EXPLAIN): a batch reads its own rows, not those before it.
      if (after) query.andWhere('(l.inspectedAt, l.id) < (:afterAt, :afterId)', { afterAt: after.at, afterId: after.id });
      const rows = await query.orderBy('l.inspectedAt', 'DESC').addOrderBy('l.id', 'DESC').take(size).getMany();
      if (rows.length > 0) yield rows;
      if (rows.length < size) return;
      const last = rows[rows.length - 1];
      after = { at: last.inspectedAt, id: last.id };
    }
  }

  /** Those of the given lots the caller may read, newest first. */
  readable(actor: Actor, ids: string[]): Promise<InspectionLot[]> {
    return this.readableBy(actor).andWhere('l.id IN (:...ids)', { ids }).orderBy('l.inspectedAt', 'DESC').getMany();
  }

  /** The lots the caller may read that match the filter (the `inspectionLots` query's filters). */
  private filtered(actor: Actor, filter: LotFilter) {
    const query = this.readableBy(actor);
    if (filter.chainId) query.andWhere('l.chainId = :chainId', { chainId: filter.chainId });
    if (filter.supplierEnterpriseId) query.andWhere('l.supplierEnterpriseId = :supplier', { supplier: filter.supplierEnterpriseId });
    if (filter.stage) query.andWhere('l.stage = :stage', { stage: filter.stage });
    if (filter.decision) query.andWhere('l.decision = :decision', { decision: filter.decision });
    if (filter.partNumber) query.andWhere('l.partNumber = :part', { part: filter.partNumber });
    if (filter.from) query.andWhere('l.inspectedAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('l.inspectedAt < :to', { to: filter.to });
    return query;
  }

  /** Suppliers read their own lots; leaders all lots of their chain; nobody else reads lots. */
  private readableBy(actor: Actor) {
    const query = this.lots.createQueryBuilder('l').where('true');
    if (!isPlatformAdmin(actor)) {
      query.andWhere(
        new Brackets((q) =>
          q.where('l.supplierEnterpriseId = :own', { own: actor.organisationId }).orWhere('l.chainId IN (SELECT c.id FROM industry_chains c WHERE c.leader_enterprise_id = :own)', { own: actor.organisationId }),
        ),
      );
    }
    return query;
  }
}
