import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppliedLots, applyLots, Judgement, lotsBySwitchingKey, SwitchingLot, SwitchingRecord, switchingKey } from './switching-lots.rule';
import { SwitchingNotices } from './switching-notices';
import { SwitchingState } from './switching-state.entity';

/** The rule columns of a state, read and written back whole, with their SQL types (for jsonb_to_recordset). */
const RECORD_COLUMNS: [keyof SwitchingRecord, string, string][] = [
  ['severity', 'severity', 'sampling_severity'],
  ['consecutiveAccepted', 'consecutive_accepted', 'int'],
  ['recentResults', 'recent_results', 'text[]'],
  ['switchingScore', 'switching_score', 'int'],
  ['cumulativeRejectedUnderTightened', 'cumulative_rejected_under_tightened', 'int'],
  ['discontinued', 'discontinued', 'boolean'],
  ['discontinuedAt', 'discontinued_at', 'timestamptz'],
  ['lastEvent', 'last_event', 'text'],
  ['severitySince', 'severity_since', 'timestamptz'],
  ['reducedApprovedAt', 'reduced_approved_at', 'timestamptz'],
  ['reducedApprovedBy', 'reduced_approved_by', 'uuid'],
  ['resumedAt', 'resumed_at', 'timestamptz'],
  ['resumedBy', 'resumed_by', 'uuid'],
  ['lotsApplied', 'lots_applied', 'int'],
  ['lotsWhileDiscontinued', 'lots_while_discontinued', 'int'],
  ['lastLotId', 'last_lot_id', 'uuid'],
  ['lastLotInspectedAt', 'last_lot_inspected_at', 'timestamptz'],
];

export type LockedState = SwitchingRecord & Pick<SwitchingState, 'id' | 'chainId' | 'supplierEnterpriseId' | 'partNumber'>;

/** What the rules made of a batch: each state after its lots, and how lots judged on their state were decided. */
export interface SwitchingRun {
  states: ({ state: LockedState } & AppliedLots)[];
  judgements: Map<SwitchingLot, Judgement>;
}

// Plain SQL rather than entities: an import batch reads up to 5,000 states at once.
const LOCK_STATES = `SELECT s.id, s.chain_id AS "chainId", s.supplier_enterprise_id AS "supplierEnterpriseId", s.part_number AS "partNumber",
       ${RECORD_COLUMNS.map(([property, column]) => `s.${column} AS "${property}"`).join(', ')}
  FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS k(chain_id, supplier_enterprise_id, part_number)
  JOIN sampling_switching_states s USING (chain_id, supplier_enterprise_id, part_number)
 ORDER BY s.id
   FOR UPDATE OF s`;

const UPDATE_STATES = `UPDATE sampling_switching_states s SET ${RECORD_COLUMNS.map(([, c]) => `${c} = v.${c}`).join(', ')}, updated_at = now()
  FROM jsonb_to_recordset($1::jsonb) AS v(id uuid, ${RECORD_COLUMNS.map(([, c, type]) => `${c} ${type}`).join(', ')})
 WHERE s.id = v.id`;

const INSERT_HISTORY = `INSERT INTO sampling_switching_history (state_id, event, severity, lot_id, lot_number, occurred_at)
  SELECT state_id, event, severity, lot_id, lot_number, occurred_at
    FROM jsonb_to_recordset($1::jsonb) AS v(state_id uuid, event text, severity sampling_severity, lot_id uuid, lot_number text, occurred_at timestamptz)`;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);


/**
 * Keeps the GB/T 2828.1 switching state of each (chain, supplier, part) in step with the
 * leader's incoming inspection, inside the transaction that records the lots.
 */
@Injectable()
export class SwitchingService {
  constructor(private readonly notices: SwitchingNotices) {}

  /**
   * Creates the missing states of the parts these lots count for (incoming, first submission)
   * and locks them all for the transaction; null when no lot counts. Inserting in key order
   * and locking in id order: concurrent writers queue on the same states instead of losing
   * updates, and take them in one order, so they cannot deadlock.
   */
  async lock(m: EntityManager, lots: readonly SwitchingLot[]): Promise<LockedState[] | null> {
    const groups = lotsBySwitchingKey(lots);
    if (groups.size === 0) return null;
    const keys = [...groups.values()]
      .map(([lot]) => lot)
      .sort((a, b) => compare(a.chainId, b.chainId) || compare(a.supplierEnterpriseId, b.supplierEnterpriseId) || compare(a.partNumber, b.partNumber));
    const chains = keys.map((k) => k.chainId);
    const suppliers = keys.map((k) => k.supplierEnterpriseId);
    const parts = keys.map((k) => k.partNumber);
    await m.query(
      `INSERT INTO sampling_switching_states (chain_id, supplier_enterprise_id, part_number)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])
       ON CONFLICT (chain_id, supplier_enterprise_id, part_number) DO NOTHING`,
      [chains, suppliers, parts],
    );
    return m.query(LOCK_STATES, [chains, suppliers, parts]);
  }

  /**
   * Runs the rules over the lots actually recorded, from the locked states, in inspection-time
   * order, without writing: the new states and the decisions of lots judged on their state. A
   * lot inspected before the part's last applied lot still counts, after it: the rules run in
   * recording order, and a late rejection is never dropped.
   */
  run(states: readonly LockedState[], lots: readonly SwitchingLot[]): SwitchingRun {
    const groups = lotsBySwitchingKey(lots);
    const run: SwitchingRun = { states: [], judgements: new Map() };
    for (const state of states) {
      const group = groups.get(switchingKey(state));
      if (!group) continue; // every lot of this part was already recorded
      const applied = applyLots(state, group);
      run.states.push({ state, ...applied });
      for (const [lot, judgement] of applied.judgements) run.judgements.set(lot, judgement);
    }
    return run;
  }

  /**
   * Writes a run's states back in one statement, each switch its lots caused into the parts'
   * history in another, and announces every switch (SwitchingNotices).
   */
  async save(m: EntityManager, run: SwitchingRun): Promise<void> {
    if (run.states.length === 0) return;
    const written = run.states.map(({ state, record }) => Object.fromEntries([['id', state.id], ...RECORD_COLUMNS.map(([property, column]) => [column, record[property]])]));
    await m.query(UPDATE_STATES, [JSON.stringify(written)]);
    const history = run.states.flatMap(({ state, switches }) =>
      switches.map(({ event, severity, lot }) => ({ state_id: state.id, event, severity, lot_id: lot.id, lot_number: lot.lotNumber, occurred_at: lot.inspectedAt })),
    );
    if (history.length) await m.query(INSERT_HISTORY, [JSON.stringify(history)]);
    await this.notices.announce(
      m,
      run.states.flatMap(({ state, record, switches }) => switches.map((applied) => ({ state: { ...state, ...record }, switch: applied }))),
    );
  }
}
