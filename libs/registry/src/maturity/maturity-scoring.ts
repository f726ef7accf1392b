import { badInput } from '@chainq/core';
import { MaturityLevel } from './maturity-assessment.entity';
import { MaturityModel } from './maturity-model.data';
import { RegistryReason } from '../registry-reasons';

export interface MaturityResult {
  score: number;
  level: MaturityLevel;
}

/** Weighted mean of the dimension scores, mapped to a level by the model's bands. */
export function scoreMaturity(model: MaturityModel, scores: Record<string, number>): MaturityResult {
  const known = new Set(model.dimensions.map((d) => d.key));
  const unknown = Object.keys(scores).filter((k) => !known.has(k));
  if (unknown.length) throw badInput('scores', `unknown dimensions: ${unknown.join(', ')}`, { reason: RegistryReason.MaturityScoreInvalid });
  let total = 0;
  let weights = 0;
  for (const dimension of model.dimensions) {
    const value = scores[dimension.key];
    if (value === undefined) throw badInput('scores', `${dimension.key} (${dimension.label}) is missing`, { reason: RegistryReason.MaturityScoreMissing });
    if (!Number.isFinite(value) || value < 0 || value > model.scaleMax) {
      throw badInput('scores', `${dimension.key} must be between 0 and ${model.scaleMax}, got ${value}`, { reason: RegistryReason.MaturityScoreInvalid });
    }
    total += value * dimension.weight;
    weights += dimension.weight;
  }
  const score = Math.round((total / weights) * 1000) / 1000;
  const band = model.bands.find((b) => b.below === undefined || score < b.below)!;
  return { score, level: band.level };
}
