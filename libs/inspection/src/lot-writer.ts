import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import { JobName, OutboxService } from '@chainq/core';
import { InspectionLot, InspectionStage } from './inspection-lot.entity';
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
  'id, chain_id, supplier_enterprise_id, part_number, lot_number, lot_size, stage, inspected_at, inspected_day, submission, inspection_level, aql, plan_severity, acceptance_number, units_sampled, nonconforming_units, defects, decision, recorded_by, import_id';

const SKIPPING_DUPLICATES = `WITH written AS (
    INSERT INTO inspection_lots (${COLUMNS}) SELECT ${COLUMNS} FROM lot_staging
        ON CONFLICT (supplier_enterprise_id, lot_number, stage, submission) DO NOTHING
      RETURNING id)
  SELECT id FROM written`;

const UNIQUE_VIOLATION = '23505';

/** COPY text format: backslash, tab and line breaks escaped; \N is null. */
const text = (value: string | number | null | undefined): string => {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
};

const copyLine = (id: string, r: LotRow): string =>
  [
    id,
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
 * Writes lots in bulk inside the caller's transaction, so a batch lands
 * whole or not at all. The lots are copied straight into the table; if one
 * of them is already recorded under the natural key (supplier, lot number,
 * stage, submission), that copy is rolled back to its savepoint and the
 * batch goes through a session-local staging table and one INSERT ... SELECT
 * that skips the recorded ones. The incoming lots that were new move their
 * parts' switching states in the same transaction.
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
    const lots = rows.map((row) => ({ id: randomUUID(), ...row }));
    const written = (await this.copyAll(m, lots)) ? lots : await this.copySkippingDuplicates(m, lots);
    await this.switching.apply(
      m,
      written.filter((lot) => lot.stage === InspectionStage.INCOMING),
    );
    return written.length;
  }

  /** One COPY into inspection_lots; false, with nothing written, when a lot is already recorded. */
  private async copyAll(m: EntityManager, lots: (LotRow & { id: string })[]): Promise<boolean> {
    await m.query('SAVEPOINT lot_copy');
    try {
      await this.copy(m, 'inspection_lots', lots);
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await m.query('ROLLBACK TO SAVEPOINT lot_copy');
      return false;
    }
    await m.query('RELEASE SAVEPOINT lot_copy');
    return true;
  }

  private async copySkippingDuplicates(m: EntityManager, lots: (LotRow & { id: string })[]): Promise<(LotRow & { id: string })[]> {
    await m.query(`CREATE TEMP TABLE IF NOT EXISTS lot_staging AS SELECT ${COLUMNS} FROM inspection_lots WITH NO DATA`);
    await this.copy(m, 'lot_staging', lots);
    const inserted = new Set((await m.query(SKIPPING_DUPLICATES) as { id: string }[]).map((r) => r.id));
    await m.query('TRUNCATE lot_staging');
    return lots.filter((lot) => inserted.has(lot.id));
  }

  private async copy(m: EntityManager, table: string, lots: (LotRow & { id: string })[]): Promise<void> {
    const client = (await m.queryRunner!.connect()) as PoolClient;
    const lines = function* () {
      for (const lot of lots) yield copyLine(lot.id, lot);
    };
    await pipeline(Readable.from(lines()), client.query(copyFrom(`COPY ${table} (${COLUMNS}) FROM STDIN`)));
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
