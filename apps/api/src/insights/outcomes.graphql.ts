import { Args, Field, Float, ID, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import { Actor } from '@chainq/identity';
import { ProgramOutcomesService, type RankedArea, type YearOutcomes } from '@chainq/insights';
import { CurrentActor } from '../auth/current-actor.decorator';

export enum OutcomeScopeKind {
  COUNTRY = 'COUNTRY',
  REGION = 'REGION',
  CLUSTER = 'CLUSTER',
  PILOT = 'PILOT',
}
registerEnumType(OutcomeScopeKind, {
  name: 'OutcomeScopeKind',
  description:
    'The whole country (id "CN"; platform admins only; its sub-regions are the provinces), a GB/T 2260 region (with its sub-divisions), an industry cluster, or a pilot programme (its regions and clusters together)',
});

@InputType()
export class OutcomeScopeInput {
  @Field(() => OutcomeScopeKind) @IsEnum(OutcomeScopeKind) kind: OutcomeScopeKind;
  @Field({ description: 'COUNTRY: "CN" (any other id is BAD_USER_INPUT, reason COUNTRY_ID_INVALID); otherwise the six-digit division code, the cluster id or the programme id' })
  @IsString()
  @MaxLength(64)
  id: string;
}

@ObjectType()
export class OutcomeCoverage {
  @Field(() => Int) provinces: number;
  @Field(() => Int) prefectures: number;
  @Field(() => Int) counties: number;
}

@ObjectType({ description: 'One China calendar year of a scope' })
export class ProgramOutcomeYear {
  @Field(() => Int) year: number;
  @Field(() => Int, { description: "Enterprises in scope by the year's end (registered in the region, or members of the cluster)" }) enterprisesCovered: number;
  @Field(() => Int, {
    description:
      'Covered enterprises that received help in the year: a chain membership active at some time in it (approved before its end, not ended before its start), membership of a cluster by its end, a corrective-action step submitted in it, or a distributed standard adopted in it',
  })
  enterprisesHelped: number;
  @Field(() => Int, { description: 'Corrective actions closed in the year and verified effective (quality problems solved)' }) problemsSolved: number;
  @Field(() => Int, { description: 'Certificates issued in the year' }) certificatesGained: number;
  @Field(() => Int, { description: "Enterprises holding a valid certificate on the year's last day (today, for the current year)" }) certifiedEnterprises: number;
  @Field(() => Float, { nullable: true, description: 'certifiedEnterprises / enterprisesCovered' }) certifiedShare: number | null;
  @Field(() => Int, { description: 'Enterprises whose latest maturity level at the end of the year is above the latest at its start' }) maturityRose: number;
  @Field(() => Int, { description: 'Lots inspected in the year, every stage' }) lotsInspected: number;
  @Field(() => Float, { nullable: true }) lotPassRate: number | null;
  @Field(() => Float, { nullable: true }) firstPassYield: number | null;
  @Field(() => Float, { nullable: true }) unitPassRate: number | null;
  @Field(() => Int, { description: 'Defect codes of issues detected in the year with 8Ds at two or more covered enterprises' }) commonProblems: number;
  @Field(() => Int, { description: 'Of those, the codes with a shared effective 8D by the end of the year' }) commonProblemsAddressed: number;
  @Field(() => OutcomeCoverage, { description: 'Divisions with at least one enterprise helped in the year' }) coverage: OutcomeCoverage;
}

@ObjectType()
export class ProgramOutcomes {
  @Field() name: string;
  @Field(() => ProgramOutcomeYear) current: ProgramOutcomeYear;
  @Field(() => ProgramOutcomeYear) previous: ProgramOutcomeYear;
  @Field(() => Float, { nullable: true, description: 'Change from the previous year, in percentage points' }) lotPassRateChange: number | null;
  @Field(() => Float, { nullable: true, description: 'Change from the previous year, in percentage points' }) firstPassYieldChange: number | null;
  @Field(() => Float, { nullable: true, description: 'Change from the previous year, in percentage points' }) unitPassRateChange: number | null;
}

@ObjectType({ description: "A pilot programme's region or cluster with both years' figures" })
export class RankedOutcomeArea {
  @Field(() => OutcomeScopeKind) kind: OutcomeScopeKind;
  @Field({ description: 'The division code or the cluster id' }) id: string;
  @Field() name: string;
  @Field(() => ProgramOutcomeYear) current: ProgramOutcomeYear;
  @Field(() => ProgramOutcomeYear) previous: ProgramOutcomeYear;
  @Field(() => Boolean, { nullable: true, description: "Below the programme's target lot pass rate this year; null without a target or lots" }) belowTarget: boolean | null;
}

@ObjectType({ description: 'A pilot programme for a year: its own figures, and its regions and clusters ranked by lot pass rate, best first' })
export class PilotStanding {
  @Field(() => ID) pilotId: string;
  @Field(() => ProgramOutcomes) outcomes: ProgramOutcomes;
  @Field(() => [RankedOutcomeArea]) regions: RankedOutcomeArea[];
  @Field(() => [RankedOutcomeArea]) clusters: RankedOutcomeArea[];
  @Field({ description: 'You watch only some of the programme’s regions and clusters: every figure here is of those parts together' }) partial: boolean;
}

const withCoverage = (y: YearOutcomes) => ({ ...y, coverage: { provinces: y.provinces, prefectures: y.prefectures, counties: y.counties } });
const rankedArea = (a: RankedArea) => ({ ...a, kind: OutcomeScopeKind[a.kind], current: withCoverage(a.current), previous: withCoverage(a.previous) });

@Resolver()
export class ProgramOutcomesResolver {
  constructor(private readonly outcomes: ProgramOutcomesService) {}

  @Query(() => ProgramOutcomes, {
    description: "The programme's outcome figures of a scope for a China calendar year, with the year before beside it; for the coordinators who watch the scope and platform admins (the whole country: platform admins only)",
  })
  async programOutcomes(@CurrentActor() actor: Actor, @Args('scope') scope: OutcomeScopeInput, @Args('year', { type: () => Int }) year: number) {
    const found = await this.outcomes.outcomes(actor, scope, year);
    return { ...found, current: withCoverage(found.current), previous: withCoverage(found.previous) };
  }

  @Query(() => PilotStanding, {
    description: 'A pilot programme beside its regions and clusters for a China calendar year; for platform admins and the coordinators who watch it (those who watch part of it get that part)',
  })
  async pilotStanding(@CurrentActor() actor: Actor, @Args('pilotId', { type: () => ID }) pilotId: string, @Args('year', { type: () => Int }) year: number) {
    const { outcomes, regions, clusters, partial } = await this.outcomes.pilotStanding(actor, pilotId, year);
    return {
      pilotId,
      partial,
      outcomes: { ...outcomes, current: withCoverage(outcomes.current), previous: withCoverage(outcomes.previous) },
      regions: regions.map(rankedArea),
      clusters: clusters.map(rankedArea),
    };
  }
}
