import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '@chainq/identity';
import { CoordinatorService, EnterpriseService, IndustryClusterService, PilotProgramService } from '@chainq/registry';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ConnectionArgs } from '../graphql/connection.type';
import { GraphQLContext } from '../graphql/graphql-context';
import { AssignCoordinatorInput, CreateIndustryClusterInput, CreatePilotProgramInput } from './dto/chain.inputs';
import {
  CoordinatorAssignmentModel,
  EnterpriseConnection,
  IndustryClusterConnection,
  IndustryClusterModel,
  PilotProgramModel,
  RegionModel,
} from './registry.models';

@Resolver(() => IndustryClusterModel)
export class IndustryClusterResolver {
  constructor(
    private readonly clusterService: IndustryClusterService,
    private readonly enterpriseService: EnterpriseService,
    private readonly coordinatorService: CoordinatorService,
  ) {}

  @Query(() => IndustryClusterConnection, { description: 'Clusters you may see' })
  industryClusters(@CurrentActor() actor: Actor, @Args() page: ConnectionArgs) {
    return this.clusterService.list(actor, page);
  }

  @Query(() => IndustryClusterModel)
  industryCluster(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.clusterService.get(actor, id);
  }

  @Mutation(() => IndustryClusterModel)
  createIndustryCluster(@CurrentActor() actor: Actor, @Args('input') input: CreateIndustryClusterInput) {
    return this.clusterService.create(actor, input);
  }

  @Mutation(() => IndustryClusterModel)
  addClusterMembers(
    @CurrentActor() actor: Actor,
    @Args('clusterId', { type: () => ID }) clusterId: string,
    @Args('enterpriseIds', { type: () => [ID] }) enterpriseIds: string[],
  ) {
    return this.clusterService.addMembers(actor, clusterId, enterpriseIds);
  }

  @Mutation(() => CoordinatorAssignmentModel, { description: 'Sets the regions and clusters a coordinator watches' })
  assignCoordinator(@CurrentActor() actor: Actor, @Args('input') input: AssignCoordinatorInput) {
    return this.coordinatorService.assign(actor, input.userId, input.regionCodes, input.clusterIds);
  }

  @Query(() => CoordinatorAssignmentModel, { nullable: true, description: "A coordinator's own assignment" })
  myCoordinatorAssignment(@CurrentActor() actor: Actor) {
    return this.coordinatorService.of(actor);
  }

  @ResolveField(() => Int)
  memberCount(@Parent() cluster: IndustryClusterModel, @Context() { loaders }: GraphQLContext) {
    return loaders.clusterMemberCount.load(cluster.id);
  }

  @ResolveField(() => EnterpriseConnection, { description: 'Member enterprises you may see' })
  members(@CurrentActor() actor: Actor, @Parent() cluster: IndustryClusterModel, @Args() page: ConnectionArgs) {
    return this.enterpriseService.list(actor, { clusterId: cluster.id }, page);
  }
}

@Resolver(() => PilotProgramModel)
export class PilotProgramResolver {
  constructor(private readonly pilotService: PilotProgramService) {}

  @Query(() => [PilotProgramModel], { description: 'Pilot programmes covering what you may see' })
  pilotPrograms(@CurrentActor() actor: Actor) {
    return this.pilotService.list(actor);
  }

  @Mutation(() => PilotProgramModel)
  createPilotProgram(@CurrentActor() actor: Actor, @Args('input') input: CreatePilotProgramInput) {
    return this.pilotService.create(actor, input);
  }

  @ResolveField(() => [RegionModel])
  async regions(@Parent() program: PilotProgramModel, @Context() { loaders }: GraphQLContext) {
    const codes = await loaders.pilotRegionCodes.load(program.id);
    return (await loaders.regionByCode.loadMany(codes)).filter((r) => r && !(r instanceof Error));
  }

  @ResolveField(() => [ID])
  clusterIds(@Parent() program: PilotProgramModel, @Context() { loaders }: GraphQLContext) {
    return loaders.pilotClusterIds.load(program.id);
  }
}

@Resolver(() => CoordinatorAssignmentModel)
export class CoordinatorAssignmentResolver {
  @ResolveField(() => [RegionModel], { description: 'The watched regions, with their names' })
  async regions(@Parent() assignment: CoordinatorAssignmentModel, @Context() { loaders }: GraphQLContext) {
    return (await loaders.regionByCode.loadMany(assignment.regionCodes)).filter((r) => r && !(r instanceof Error));
  }
}
