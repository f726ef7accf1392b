import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { chinaDay } from '@chainq/core';
import { Actor } from '@chainq/identity';
import {
  AcknowledgementAction,
  AcknowledgementService,
  AcknowledgementStatus,
  DistributionService,
  OPEN_STATUSES,
  StandardService,
} from '@chainq/standards';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ConnectionArgs, Connection } from '../graphql/connection.type';
import { DocumentModel } from '../files/document.model';
import { GraphQLContext } from '../graphql/graphql-context';
import { OrganisationModel } from '../identity/identity.models';
import { EnterpriseModel } from '../registry/registry.models';
import { CreateStandardInput, DistributeStandardRevisionInput, PublishStandardRevisionInput } from './standards.inputs';
import {
  AcknowledgementEventModel,
  AdoptionStats,
  StandardAcknowledgementModel,
  StandardDistributionModel,
  StandardModel,
  StandardRevisionModel,
} from './standards.models';

const StandardConnection = Connection(StandardModel, 'Standard');

@Resolver(() => StandardModel)
export class StandardResolver {
  constructor(private readonly standardService: StandardService) {}

  @Query(() => StandardConnection, { description: 'Standards you own, were sent, or (coordinators) that reach your clusters and chains' })
  standards(@CurrentActor() actor: Actor, @Args() page: ConnectionArgs) {
    return this.standardService.list(actor, page);
  }

  @Query(() => StandardModel)
  standard(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.standardService.get(actor, id);
  }

  @Mutation(() => StandardModel, { description: 'Owned by your organisation' })
  createStandard(@CurrentActor() actor: Actor, @Args('input') input: CreateStandardInput) {
    return this.standardService.create(actor, input);
  }

  @Mutation(() => StandardRevisionModel)
  publishStandardRevision(@CurrentActor() actor: Actor, @Args('input') input: PublishStandardRevisionInput) {
    return this.standardService.publish(actor, input);
  }

  @ResolveField(() => [StandardRevisionModel], { description: 'Oldest first' })
  revisions(@Parent() standard: StandardModel, @Context() { loaders }: GraphQLContext) {
    return loaders.revisionsByStandard.load(standard.id);
  }

  @ResolveField(() => OrganisationModel)
  owner(@Parent() standard: StandardModel, @Context() { loaders }: GraphQLContext) {
    return loaders.organisationById.load(standard.ownerOrganisationId);
  }
}

@Resolver(() => StandardRevisionModel)
export class StandardRevisionResolver {
  @ResolveField(() => DocumentModel)
  async document(@Parent() revision: StandardRevisionModel, @Context() { loaders }: GraphQLContext) {
    const document = await loaders.documentById.load(revision.documentId);
    return { ...document, downloadPath: `/files/${revision.documentId}` };
  }

  @ResolveField(() => StandardModel)
  standard(@Parent() revision: StandardRevisionModel, @Context() { loaders }: GraphQLContext) {
    return loaders.standardById.load(revision.standardId);
  }
}

@Resolver(() => StandardDistributionModel)
export class StandardDistributionResolver {
  constructor(private readonly distributionService: DistributionService) {}

  @Query(() => [StandardDistributionModel], { description: 'Distributions you may see, newest first, with adoption figures' })
  standardDistributions(
    @CurrentActor() actor: Actor,
    @Args('chainId', { type: () => ID, nullable: true }) chainId?: string,
    @Args('clusterId', { type: () => ID, nullable: true }) clusterId?: string,
    @Args('standardId', { type: () => ID, nullable: true }) standardId?: string,
  ) {
    return this.distributionService.list(actor, { chainId, clusterId, standardId });
  }

  @Mutation(() => StandardDistributionModel, { description: 'Send a revision to a chain (all active, tiers, or chosen members) or a cluster' })
  distributeStandardRevision(@CurrentActor() actor: Actor, @Args('input') input: DistributeStandardRevisionInput) {
    return this.distributionService.distribute(actor, input);
  }

  @ResolveField(() => AdoptionStats, { description: 'Over every recipient for the owner and coordinators; a recipient counts only itself' })
  stats(@Parent() d: StandardDistributionModel, @Context() { loaders }: GraphQLContext) {
    return loaders.adoptionStats.load(d.id);
  }

