import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@chainq/identity';
import { DefectCodeService } from '@chainq/quality';
import { CurrentActor } from '../auth/current-actor.decorator';
import { AddDefectCodeInput } from './quality.inputs';
import { DefectCodeModel } from './quality.models';

@Resolver(() => DefectCodeModel)
export class DefectCodeResolver {
  constructor(private readonly codes: DefectCodeService) {}

  @Query(() => [DefectCodeModel], { description: "The codes a chain's issues may carry: the shared list, then the chain's own, each by code" })
  defectCodes(
    @CurrentActor() actor: Actor,
    @Args('chainId', { type: () => ID }) chainId: string,
    @Args('includeRetired', { defaultValue: false, description: "Also the chain's retired codes (to read earlier issues, or bring one back)" }) includeRetired: boolean,
  ) {
    return this.codes.list(actor, chainId, includeRetired);
  }

  @Mutation(() => DefectCodeModel, { description: "Adds a code to the chain's own list; adding a retired code brings it back" })
  addDefectCode(@CurrentActor() actor: Actor, @Args('input') input: AddDefectCodeInput) {
    return this.codes.add(actor, input.chainId, input.code, input.name);
  }

  @Mutation(() => DefectCodeModel, { description: "Retires one of the chain's own codes: earlier issues keep it, new ones cannot use it" })
  retireDefectCode(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.codes.retire(actor, id);
  }
}
