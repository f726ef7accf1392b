import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { JobName, OutboxService } from '@chainq/core';
import { coarserRows, DAY_TOTALS, Derived, LOT_COUNTS, ROLLUPS, sharedDayRows, summed } from './rollup-queries';

/** What one application of the change log did. */
export interface AppliedChanges {
  /** Change-log rows consumed. */
  changes: number;
  /** Rollup rows (shared scopes, every period) written or removed; day totals not counted. */
  rows: number;
  /** The suppliers whose figures moved, per chain. */
  suppliersByChain: Map<string, string[]>;
  /** Time spent applying, from taking the lock to the commit (waiting for another apply not counted). */
  ms: number;
  /** This call joined an apply another job of this process started or queued (which covers its changes), rather than running its own. */
  joined: boolean;
}

const since = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

const LOCK = `SELECT pg_advisory_xact_lock(hashtext('pass_rate_rollups'))`;

/**
 * Keeps the pass-rate figures equal to what the lots say, in two levels:
 * lot_day_totals per (chain, supplier, China day, stage), and the shared
 * scopes (chain, cluster, province, prefecture, county) in
 * pass_rate_rollups: days, and the ISO weeks and months containing them,
 * one row per stage ('ALL' is their sum, taken on read). A (chain,
 * supplier) pair's figures are its day totals, summed on read.
 *
 * Maintained incrementally: every write to inspection_lots appends what it
 * changed, counted per (chain, supplier, day, stage), to lot_day_deltas in
 * the writer's own transaction (a statement trigger over the rows the
 * statement inserted, updated or deleted). `applyChanges` consumes that log
 * and adds it to both levels with INSERT ... ON CONFLICT DO UPDATE; taking
 * the log rows and adding them commit together, so a job killed half-way
 * applies nothing and a job run twice finds nothing left to apply. Its cost
 * follows what changed, not the lots already stored. `rebuild` recounts
 * everything from the lots. One advisory lock serialises both.
 */
@Injectable()
export class RollupService {
  /** The apply this process is running, and the one queued behind it. */
  private running: Promise<AppliedChanges> | null = null;
  private queued: Promise<AppliedChanges> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Applies every change committed so far, and asks (through the outbox, in
   * the same transaction) for a pass-rate threshold check of each chain's
   * suppliers whose figures moved.
   *
   * Within one process at most one apply runs and one waits: a call that
   * comes while one runs joins the waiting one, which starts after the
   * running one commits and so takes every change committed before the
   * call. Waiting jobs then hold no database connection, and a burst of jobs
   * costs two applies, not one each.
   */
  applyChanges(): Promise<AppliedChanges> {
    if (!this.running) {
      const run = this.applyOnce().finally(() => {
        this.running = null;
      });
      this.running = run;
      return run;
    }
    if (!this.queued) {
      this.queued = this.running
        .catch(() => undefined)
        .then(() => {
          this.queued = null;
          return this.applyChanges();
        });
      return this.queued;
    }
    return this.queued.then((applied) => ({ ...applied, joined: true }));
  }

  private async applyOnce(): Promise<AppliedChanges> {
    let locked = process.hrtime.bigint();
    const applied = await this.dataSource.transaction(async (m) => {
      await m.query(LOCK);
      locked = process.hrtime.bigint();
      const changes = await this.takeChanges(m);
      if (changes === 0) return { changes, rows: 0, suppliersByChain: new Map<string, string[]>() };
      await this.addTo(m, DAY_TOTALS, 'day_changes');
      await m.query(`CREATE TEMP TABLE shared_changes ON COMMIT DROP AS
        WITH days AS MATERIALIZED (${sharedDayRows('SELECT * FROM day_changes')})
        SELECT * FROM days UNION ALL ${coarserRows('SELECT * FROM days')}`);
      const rows = await this.addTo(m, ROLLUPS, 'shared_changes');
      const touched: { chain_id: string; suppliers: string[] }[] = await m.query(
        'SELECT chain_id, array_agg(DISTINCT supplier_enterprise_id::text ORDER BY supplier_enterprise_id::text) AS suppliers FROM day_changes GROUP BY chain_id ORDER BY chain_id',
      );
      // Fresh figures may cross the chain's pass-rate policy.
      for (const t of touched) await this.outbox.record(m, JobName.CheckPassRateThresholds, { chainId: t.chain_id, supplierIds: t.suppliers });
      return { changes, rows, suppliersByChain: new Map(touched.map((t) => [t.chain_id, t.suppliers])) };
    });
    return { ...applied, ms: since(locked), joined: false };
  }

