import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@chainq/identity';
import { SamplingStateService, SamplingStateView, SwitchingHistoryView } from '@chainq/inspection';
import { GraphQLContext } from '../graphql/graphql-context';
import { CurrentActor } from '../auth/current-actor.decorator';
import { SamplingPlanModel } from './inspection.graphql';
import { EndReducedArgs, NextPlanArgs, PartArgs, SamplingHistoryEntryModel, SamplingStateConnection, SamplingStateModel, SamplingStatesArgs } from './switching.graphql';

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

  @Mutation(() => SamplingStateModel, { description: 'Leader: end reduced inspection before a lot is rejected (production irregular or delayed, or another condition: GB/T 2828.1-2012 9.3.4); the next lot is on the normal plan' })
  endReducedInspection(@CurrentActor() actor: Actor, @Args() { reason, note, ...part }: EndReducedArgs) {
    return this.states.endReducedInspection(actor, part, reason, note ?? null);
  }

  @Mutation(() => SamplingStateModel, { description: 'Leader: resume discontinued inspection after the supplier’s corrective action; it restarts at tightened' })
  resumeInspection(@CurrentActor() actor: Actor, @Args() part: PartArgs) {
    return this.states.resumeInspection(actor, part);
  }

  @ResolveField(() => SamplingPlanModel, { nullable: true, description: 'The GB/T 2828.1 plan for the next lot at the current severity; an error while inspection is discontinued' })
  nextPlan(@Parent() state: SamplingStateView, @Args() request: NextPlanArgs) {
    return this.states.nextPlan(state, request);
  }

  @ResolveField(() => [SamplingHistoryEntryModel], { description: 'Every switch and every approval or resumption of this part, newest first' })
  async history(@Parent() state: SamplingStateView, @Context() { loaders }: GraphQLContext): Promise<SwitchingHistoryView[]> {
    return state.stateId ? loaders.samplingHistory.load(state.stateId) : [];
  }
}

/** Who acted in a step of a part's history: only the leader's own actions name a person. */
@Resolver(() => SamplingHistoryEntryModel)
export class SamplingHistoryEntryResolver {
  @ResolveField(() => String, { nullable: true, description: 'The leader’s user who approved or resumed; null for a switch a lot caused' })
  async actorName(@Parent() entry: SwitchingHistoryView, @Context() { loaders }: GraphQLContext): Promise<string | null> {
    return entry.actorUserId ? ((await loaders.userNameById.load(entry.actorUserId)) ?? null) : null;
  }
}
