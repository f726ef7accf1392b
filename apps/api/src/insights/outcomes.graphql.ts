import { Args, Field, Float, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { IsEnum, IsString, MaxLength } from 'class-validator';
import { Actor } from '@chainq/identity';
import { ProgramOutcomesService } from '@chainq/insights';
import { CurrentActor } from '../auth/current-actor.decorator';

export enum OutcomeScopeKind {
  REGION = 'REGION',
  CLUSTER = 'CLUSTER',
  PILOT = 'PILOT',
}
registerEnumType(OutcomeScopeKind, { name: 'OutcomeScopeKind', description: 'A GB/T 2260 region (with its sub-divisions), an industry cluster, or a pilot programme (its regions and clusters together)' });

@InputType()
export class OutcomeScopeInput {
  @Field(() => OutcomeScopeKind) @IsEnum(OutcomeScopeKind) kind: OutcomeScopeKind;
  @Field({ description: 'The six-digit division code, the cluster id or the programme id' }) @IsString() @MaxLength(64) id: string;
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

@Resolver()
export class ProgramOutcomesResolver {
  constructor(private readonly outcomes: ProgramOutcomesService) {}

  @Query(() => ProgramOutcomes, { description: "The programme's outcome figures of a scope for a China calendar year, with the year before beside it; for the coordinators who watch the scope and platform admins" })
  async programOutcomes(@CurrentActor() actor: Actor, @Args('scope') scope: OutcomeScopeInput, @Args('year', { type: () => Int }) year: number) {
    const found = await this.outcomes.outcomes(actor, scope, year);
    const withCoverage = (y: typeof found.current) => ({ ...y, coverage: { provinces: y.provinces, prefectures: y.prefectures, counties: y.counties } });
    return { ...found, current: withCoverage(found.current), previous: withCoverage(found.previous) };
  }
}