  @ResolveField(() => [StandardAcknowledgementModel])
  acknowledgements(@CurrentActor() actor: Actor, @Parent() d: StandardDistributionModel) {
    return this.distributionService.acknowledgementsOf(actor, d.id);
  }

  @ResolveField(() => StandardRevisionModel)
  revision(@Parent() d: StandardDistributionModel, @Context() { loaders }: GraphQLContext) {
    return loaders.revisionById.load(d.revisionId);
  }

  @ResolveField(() => StandardModel)
  standard(@Parent() d: StandardDistributionModel, @Context() { loaders }: GraphQLContext) {
    return loaders.standardById.load(d.standardId);
  }
}

@Resolver(() => AcknowledgementEventModel)
export class AcknowledgementEventResolver {
  @ResolveField(() => String, { nullable: true, description: 'Who answered or decided, by name; null for the system or a removed user' })
  actorName(@Parent() e: AcknowledgementEventModel, @Context() { loaders }: GraphQLContext) {
    return e.actorUserId ? loaders.userNameById.load(e.actorUserId) : null;
  }
}

@Resolver(() => StandardAcknowledgementModel)
export class StandardAcknowledgementResolver {
  constructor(private readonly acknowledgementService: AcknowledgementService) {}

  @Query(() => [StandardAcknowledgementModel], { description: "Your enterprise's standards inbox, newest first" })
  myStandardAcknowledgements(@CurrentActor() actor: Actor, @Args('status', { type: () => AcknowledgementStatus, nullable: true }) status?: AcknowledgementStatus) {
    return this.acknowledgementService.inbox(actor, status);
  }

  @Mutation(() => StandardAcknowledgementModel, { description: 'We have received and read it' })
  acknowledgeStandard(@CurrentActor() actor: Actor, @Args('acknowledgementId', { type: () => ID }) id: string) {
    return this.acknowledgementService.respond(actor, id, AcknowledgementAction.ACKNOWLEDGE);
  }

  @Mutation(() => StandardAcknowledgementModel, { description: 'We now work to this revision' })
  adoptStandard(@CurrentActor() actor: Actor, @Args('acknowledgementId', { type: () => ID }) id: string, @Args('note', { nullable: true }) note?: string) {
    return this.acknowledgementService.respond(actor, id, AcknowledgementAction.ADOPT, note);
  }

  @Mutation(() => StandardAcknowledgementModel)
  requestStandardDeviation(@CurrentActor() actor: Actor, @Args('acknowledgementId', { type: () => ID }) id: string, @Args('reason') reason: string) {
    return this.acknowledgementService.respond(actor, id, AcknowledgementAction.REQUEST_DEVIATION, reason);
  }

  @Mutation(() => StandardAcknowledgementModel, { description: "The owner's decision on a requested deviation" })
  decideStandardDeviation(
    @CurrentActor() actor: Actor,
    @Args('acknowledgementId', { type: () => ID }) id: string,
    @Args('accept') accept: boolean,
    @Args('comment', { nullable: true }) comment?: string,
  ) {
    return this.acknowledgementService.decideDeviation(actor, id, accept, comment);
  }

  @ResolveField(() => StandardModel)
  standard(@Parent() a: StandardAcknowledgementModel, @Context() { loaders }: GraphQLContext) {
    return loaders.standardById.load(a.standardId);
  }

  @ResolveField(() => StandardRevisionModel, { description: 'The revision asked about, with what changed' })
  revision(@Parent() a: StandardAcknowledgementModel, @Context() { loaders }: GraphQLContext) {
    return loaders.revisionById.load(a.revisionId);
  }

  @ResolveField(() => EnterpriseModel, { description: "The recipient; its employees, revenue, certificates and maturity only while its record is shared with you" })
  recipient(@Parent() a: StandardAcknowledgementModel, @Context() { loaders }: GraphQLContext) {
    return loaders.enterpriseRecordById.load(a.recipientEnterpriseId);
  }

  @ResolveField(() => Boolean, { description: 'Still open after its due date' })
  overdue(@Parent() a: StandardAcknowledgementModel) {
    return OPEN_STATUSES.includes(a.status) && a.dueOn < chinaDay();
  }

  @ResolveField(() => [AcknowledgementEventModel])
  history(@Parent() a: StandardAcknowledgementModel, @Context() { loaders }: GraphQLContext) {
    return loaders.acknowledgementEvents.load(a.id);
  }
}
