import { Args, Field, ID, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Actor } from '@chainq/identity';
import { ProgramReportService, ReportStatus } from '@chainq/insights';
import type { ProgramReport, ReportContent } from '@chainq/insights';
import { CurrentActor } from '../auth/current-actor.decorator';
import { OutcomeScopeInput, OutcomeScopeKind } from './outcomes.graphql';

registerEnumType(ReportStatus, { name: 'ReportStatus' });

@ObjectType()
export class ReportFile {
  @Field({ description: 'XLSX' }) kind: string;
  @Field({ description: 'Where to download it (GET, signed in)' }) url: string;
}

@ObjectType({ description: "An annual programme report of the whole country, a region, a cluster or a programme, built by a job" })
export class ProgramReportModel {
  @Field(() => ID) id: string;
  @Field(() => OutcomeScopeKind) scopeKind: string;
  @Field() scopeId: string;
  @Field({ description: "As named when asked, in the requester's language (the whole country: 全国, or Whole country in English)" }) scopeName: string;
  @Field(() => Int) year: number;
  @Field({ description: 'Who asked for it, as named then' }) requesterName: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
  @Field(() => ReportStatus) status: ReportStatus;
  @Field(() => Int, { description: '0 to 100' }) progress: number;
  @Field(() => String, { nullable: true, description: 'Why it failed' }) error: string | null;
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Once DONE: the report as built (outcomes, target, areas and clusters ranked, chains, common and solved problems, enterprises, overdue actions), for the printable page',
  })
  content: ReportContent | null;
  @Field(() => [ReportFile]) files: ReportFile[];
}

const toModel = (r: ProgramReport): ProgramReportModel => ({
  ...r,
  files: r.status === ReportStatus.DONE ? [{ kind: 'XLSX', url: `/exports/program-reports/${r.id}.xlsx` }] : [],
});

@Resolver(() => ProgramReportModel)
export class ProgramReportResolver {
  constructor(private readonly reports: ProgramReportService) {}

  @Mutation(() => ProgramReportModel, { description: "Asks for a scope's annual report (as programOutcomes: coordinators who watch all of it, platform admins; the whole country: platform admins only); a job builds it" })
  async requestProgramReport(@CurrentActor() actor: Actor, @Args('scope') scope: OutcomeScopeInput, @Args('year', { type: () => Int }) year: number) {
    return toModel(await this.reports.request(actor, scope, year));
  }

  @Query(() => ProgramReportModel, { description: 'A report, with its progress; only for those who may see its scope' })
  async programReport(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return toModel(await this.reports.get(actor, id));
  }

  @Query(() => [ProgramReportModel], { description: 'The reports whose scope you may see (the whole country’s: platform admins), newest first (at most 50)' })
  async programReports(@CurrentActor() actor: Actor) {
    return (await this.reports.list(actor)).map(toModel);
  }
}
