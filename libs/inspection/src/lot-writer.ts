import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import { JobName, OutboxService } from '@chainq/core';
import { InspectionLot, InspectionStage } from './inspection-lot.entity';
import { SwitchingLot } from './switching/switching-lots.rule';
import { SwitchingService } from './switching/switching.service';

/** A validated lot, ready to write. */
export type LotRow = Pick<
  InspectionLot,
  | 'chainId'
  | 'supplierEnterpriseId'
  | 'partNumber'
  | 'lotNumber'
  | 'lotSize'
  | 'stage'
  | 'inspectedAt'
  | 'inspectedDay'
  | 'submission'
  | 'inspectionLevel'
  | 'aql'
  | 'planSeverity'
  | 'acceptanceNumber'
  | 'unitsSampled'
  | 'nonconformingUnits'
  | 'defects'
  | 'decision'
  | 'recordedBy'
  | 'importId'
>;

const COLUMNS =
  'chain_id, supplier_enterprise_id, part_number, lot_number, lot_size, stage, inspected_at, inspected_day, submission, inspection_level, aql, plan_severity, acceptance_number, units_sampled, nonconforming_units, defects, decision, recorded_by, import_id';

/** What the switching rules read of an inserted incoming lot (`SwitchingLot`). */
const SWITCHING_COLUMNS =
  'w.id, w.chain_id AS "chainId", w.supplier_enterprise_id AS "supplierEnterpriseId", w.part_number AS "partNumber", w.lot_number AS "lotNumber", w.stage, w.submission, ' +
  'w.inspected_at AS "inspectedAt", w.lot_size AS "lotSize", w.inspection_level AS "inspectionLevel", w.aql, w.plan_severity AS "planSeverity", w.nonconforming_units AS "nonconformingUnits", w.decision';

const INSERT = `INSERT INTO inspection_lots (${COLUMNS}) SELECT ${COLUMNS} FROM lot_staging
  ON CONFLICT (supplier_enterprise_id, lot_number, stage, submission) DO NOTHING`;

/** COPY text format: backslash, tab and line breaks escaped; \N is null. */
const text = (value: string | number | null | undefined): string =>
  value === null || value === undefined ? '\\N' : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');

const copyLine = (r: LotRow): string =>
  [
    r.chainId,
    r.supplierEnterpriseId,
    r.partNumber,
    r.lotNumber,
    r.lotSize,
    r.stage,
    r.inspectedAt.toISOString(),
    r.inspectedDay,
    r.submission,
    r.inspectionLevel,
    r.aql,
    r.planSeverity,
    r.acceptanceNumber,
    r.unitsSampled,
    r.nonconformingUnits,
    JSON.stringify(r.defects ?? {}),
    r.decision,
    r.recordedBy,
    r.importId,
  ]
    .map(text)
    .join('\t') + '\n';

/**
 * Writes lots in bulk: COPY into a session-local staging table, then one
 * INSERT ... SELECT that skips lots already recorded under the natural key
 * (supplier, lot number, stage, submission). Runs inside the caller's
 * transaction, so a batch lands whole or not at all; the incoming lots it
 * inserted move their parts' switching states in the same transaction.
 */
@Injectable()
export class LotWriter {
  constructor(
    private readonly outbox: OutboxService,
    private readonly switching: SwitchingService,
  ) {}

  /** Returns how many lots were new. */
  async write(m: EntityManager, rows: LotRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    await m.query(`CREATE TEMP TABLE IF NOT EXISTS lot_staging AS SELECT ${COLUMNS} FROM inspection_lots WITH NO DATA`);
    const client = (await m.queryRunner!.connect()) as PoolClient;
    await pipeline(
      Readable.from(rows.map(copyLine)),
      client.query(copyFrom(`COPY lot_staging (${COLUMNS}) FROM STDIN`)),
    );
    const n = rows.some((r) => r.stage === InspectionStage.INCOMING) ? await this.insertApplyingIncoming(m) : await this.insert(m);
    await m.query('TRUNCATE lot_staging');
    return n;
  }

  private async insert(m: EntityManager): Promise<number> {
    const [{ n }]: { n: number }[] = await m.query(`WITH written AS (${INSERT} RETURNING 1) SELECT count(*)::int AS n FROM written`);
    return n;
  }

  /** Only batches with incoming lots read back what they inserted: the inserted count, and each inserted incoming lot (none are duplicates). */
  private async insertApplyingIncoming(m: EntityManager): Promise<number> {
    const written: ({ n: number } & (SwitchingLot | { id: null }))[] = await m.query(
      `WITH written AS (${INSERT}
         RETURNING id, chain_id, supplier_enterprise_id, part_number, lot_number, stage, submission, inspected_at, lot_size, inspection_level, aql, plan_severity, nonconforming_units, decision)
       SELECT (SELECT count(*)::int FROM written) AS n, ${SWITCHING_COLUMNS}
         FROM (VALUES (1)) AS always LEFT JOIN written w ON w.stage = 'INCOMING'`,
    );
    await this.switching.apply(m, written.filter((w): w is { n: number } & SwitchingLot => w.id !== null));
    return written[0].n;
  }

  /** Asks the worker, through the outbox, to bring the rollups of these lots' chains, suppliers and days up to date. */
  async requestRollups(m: EntityManager, rows: Pick<LotRow, 'chainId' | 'supplierEnterpriseId' | 'inspectedDay'>[]): Promise<void> {
    const byChain = new Map<string, { suppliers: Set<string>; days: Set<string> }>();
    for (const r of rows) {
      const touched = byChain.get(r.chainId) ?? { suppliers: new Set(), days: new Set() };
      touched.suppliers.add(r.supplierEnterpriseId);
      touched.days.add(r.inspectedDay);
      byChain.set(r.chainId, touched);
    }
    for (const [chainId, { suppliers, days }] of byChain) await this.requestRollupsOf(m, chainId, [...suppliers], [...days]);
  }

  async requestRollupsOf(m: EntityManager, chainId: string, supplierIds: string[], days: string[]): Promise<void> {
    await this.outbox.record(m, JobName.RecomputeRollups, { chainId, supplierIds: [...supplierIds].sort(), days: [...days].sort() });
  }
}
