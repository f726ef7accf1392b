import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Whose pass rates a series is about. CHAIN_SUPPLIER keys are `<chainId>:<supplierId>`, so a leader never sees a supplier's other chains. */
export enum RollupScope {
  CHAIN_SUPPLIER = 'CHAIN_SUPPLIER',
  CHAIN = 'CHAIN',
  CLUSTER = 'CLUSTER',
  PROVINCE = 'PROVINCE',
  PREFECTURE = 'PREFECTURE',
  COUNTY = 'COUNTY',
}

export enum RollupPeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

/**
 * Counts of a shared scope (chain, cluster, province, prefecture, county)
 * per period and stage, kept from each write's changes (RollupService:
 * applied exactly once) and recounted by a rebuild. Days are China days.
 * A bucket's 'ALL' figures are the sum of its stage rows and a (chain,
 * supplier) pair's figures are summed from its lot_day_totals rows, both on
 * read.
 */
@Entity('pass_rate_rollups')
export class PassRateRollup {
  @PrimaryColumn({ name: 'scope_kind', type: 'text' })
  scopeKind: RollupScope;

  @PrimaryColumn({ name: 'scope_key', type: 'text' })
  scopeKey: string;

  @PrimaryColumn({ type: 'text' })
  period: RollupPeriod;

  @PrimaryColumn({ name: 'period_start', type: 'date' })
  periodStart: string;

  @PrimaryColumn({ type: 'text' })
  stage: string;

  @Column({ name: 'lots_inspected', type: 'int' })
  lotsInspected: number;

  @Column({ name: 'lots_accepted', type: 'int' })
  lotsAccepted: number;

  @Column({ name: 'first_lots', type: 'int' })
  firstLots: number;

  @Column({ name: 'first_accepted', type: 'int' })
  firstAccepted: number;

  @Column({ name: 'units_inspected', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  unitsInspected: number;

  @Column({ name: 'units_nonconforming', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  unitsNonconforming: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
