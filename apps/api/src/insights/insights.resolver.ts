import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { GraphQLDate } from 'graphql-scalars';
import { Actor } from '@chainq/identity';
import { dayOf, OverviewService, PassRatePolicyService, ScorecardService } from '@chainq/insights';
import { CurrentActor } from '../auth/current-actor.decorator';
import { QualityOverview, SubRegionFigures, SupplierScorecard } from './insights.models';

const FROM = { type: () => GraphQLDate, description: 'First day, inclusive (China calendar day)' };
const TO = { type: () => GraphQLDate, description: 'Last day, exclusive' };

@Resolver()
export class InsightsResolver {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly overviews: OverviewService,
    private readonly policies: PassRatePolicyService,
  ) {}

  @Query(() => [SupplierScorecard], { description: "Scores and grades of a chain's active and suspended suppliers, with the weights of its pass-rate policy; a supplier sees its own row" })
  async supplierScorecards(@CurrentActor() actor: Actor, @Args('chainId', { type: () => ID }) chainId: string, @Args('from', FROM) from: Date, @Args('to', TO) to: Date) {
    const { weights, bands } = await this.policies.scoring(chainId);
    return this.scorecards.scorecards(actor, chainId, dayOf(from), dayOf(to), weights, bands);
  }

  @Query(() => QualityOverview, { description: 'A cluster at a glance, for its coordinators' })
  clusterOverview(@CurrentActor() actor: Actor, @Args('clusterId', { type: () => ID }) clusterId: string, @Args('from', FROM) from: Date, @Args('to', TO) to: Date) {
    return this.overviews.clusterOverview(actor, clusterId, dayOf(from), dayOf(to));
  }

  @Query(() => QualityOverview, { description: 'A GB/T 2260 region and its sub-divisions at a glance, for its coordinators' })
  regionOverview(@CurrentActor() actor: Actor, @Args('regionCode') regionCode: string, @Args('from', FROM) from: Date, @Args('to', TO) to: Date) {
    return this.overviews.regionOverview(actor, regionCode, dayOf(from), dayOf(to));
  }

  @Query(() => [SubRegionFigures], { description: "A region's sub-divisions side by side (none for a county), for the coordinators of the region" })
  subRegionFigures(@CurrentActor() actor: Actor, @Args('regionCode') regionCode: string, @Args('from', FROM) from: Date, @Args('to', TO) to: Date) {
    return this.overviews.subRegionFigures(actor, regionCode, dayOf(from), dayOf(to));
  }
}
