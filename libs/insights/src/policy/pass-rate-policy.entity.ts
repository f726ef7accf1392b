import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { InspectionLot } from '@chainq/inspection';
import { QualityIssue } from '@chainq/quality';
import { GradeBands, ScorecardWeights } from '../scoring';

const numeric = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * A chain's quality targets for its suppliers. A supplier whose figures over
 * the last `windowDays` China days (at least `minLots` lots) fall below the
 * lot pass rate target or above the PPM limit gets a quality issue with an
 * 8D request, once per breach. The scorecard weights and grade bands of
 * the chain live here too.
 */
@Entity('pass_rate_policies')
export class PassRatePolicy {
  @PrimaryColumn({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  /** 0..1; null: not checked. */
  @Column({ name: 'min_lot_pass_rate', type: 'numeric', precision: 6, scale: 5, nullable: true, transformer: numeric })
  minLotPassRate: number | null;

  /** Nonconforming units per million inspected; null: not checked. */
  @Column({ name: 'max_ppm', type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numeric })
  maxPpm: number | null;

  @Column({ name: 'window_days', type: 'int', default: 30 })
  windowDays: number;

  /** Fewer lots in the window say too little to judge. */
  @Column({ name: 'min_lots', type: 'int', default: 5 })
  minLots: number;

  /** Stage whose lots count ('ALL', or SELF, MUTUAL, SPECIAL, INCOMING). */
  @Column({ type: 'text', default: 'ALL' })
  stage: string;

  /** Defect code of a raised issue when the window's rejected lots name no known code. */
  @Column({ name: 'fallback_defect_code', type: 'text', default: 'FUN-FAIL' })
  fallbackDefectCode: string;

  @Column({ name: 'scorecard_weights', type: 'jsonb', nullable: true })
  scorecardWeights: ScorecardWeights | null;

  @Column({ name: 'grade_bands', type: 'jsonb', nullable: true })
  gradeBands: GradeBands | null;

  /** Issues raised by the policy are reported in this user's name. */
  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

export enum PolicyRule {
  LOT_PASS_RATE = 'LOT_PASS_RATE',
  PPM = 'PPM',
}

/**
 * The latest issue a rule raised for a supplier. While that issue is open
 * the rule raises nothing more; a row claimed without an issue (a check that
 * died half-way) may be claimed again after a few minutes.
 */
@Entity('pass_rate_breaches')
export class PassRateBreach {
  @PrimaryColumn({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @PrimaryColumn({ name: 'supplier_enterprise_id', type: 'uuid' })
  supplierEnterpriseId: string;

  @PrimaryColumn({ type: 'text' })
  rule: PolicyRule;

  @Column({ name: 'issue_id', type: 'uuid', nullable: true })
  issueId: string | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', precision: 3 })
  claimedAt: Date;
}

/** Inspection lots that evidence a quality issue. */
@Entity('quality_issue_lots')
@Index('quality_issue_lots_lot_idx', ['lotId'])
export class QualityIssueLot {
  @PrimaryColumn({ name: 'issue_id', type: 'uuid' })
  issueId: string;

  @ManyToOne(() => QualityIssue, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issue_id' })
  issue?: QualityIssue;

  @PrimaryColumn({ name: 'lot_id', type: 'uuid' })
  lotId: string;

  @ManyToOne(() => InspectionLot, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lot_id' })
  lot?: InspectionLot;
}
