import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EntityManager } from 'typeorm';
import { JobName, OutboxService } from '@chainq/core';
import { InspectionLot } from './inspection-lot.entity';
import { Judgement, SwitchingLot } from './switching/switching-lots.rule';
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
> & {
  /** Sent with a plan but without a severity or decision: the writer decides it on the part's switching state (incoming, first submission). */
  judgedOnState?: boolean;
};

/** A lot with the id the writer gives it before it is copied. */
type IdentifiedLot = LotRow & { id: string };

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
    const lots: IdentifiedLot[] = rows.map((row) => ({ id: randomUUID(), ...row }));
    // Incoming lots: their parts' states are locked first, so lots judged on the part's severity are decided before they are copied.
    const states = await this.switching.lock(m, lots);
    let run = states && this.switching.run(states, lots);
    if (run) for (const [lot, judgement] of run.judgements) Object.assign(lot, judgement);
    let written = lots;
    if (!(await this.copyAll(m, lots))) {
      written = await this.copySkippingDuplicates(m, lots);
      if (states && written.length < lots.length) {
        // Lots already recorded do not count again: run the rules over the new ones only and correct any decision that moves.
        run = this.switching.run(states, written);
        await this.rejudge(m, written, run.judgements);
      }
    }
    if (run) await this.switching.save(m, run);
    return written.length;
  }

  private async rejudge(m: EntityManager, lots: IdentifiedLot[], judgements: Map<SwitchingLot, Judgement>): Promise<void> {
    const changed = lots.flatMap((lot) => {
      const j = judgements.get(lot);
      return j && (j.decision !== lot.decision || j.planSeverity !== lot.planSeverity || j.acceptanceNumber !== lot.acceptanceNumber) ? [{ id: lot.id, ...j }] : [];
    });
    if (changed.length === 0) return;
    await m.query(
      `UPDATE inspection_lots l SET plan_severity = v."planSeverity", acceptance_number = v."acceptanceNumber", decision = v.decision::lot_decision
         FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, "planSeverity" text, "acceptanceNumber" int, decision text) WHERE l.id = v.id`,
      [JSON.stringify(changed)],
    );
  }

  /** One COPY into inspection_lots; false, with nothing written, when a lot is already recorded. */
  private async copyAll(m: EntityManager, lots: IdentifiedLot[]): Promise<boolean> {
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

  private async copySkippingDuplicates(m: EntityManager, lots: IdentifiedLot[]): Promise<IdentifiedLot[]> {
    await m.query(`CREATE TEMP TABLE IF NOT EXISTS lot_staging AS SELECT ${COLUMNS} FROM inspection_lots WITH NO DATA`);
    await this.copy(m, 'lot_staging', lots);
    const inserted = new Set((await m.query(SKIPPING_DUPLICATES) as { id: string }[]).map((r) => r.id));
    await m.query('TRUNCATE lot_staging');
    return lots.filter((lot) => inserted.has(lot.id));
  }

  private async copy(m: EntityManager, table: string, lots: IdentifiedLot[]): Promise<void> {
    const client = (await m.queryRunner!.connect()) as PoolClient;
    // Lines go to the socket a thousand at a time: one write per line cost about 7 s of CPU per million lots.
    const lines = function* () {
      for (let i = 0; i < lots.length; i += 1000) yield lots.slice(i, i + 1000).map((lot) => copyLine(lot.id, lot)).join('');
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
