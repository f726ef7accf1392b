import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { IndustryChain } from '@chainq/registry';
import { Severity } from './quality-issue.entity';

/** A chain's clocks per severity. Without a row, DEFAULT_POLICY applies. */
@Entity('corrective_action_policies')
export class ActionPolicy {
  @PrimaryColumn({ name: 'chain_id', type: 'uuid' })
  chainId: string;

  @ManyToOne(() => IndustryChain, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'chain_id' })
  chain?: IndustryChain;

  @PrimaryColumn({ type: 'enum', enum: Severity, enumName: 'issue_severity' })
  severity: Severity;

  @Column({ name: 'containment_hours', type: 'int' })
  containmentHours: number;

  @Column({ name: 'root_cause_days', type: 'int' })
  rootCauseDays: number;

  @Column({ name: 'closure_days', type: 'int' })
  closureDays: number;

  @Column({ name: 'effectiveness_days', type: 'int' })
  effectivenessDays: number;
}

export type PolicyClocks = Pick<ActionPolicy, 'containmentHours' | 'rootCauseDays' | 'closureDays' | 'effectivenessDays'>;

/** Typical clocks (docs/domain-notes.md, "Corrective actions (8D) and their clocks"): containment 24 h (48 h for minor), root cause 7 days, full 8D 30 days, effectiveness 90 days. */
export const DEFAULT_POLICY: Record<Severity, PolicyClocks> = {
  [Severity.CRITICAL]: { containmentHours: 24, rootCauseDays: 7, closureDays: 30, effectivenessDays: 90 },
  [Severity.MAJOR]: { containmentHours: 24, rootCauseDays: 7, closureDays: 30, effectivenessDays: 90 },
  [Severity.MINOR]: { containmentHours: 48, rootCauseDays: 7, closureDays: 30, effectivenessDays: 90 },
};
