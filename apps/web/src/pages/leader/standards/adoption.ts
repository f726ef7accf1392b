import type { DistributionAudience } from '../../../gql/graphql';
import type { Tone } from '../../../ui/tone-tag';

/** The answers of a revision's recipients in groups that do not overlap: the bar's segments, in the order they are drawn. */
export const SEGMENTS = ['adopted', 'acknowledged', 'deviations', 'pending', 'superseded'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** A revision's counts as the API gives them per distribution (`AdoptionStats`). */
export type Figures = Record<Segment | 'recipients' | 'overdue', number>;

export const NO_FIGURES: Figures = { recipients: 0, adopted: 0, acknowledged: 0, deviations: 0, pending: 0, superseded: 0, overdue: 0 };

/** Colours of the segments, as the supplier's status tags: adopted green, acknowledged blue, deviations orange, pending amber, superseded grey. */
export const SEGMENT_TONE: Record<Segment, Tone> = { adopted: 'green', acknowledged: 'blue', deviations: 'orange', pending: 'gold', superseded: 'default' };

/**
 * A revision's figures over all its distributions (the API counts each
 * distribution; a supplier answers a revision once, so the sums do not count
 * anyone twice).
 */
export function figuresOf(distributions: { stats: Figures }[]): Figures {
  return distributions.reduce<Figures>(
    (sum, { stats }) => ({
      recipients: sum.recipients + stats.recipients,
      adopted: sum.adopted + stats.adopted,
      acknowledged: sum.acknowledged + stats.acknowledged,
      deviations: sum.deviations + stats.deviations,
      pending: sum.pending + stats.pending,
      superseded: sum.superseded + stats.superseded,
      overdue: sum.overdue + stats.overdue,
    }),
    NO_FIGURES,
  );
}

/** Who a distribution went to, in words (the keys are in leader-standards.json `audience`). */
export function audienceText(d: { audience: DistributionAudience; tiers: number[] }, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (d.audience === 'TIERS') return t('audience.TIERS', { tiers: [...d.tiers].sort().join(t('audience.separator')) });
  return t(`audience.${d.audience}`);
}