  /**
   * Recounts every figure from all lots: the repair path (and what the demo
   * seed runs once). Writers of lots wait while it runs (a SHARE lock on the
   * lots), so the recount and the change log it discards describe the same
   * lots; readers see the old figures until it commits. Returns the number
   * of rollup rows (day totals not counted).
   */
  rebuild(): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      await m.query(LOCK);
      await m.query('LOCK TABLE inspection_lots IN SHARE MODE');
      await m.query('DELETE FROM lot_day_deltas');
      // A large rebuild groups a million lots into tens of thousands of day totals: keep the hash tables in memory.
      await m.query(`SET LOCAL work_mem = '64MB'`);
      // CREATE TABLE AS may run in parallel (an INSERT ... SELECT never is).
      await m.query(`CREATE TEMP TABLE fresh_day_totals ON COMMIT DROP AS
        SELECT l.chain_id, l.supplier_enterprise_id, l.inspected_day AS day, l.stage, ${LOT_COUNTS} FROM inspection_lots l GROUP BY 1, 2, 3, 4`);
      await this.replace(m, DAY_TOTALS, 'fresh_day_totals');
      await m.query(`CREATE TEMP TABLE fresh_shared_days ON COMMIT DROP AS ${sharedDayRows('SELECT * FROM lot_day_totals')}`);
      await m.query(`CREATE TEMP TABLE fresh_rollups ON COMMIT DROP AS SELECT * FROM fresh_shared_days UNION ALL ${coarserRows('SELECT * FROM fresh_shared_days')}`);
      await this.replace(m, ROLLUPS, 'fresh_rollups');
      const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM fresh_rollups');
      return n;
    });
  }

  /** Takes every committed change-log row into day_changes, summed per day total; returns how many were taken. */
  private async takeChanges(m: EntityManager): Promise<number> {
    await m.query(`CREATE TEMP TABLE day_changes ON COMMIT DROP AS SELECT ${DAY_TOTALS.keys.join(', ')}, ${DAY_TOTALS.counts.join(', ')} FROM lot_day_totals WITH NO DATA`);
    const [{ n }]: { n: number }[] = await m.query(
      `WITH taken AS (DELETE FROM lot_day_deltas RETURNING *),
       summed AS (INSERT INTO day_changes SELECT ${DAY_TOTALS.keys.join(', ')}, ${summed(DAY_TOTALS, 'x', DAY_TOTALS)} FROM taken x GROUP BY ${DAY_TOTALS.keys.join(', ')}
         HAVING (${DAY_TOTALS.counts.map((c) => `sum(x.${c})`).join(', ')}) <> (0, 0, 0, 0, 0, 0))
       SELECT count(*)::int AS n FROM taken`,
    );
    if (n > 0) await m.query('ANALYZE day_changes');
    return n;
  }

  /**
   * Adds the counts of the temporary table `changes` to `target`, in key
   * order (one writer at a time holds the lock, the order keeps it cheap),
   * then removes the rows left with no lots. Returns the rows touched.
   */
  private async addTo(m: EntityManager, target: Derived, changes: string): Promise<number> {
    const columns = [...target.keys, ...target.counts];
    const stamped = target.stamp ? [target.stamp] : [];
    const assignments = [...target.counts.map((c) => `${c} = t.${c} + excluded.${c}`), ...stamped.map((c) => `${c} = now()`)];
    const written: unknown[] = await m.query(
      `INSERT INTO ${target.table} AS t (${[...columns, ...stamped].join(', ')})
       SELECT ${[...columns, ...stamped.map(() => 'now()')].join(', ')} FROM ${changes} c
        WHERE (${target.counts.map((c) => `c.${c}`).join(', ')}) <> (0, 0, 0, 0, 0, 0)
       ORDER BY ${target.keys.join(', ')}
       ON CONFLICT (${target.keys.join(', ')}) DO UPDATE SET ${assignments.join(', ')}
       RETURNING 1`,
    );
    const same = target.keys.map((k) => `c.${k} = t.${k}`).join(' AND ');
    await m.query(`DELETE FROM ${target.table} t USING ${changes} c WHERE ${same} AND t.${target.counts[0]} = 0`);
    return written.length;
  }

  /**
   * Makes `target` equal the temporary table `fresh`: rows gone from it are
   * deleted, changed ones updated, new ones inserted, equal ones left alone.
   */
  private async replace(m: EntityManager, target: Derived, fresh: string): Promise<void> {
    const same = target.keys.map((k) => `f.${k} = t.${k}`).join(' AND ');
    const counts = (a: string) => target.counts.map((c) => `${a}.${c}`).join(', ');
    const stamped = target.stamp ? [target.stamp] : [];
    const assignments = [...target.counts.map((c) => `${c} = f.${c}`), ...stamped.map((c) => `${c} = now()`)];
    const columns = [...target.keys, ...target.counts];
    await m.query(`DELETE FROM ${target.table} t WHERE NOT EXISTS (SELECT FROM ${fresh} f WHERE ${same})`);
    await m.query(
      `MERGE INTO ${target.table} t USING ${fresh} f ON ${same}
        WHEN MATCHED AND (${counts('t')}) IS DISTINCT FROM (${counts('f')}) THEN UPDATE SET ${assignments.join(', ')}
        WHEN NOT MATCHED THEN INSERT (${[...columns, ...stamped].join(', ')}) VALUES (${[...columns.map((c) => `f.${c}`), ...stamped.map(() => 'now()')].join(', ')})`,
    );
  }
}
