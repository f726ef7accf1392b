import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { badInput, CoreReason, forbidden, isUuid, notFound } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { canActForEnterprise, IndustryChainService, RegistryReason } from '@chainq/registry';
import { checkScoringConfig, DEFAULT_GRADE_BANDS, DEFAULT_SCORECARD_WEIGHTS, GradeBands, ScorecardWeights } from '../scoring';
import { PassRatePolicy } from './pass-rate-policy.entity';
import { InsightsReason } from '../insights-reasons';

export interface PolicyInput {
  chainId: string;
  minLotPassRate?: number | null;
  maxPpm?: number | null;
  windowDays?: number | null;
  minLots?: number | null;
  stage?: string | null;
  fallbackDefectCode?: string | null;
  scorecardWeights?: ScorecardWeights | null;
  gradeBands?: GradeBands | null;
}

const STAGES = ['ALL', 'SELF', 'MUTUAL', 'SPECIAL', 'INCOMING'];

@Injectable()
export class PassRatePolicyService {
  constructor(
    @InjectRepository(PassRatePolicy) private readonly policies: Repository<PassRatePolicy>,
    private readonly chains: IndustryChainService,
  ) {}

  /** The leader's admins and quality engineers set their chain's policy; a field left out keeps its value. */
  async set(actor: Actor, input: PolicyInput): Promise<PassRatePolicy> {
    if (!isUuid(input.chainId)) throw notFound('Industry chain');
    const chain = await this.chains.get(actor, input.chainId);
    if (!canActForEnterprise(actor, chain.leaderEnterpriseId)) throw forbidden("Only the chain leader's admins and quality engineers set its pass-rate policy", { reason: RegistryReason.LeaderStaffOnly });
    const current = (await this.policies.findOneBy({ chainId: chain.id })) ?? this.policies.create({ chainId: chain.id, minLotPassRate: null, maxPpm: null, windowDays: 30, minLots: 5, stage: 'ALL', fallbackDefectCode: 'FUN-FAIL', scorecardWeights: null, gradeBands: null });
    const next = { ...current, updatedBy: actor.userId };
    for (const key of ['minLotPassRate', 'maxPpm', 'windowDays', 'minLots', 'stage', 'fallbackDefectCode', 'scorecardWeights', 'gradeBands'] as const) {
      if (input[key] !== undefined) (next as Record<string, unknown>)[key] = input[key];
    }
    if (next.minLotPassRate !== null && !(next.minLotPassRate > 0 && next.minLotPassRate <= 1)) throw badInput('minLotPassRate', 'is a fraction above 0, at most 1 (0.95 = 95%)', { reason: InsightsReason.PolicyValueOutOfRange });
    if (next.maxPpm !== null && !(next.maxPpm >= 0 && next.maxPpm <= 1_000_000)) throw badInput('maxPpm', 'is from 0 to 1,000,000', { reason: InsightsReason.PolicyValueOutOfRange });
    if (!(Number.isInteger(next.windowDays) && next.windowDays >= 1 && next.windowDays <= 366)) throw badInput('windowDays', 'is a whole number of days from 1 to 366', { reason: InsightsReason.PolicyValueOutOfRange });
    if (!(Number.isInteger(next.minLots) && next.minLots >= 1)) throw badInput('minLots', 'is a whole number from 1', { reason: InsightsReason.PolicyValueOutOfRange });
    if (!STAGES.includes(next.stage)) throw badInput('stage', `is one of ${STAGES.join(', ')}`, { reason: CoreReason.NotAllowedValue });
    if (!/^[A-Z0-9][A-Z0-9-]{0,39}$/.test(next.fallbackDefectCode)) throw badInput('fallbackDefectCode', 'is a defect code such as FUN-FAIL', { reason: InsightsReason.PolicyValueOutOfRange });
    if (next.scorecardWeights || next.gradeBands) {
      const problem = checkScoringConfig(next.scorecardWeights ?? DEFAULT_SCORECARD_WEIGHTS, next.gradeBands ?? DEFAULT_GRADE_BANDS);
      if (problem) throw badInput(problem.field, problem.message, { reason: InsightsReason.ScoringConfigInvalid });
    }
    return this.policies.save(next);
  }

  /** Whoever sees the chain reads its policy (suppliers see their targets); null when none is set. */
  async get(actor: Actor, chainId: string): Promise<PassRatePolicy | null> {
    if (!isUuid(chainId)) throw notFound('Industry chain');
    const chain = await this.chains.get(actor, chainId);
    return this.policies.findOneBy({ chainId: chain.id });
  }

  /** The weights and bands a chain's scorecards use: its own, or the defaults. */
  async scoring(chainId: string): Promise<{ weights: ScorecardWeights; bands: GradeBands }> {
    const policy = isUuid(chainId) ? await this.policies.findOneBy({ chainId }) : null;
    return { weights: policy?.scorecardWeights ?? DEFAULT_SCORECARD_WEIGHTS, bands: policy?.gradeBands ?? DEFAULT_GRADE_BANDS };
  }
}
