import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor } from '@chainq/identity';
import { EnterpriseClaimService } from '@chainq/registry';
import { CurrentActor } from '../auth/current-actor.decorator';
import { EnterpriseClaimModel } from './registry.models';

@Resolver(() => EnterpriseClaimModel)
export class EnterpriseClaimResolver {
  constructor(private readonly claims: EnterpriseClaimService) {}

  @Query(() => [EnterpriseClaimModel], { description: 'Pending claims you decide: all for platform admins, those in your regions for coordinators' })
  enterpriseClaims(@CurrentActor() actor: Actor) {
    return this.claims.pending(actor);
  }

  @Mutation(() => EnterpriseClaimModel, { description: 'Opens the claimant\'s account as the enterprise admin and accepts the invitation (membership ONBOARDING)' })
  confirmEnterpriseClaim(@CurrentActor() actor: Actor, @Args('claimId', { type: () => ID }) claimId: string) {
    return this.claims.confirm(actor, claimId);
  }

  @Mutation(() => EnterpriseClaimModel, { description: 'Refuses the claim; the claimant is e-mailed the reason and no account is opened' })
  rejectEnterpriseClaim(@CurrentActor() actor: Actor, @Args('claimId', { type: () => ID }) claimId: string, @Args('reason') reason: string) {
    return this.claims.reject(actor, claimId, reason);
  }
}
