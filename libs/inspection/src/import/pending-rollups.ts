import type { LotRow } from '../lot-writer';

type Touched = Pick<LotRow, 'chainId' | 'supplierEnterpriseId' | 'inspectedDay'>;

/** How often a running import asks for its rollups: each rollup job applies every change committed before it, so one a second keeps the figures about a second behind. */
export const IMPORT_ROLLUP_REQUEST_MS = 1000;

/**
 * The (chain, supplier, day) an import run wrote since it last asked for
 * rollups. A run asks at most once per IMPORT_ROLLUP_REQUEST_MS while it
 * runs, and once when it finishes; fewer, larger applies cost less than one
 * per batch.
 */
export class PendingRollups {
  private readonly touched = new Map<string, Touched>();
  private askedAt = 0;

  add(rows: Touched[]): void {
    for (const r of rows) this.touched.set(`${r.chainId}|${r.supplierEnterpriseId}|${r.inspectedDay}`, { chainId: r.chainId, supplierEnterpriseId: r.supplierEnterpriseId, inspectedDay: r.inspectedDay });
  }

  /** What to ask for now (and forget), or nothing when the last request is recent. */
  due(now = Date.now()): Touched[] {
    if (now - this.askedAt < IMPORT_ROLLUP_REQUEST_MS || this.touched.size === 0) return [];
    this.askedAt = now;
    return this.rest();
  }

  /** Everything not asked for yet (and forget it). */
  rest(): Touched[] {
    const rows = [...this.touched.values()];
    this.touched.clear();
    return rows;
  }
}
