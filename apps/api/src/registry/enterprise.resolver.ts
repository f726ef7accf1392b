import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, OrganisationKind } from '@chainq/identity';
import { CertificationService, EnterpriseService, MaturityService, RegionLevel, RegionService } from '@chainq/registry';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ConnectionArgs } from '../graphql/connection.type';
import { GraphQLContext } from '../graphql/graphql-context';
import { RecordCertificationInput, SubmitMaturityAssessmentInput } from './dto/chain.inputs';
import { CreateEnterpriseInput, EnterpriseFilterInput, UpdateEnterpriseInput } from './dto/enterprise.inputs';
import {
  CertificationModel,
  DimensionScore,
  EnterpriseConnection,
  EnterpriseModel,
  MaturityAssessmentModel,
  RegionModel,
  SizeClassValue,
} from './registry.models';
import { isRecordHidden } from './enterprise-card';

@Resolver(() => EnterpriseModel)
export class EnterpriseResolver {
  constructor(
    private readonly enterpriseService: EnterpriseService,
    private readonly regionService: RegionService,
    private readonly certificationService: CertificationService,
    private readonly maturityService: MaturityService,
  ) {}

  @Query(() => [RegionModel], { description: 'GB/T 2260 divisions: provinces, or the children of parentCode' })
  regions(
    @Args('parentCode', { nullable: true }) parentCode?: string,
    @Args('code', { nullable: true }) code?: string,
    @Args('level', { type: () => RegionLevel, nullable: true }) level?: RegionLevel,
  ) {
    return this.regionService.list({ parentCode, code, level });
  }

  @Query(() => EnterpriseModel)
  enterprise(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.enterpriseService.get(actor, id);
  }

  @Query(() => EnterpriseModel, { nullable: true, description: "Your own enterprise; null for a platform or regulator office's users" })
  myEnterprise(@CurrentActor() actor: Actor) {
    return actor.organisationKind === OrganisationKind.ENTERPRISE ? this.enterpriseService.get(actor, actor.organisationId) : null;
  }

  @Query(() => EnterpriseConnection, { description: 'Enterprises you may see, filtered' })
  enterprises(@CurrentActor() actor: Actor, @Args('filter', { nullable: true }) filter: EnterpriseFilterInput, @Args() page: ConnectionArgs) {
    return this.enterpriseService.list(actor, filter ?? {}, page);
  }

  @Mutation(() => EnterpriseModel)
  createEnterprise(@CurrentActor() actor: Actor, @Args('input') input: CreateEnterpriseInput) {
    return this.enterpriseService.create(actor, input);
  }

  @Mutation(() => EnterpriseModel)
  updateEnterprise(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateEnterpriseInput) {
    return this.enterpriseService.update(actor, id, input);
  }

  @Mutation(() => CertificationModel, { description: 'Recorded once, recognised by every chain the holder supplies' })
  recordCertification(@CurrentActor() actor: Actor, @Args('input') input: RecordCertificationInput) {
    return this.certificationService.record(actor, input);
  }

  @Mutation(() => MaturityAssessmentModel)
  submitMaturityAssessment(@CurrentActor() actor: Actor, @Args('input') input: SubmitMaturityAssessmentInput) {
    return this.maturityService.submit(actor, input.enterpriseId, Object.fromEntries(input.scores.map((s) => [s.dimension, s.score])));
  }

  @ResolveField(() => String)
  async name(@Parent() e: EnterpriseModel, @Context() { loaders }: GraphQLContext) {
    return (await loaders.organisationById.load(e.id))!.name;
  }

  @ResolveField(() => String, { description: 'Unified social credit code' })
  async uscc(@Parent() e: EnterpriseModel, @Context() { loaders }: GraphQLContext) {
    return (await loaders.organisationById.load(e.id))!.uscc;
  }

  @ResolveField(() => SizeClassValue, { nullable: true, description: 'The declared class where one is recorded, else the computed one' })
  sizeClass(@Parent() e: EnterpriseModel) {
    return e.sizeClassDeclared ?? e.sizeClassComputed;
  }

  @ResolveField(() => RegionModel, { nullable: true, description: 'The division in the current list (null if the code has since gone)' })
  region(@Parent() e: EnterpriseModel, @Context() { loaders }: GraphQLContext) {
    return loaders.regionByCode.load(e.regionCode);
  }

  @ResolveField(() => [CertificationModel])
  certifications(@Parent() e: EnterpriseModel, @Context() { loaders }: GraphQLContext) {
    return isRecordHidden(e) ? [] : loaders.certificationsByEnterprise.load(e.id);
  }

  @ResolveField(() => MaturityAssessmentModel, { nullable: true, description: 'The latest self-assessment' })
  async maturity(@Parent() e: EnterpriseModel, @Context() { loaders }: GraphQLContext) {
    return isRecordHidden(e) ? null : ((await loaders.maturityByEnterprise.load(e.id)).at(-1) ?? null);
  }

  @ResolveField(() => [MaturityAssessmentModel], { description: 'All self-assessments, oldest first' })
  maturityHistory(@Parent() e: EnterpriseModel, @Context() { loaders }: GraphQLContext) {
    return isRecordHidden(e) ? [] : loaders.maturityByEnterprise.load(e.id);
  }
}

@Resolver(() => MaturityAssessmentModel)
export class MaturityAssessmentResolver {
  @ResolveField(() => [DimensionScore])
  dimensionScores(@Parent() a: MaturityAssessmentModel): DimensionScore[] {
    return Object.entries(a.scores).map(([dimension, score]) => ({ dimension, score }));
  }
}
