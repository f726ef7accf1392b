import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@chainq/identity';
import { SamplingStateService, SamplingStateView } from '@chainq/inspection';
import { CurrentActor } from '../auth/current-actor.decorator';
import { SamplingPlanModel } from './inspection.graphql';
import { NextPlanArgs, PartArgs, SamplingStateConnection, SamplingStateModel, SamplingStatesArgs } from './switching.graphql';

/** GB/T 2828.1 switching state of suppliers' parts at the leader's incoming inspection. */
@Resolver(() => SamplingStateModel)
export class SwitchingResolver {
  constructor(private readonly states: SamplingStateService) {}

  @Query(() => SamplingStateModel, { description: 'A supplier’s part: the leader’s users, or the supplier itself' })
  samplingState(@CurrentActor() actor: Actor, @Args() part: PartArgs) {
    return this.states.get(actor, part);
  }

  @Query(() => SamplingStateConnection, { description: 'The parts of a chain by part number: all for the leader, its own for a supplier' })
  samplingStates(@CurrentActor() actor: Actor, @Args() args: SamplingStatesArgs) {
    return this.states.list(actor, args.chainId, args.supplierEnterpriseId ?? null, args);
  }

  @Mutation(() => SamplingStateModel, { description: 'Leader: approve reduced inspection for an eligible part (switching score 30 or more under normal inspection)' })
  approveReducedInspection(@CurrentActor() actor: Actor, @Args() part: PartArgs) {
    return this.states.approveReducedInspection(actor, part);
  }

  @Mutation(() => SamplingStateModel, { description: 'Leader: resume discontinued inspection after the supplier’s corrective action; it restarts at tightened' })
  resumeInspection(@CurrentActor() actor: Actor, @Args() part: PartArgs) {
    return this.states.resumeInspection(actor, part);
  }

  @ResolveField(() => SamplingPlanModel, { nullable: true, description: 'The GB/T 2828.1 plan for the next lot at the current severity; an error while inspection is discontinued' })
  nextPlan(@Parent() state: SamplingStateView, @Args() request: NextPlanArgs) {
    return this.states.nextPlan(state, request);
  }
}
