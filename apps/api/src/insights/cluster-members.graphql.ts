import { Args, Field, Float, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { GraphQLDate } from 'graphql-scalars';
import { Actor } from '@chainq/identity';
import { ClusterMembersService, dayOf } from '@chainq/insights';
import { CertificationScheme, MaturityLevel } from '@chainq/registry';
import { CurrentActor } from '../auth/current-actor.decorator';
import { SizeClassValue } from '../registry/registry.models';
import { AdoptionStats } from '../standards/standards.models';

@ObjectType({ description: 'A member enterprise of a cluster with its figures, as its coordinators read it' })
export class ClusterMemberFigures {
  @Field(() => ID) enterpriseId: string;
  @Field() name: string;
  @Field({ description: 'Unified social credit code' }) uscc: string;
  @Field({ description: 'GB/T 2260 code it is registered in, as recorded' }) regionCode: string;
  @Field({ description: 'Its county (division name as recorded)' }) regionName: string;
  @Field(() => SizeClassValue, { nullable: true, description: 'Declared, else computed by the 2011 rules; null when its figures do not suffice' }) sizeClass: SizeClassValue | null;
  @Field({ description: 'Holds a certificate valid today (status VALID, today within its dates)' }) certified: boolean;
  @Field(() => [CertificationScheme], { description: 'Schemes of its certificates valid today' }) certificationSchemes: CertificationScheme[];
  @Field(() => MaturityLevel, { nullable: true, description: 'Level of its latest maturity assessment; null when never assessed' }) maturityLevel: MaturityLevel | null;
  @Field(() => Date, { nullable: true }) maturityAssessedAt: Date | null;
  @Field(() => Int, { description: 'Its lots in the period: every chain it supplies, every inspection stage (from the day totals)' }) lotsInspected: number;
  @Field(() => Int) lotsAccepted: number;
  @Field(() => Float, { nullable: true, description: 'Lot pass rate: lots accepted / lots inspected; null without lots' }) lotPassRate: number | null;
  @Field(() => Int, { description: 'Quality issues open now with an 8D at the enterprise' }) openIssues: number;
  @Field(() => Date, { description: 'When it joined the cluster' }) joinedAt: Date;
}

@ObjectType({ description: 'A chain with members of a cluster among its suppliers' })
export class ClusterBuyerChain {
  @Field(() => ID) chainId: string;
  @Field() chainName: string;
  @Field(() => ID) leaderEnterpriseId: string;
  @Field() leaderName: string;
  @Field(() => Int, { description: 'Members supplying it now (ACTIVE or SUSPENDED)' }) suppliers: number;
  @Field(() => Int, { description: 'Members in its qualification review (ONBOARDING)' }) onboarding: number;
  @Field({ description: 'The chain names the cluster among those it draws its suppliers from' }) drawsOnCluster: boolean;
}

@ObjectType({ description: "A standard's distribution that reached members of a cluster, with the members' answers" })
export class ClusterStandardAdoption {
  @Field(() => ID) distributionId: string;
  @Field(() => ID) standardId: string;
  @Field() standardNumber: string;
  @Field() standardTitle: string;
  @Field() revisionVersion: string;
  @Field({ description: "The standard's owner: a chain leader, or a regulator office" }) ownerName: string;
  @Field(() => ID, { nullable: true, description: 'The chain it was sent along; null when sent to a cluster' }) chainId: string | null;
  @Field(() => String, { nullable: true }) chainName: string | null;
  @Field(() => ID, { nullable: true, description: 'The cluster it was sent to; null when sent along a chain' }) clusterId: string | null;
  @Field(() => GraphQLDate) dueOn: string;
  @Field(() => Date) distributedAt: Date;
  @Field(() => AdoptionStats, { description: "The cluster's members among its recipients, and their answers" }) members: AdoptionStats;
}

const CLUSTER = { type: () => ID };

@Resolver()
export class ClusterMembersResolver {
  constructor(private readonly members: ClusterMembersService) {}

  @Query(() => [ClusterMemberFigures], { description: "A cluster's member enterprises with their figures (lots over the period), by name; for its coordinators and platform admins" })
  async clusterMembers(
    @CurrentActor() actor: Actor,
    @Args('clusterId', CLUSTER) clusterId: string,
    @Args('from', { type: () => GraphQLDate, description: 'First day, inclusive (China calendar day)' }) from: Date,
    @Args('to', { type: () => GraphQLDate, description: 'Last day, exclusive' }) to: Date,
  ) {
    return (await this.members.members(actor, clusterId, dayOf(from), dayOf(to))).members;
  }

  @Query(() => [ClusterBuyerChain], { description: "Chains with a cluster's members among their suppliers, most members first; for its coordinators and platform admins" })
  clusterBuyerChains(@CurrentActor() actor: Actor, @Args('clusterId', CLUSTER) clusterId: string) {
    return this.members.buyerChains(actor, clusterId);
  }

  @Query(() => [ClusterStandardAdoption], { description: "Distributions you may see that reached a cluster's members, newest first, with the members' answers; for its coordinators and platform admins" })
  clusterStandardAdoption(@CurrentActor() actor: Actor, @Args('clusterId', CLUSTER) clusterId: string) {
    return this.members.standardAdoption(actor, clusterId);
  }
}
