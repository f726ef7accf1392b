import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@chainq/identity';
import { IssueLotsService, PassRatePolicyService } from '@chainq/insights';
import { InspectionLot, InspectionLotService } from '@chainq/inspection';
import { QualityIssue } from '@chainq/quality';
import { CurrentActor } from '../auth/current-actor.decorator';
import { InspectionLotModel } from '../inspection/inspection.graphql';
import { QualityIssueModel } from '../quality/quality.models';
import { PassRatePolicyInput, PassRatePolicyModel } from './policy.graphql';

@Resolver()
export class PassRatePolicyResolver {
  constructor(private readonly policies: PassRatePolicyService) {}

  @Mutation(() => PassRatePolicyModel, { description: "Chain leader: targets whose breach raises a quality issue with an 8D request, and the scorecard weights; fields left out keep their value" })
  setPassRatePolicy(@CurrentActor() actor: Actor, @Args('input') input: PassRatePolicyInput) {
    return this.policies.set(actor, input);
  }

  @Query(() => PassRatePolicyModel, { nullable: true, description: "A chain's pass-rate policy; null when none is set" })
  passRatePolicy(@CurrentActor() actor: Actor, @Args('chainId', { type: () => ID }) chainId: string) {
    return this.policies.get(actor, chainId);
  }
}

@Resolver(() => QualityIssueModel)
export class IssueLotsResolver {
  constructor(
    private readonly lotService: InspectionLotService,
    private readonly issueLots: IssueLotsService,
  ) {}

  @ResolveField(() => [InspectionLotModel], { description: 'Inspection lots that evidence the issue (those you may read)' })
  async lots(@CurrentActor() actor: Actor, @Parent() issue: QualityIssue): Promise<InspectionLot[]> {
    const ids = await this.issueLots.lotIdsOf(issue.id);
    return ids.length ? this.lotService.readable(actor, ids) : [];
  }
}
