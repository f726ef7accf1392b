import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from '@chainq/identity';
import { NotificationKind, NotificationSubject, OrganisationNotifier } from '@chainq/notifications';
import { AppliedLots, applyLots, Judgement, lotsBySwitchingKey, SwitchingLot, SwitchingRecord, switchingKey } from './switching-lots.rule';
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

/** The leader's recipients of a discontinuation: its quality engineers, or its admins when it has none. */
const RECIPIENTS = [[Role.QUALITY_ENGINEER], [Role.ENTERPRISE_ADMIN]];

/**
 * Keeps the GB/T 2828.1 switching state of each (chain, supplier, part) in step with the
 * leader's incoming inspection, inside the transaction that records the lots.
 */
@Injectable()
export class SwitchingService {
  constructor(private readonly notifier: OrganisationNotifier) {}

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
   * history in another, and announces the parts it discontinued.
   */
  async save(m: EntityManager, run: SwitchingRun): Promise<void> {
    if (run.states.length === 0) return;
    const written = run.states.map(({ state, record }) => Object.fromEntries([['id', state.id], ...RECORD_COLUMNS.map(([property, column]) => [column, record[property]])]));
    await m.query(UPDATE_STATES, [JSON.stringify(written)]);
    const history = run.states.flatMap(({ state, switches }) =>
      switches.map(({ event, severity, lot }) => ({ state_id: state.id, event, severity, lot_id: lot.id, lot_number: lot.lotNumber, occurred_at: lot.inspectedAt })),
    );
    if (history.length) await m.query(INSERT_HISTORY, [JSON.stringify(history)]);
    const stopped = run.states.filter(({ switches }) => switches.some((s) => s.event === 'DISCONTINUED')).map(({ state, record }) => ({ ...state, ...record }));
    if (stopped.length) await this.notifyDiscontinued(m, stopped);
  }

  /**
   * Once per discontinuation (the dedupe key names the state and the lot time that stopped it):
   * the leader's quality engineers, or its admins when it has none, and the supplier's admins and
   * quality engineers, who must act before the part is inspected on a sampling plan again.
   */
  private async notifyDiscontinued(m: EntityManager, states: LockedState[]): Promise<void> {
    const names: { chain_id: string; leader_id: string; leader: string; supplier_id: string; supplier: string }[] = await m.query(
      `SELECT c.id AS chain_id, c.leader_enterprise_id AS leader_id, l.name AS leader, o.id AS supplier_id, o.name AS supplier
         FROM industry_chains c JOIN organisations l ON l.id = c.leader_enterprise_id CROSS JOIN organisations o
        WHERE c.id = ANY($1::uuid[]) AND o.id = ANY($2::uuid[])`,
      [[...new Set(states.map((s) => s.chainId))], [...new Set(states.map((s) => s.supplierEnterpriseId))]],
    );
    for (const state of states) {
      const found = names.find((n) => n.chain_id === state.chainId && n.supplier_id === state.supplierEnterpriseId);
      if (!found) continue;
      const params = { partNumber: state.partNumber, supplier: found.supplier, leader: found.leader, rejectedLots: state.cumulativeRejectedUnderTightened };
      const link = { type: NotificationSubject.INDUSTRY_CHAIN, id: state.chainId };
      const rejected = `${state.cumulativeRejectedUnderTightened} lots of part ${state.partNumber} were rejected under tightened inspection (GB/T 2828.1 switching rules).`;
      const dedupeKey = `sampling-discontinued:${state.id}:${state.discontinuedAt?.toISOString()}`;
      const leaderContent = {
        kind: NotificationKind.SAMPLING_DISCONTINUED as const,
        params,
        link,
        title: `Incoming inspection of ${state.partNumber} from ${found.supplier} is discontinued`,
        body: `${rejected} Accept no more of its lots on a sampling plan until the supplier has taken corrective action; then resume inspection, which restarts at tightened.`,
        dedupeKey,
      };
      for (const roles of RECIPIENTS) if ((await this.notifier.notify(m, found.leader_id, roles, leaderContent)) > 0) break;
      await this.notifier.notify(m, found.supplier_id, [Role.ENTERPRISE_ADMIN, Role.QUALITY_ENGINEER], {
        kind: NotificationKind.SAMPLING_DISCONTINUED,
        params,
        link,
        title: `${found.leader} has discontinued incoming inspection of your part ${state.partNumber}`,
        body: `${rejected} Its lots are not accepted on a sampling plan until you have taken corrective action and ${found.leader} resumes inspection, at tightened.`,
        dedupeKey: `${dedupeKey}:supplier`,
      });
    }
  }
}
