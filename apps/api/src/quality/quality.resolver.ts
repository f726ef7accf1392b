import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Actor } from '@chainq/identity';
import { IssueLotsService } from '@chainq/insights';
import { CorrectiveActionService, QualityInsightsService, QualityIssueService, StepCode } from '@chainq/quality';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ConnectionArgs } from '../graphql/connection.type';
import { GraphQLContext } from '../graphql/graphql-context';
import { EnterpriseModel } from '../registry/registry.models';
import { DocumentModel, documentModels } from '../files/document.model';
import { ActionFilterInput, CorrectiveActionPolicyInput, IssueListFilterInput, ReportQualityIssueInput } from './quality.inputs';
import {
  ActionEventModel,
  ActionStepModel,
  CommonProblem,
  CorrectiveActionConnection,
  CorrectiveActionModel,
  PolicyModel,
  QualityIssueConnection,
  QualityIssueModel,
  ReviewDecision,
  SharedSolution,
  SupplierActionMetrics,
} from './quality.models';

@Resolver(() => QualityIssueModel)
export class QualityIssueResolver {
  constructor(
    private readonly issueService: QualityIssueService,
    private readonly actionService: CorrectiveActionService,
    private readonly issueLots: IssueLotsService,
  ) {}

  @Query(() => QualityIssueConnection, { description: "Your chain's issues (leader) or those you have an action for (supplier)" })
  qualityIssues(@CurrentActor() actor: Actor, @Args('filter', { nullable: true }) filter: IssueListFilterInput, @Args() page: ConnectionArgs) {
    return this.issueService.list(actor, filter ?? {}, page);
  }

  @Query(() => QualityIssueModel)
  qualityIssue(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.issueService.get(actor, id);
  }

  @Mutation(() => QualityIssueModel, { description: 'Records a chain issue, and requests an 8D from each supplier named' })
  reportQualityIssue(@CurrentActor() actor: Actor, @Args('input') input: ReportQualityIssueInput) {
    const { supplierEnterpriseIds, lotIds, ...issue } = input;
    return this.issueLots.report(actor, issue, supplierEnterpriseIds, lotIds);
  }

  @ResolveField(() => CorrectiveActionConnection, { description: "The issue's actions you may see: a supplier sees only its own" })
  correctiveActions(@CurrentActor() actor: Actor, @Parent() issue: QualityIssueModel, @Args() page: ConnectionArgs) {
    return this.actionService.list(actor, { issueId: issue.id }, page);
  }
}

@Resolver(() => CorrectiveActionModel)
export class CorrectiveActionResolver {
  constructor(
    private readonly actionService: CorrectiveActionService,
    private readonly insights: QualityInsightsService,
  ) {}

  @Query(() => CorrectiveActionConnection)
  correctiveActions(@CurrentActor() actor: Actor, @Args('filter', { nullable: true }) filter: ActionFilterInput, @Args() page: ConnectionArgs) {
    return this.actionService.list(actor, filter ?? {}, page);
  }

  @Query(() => CorrectiveActionModel)
  async correctiveAction(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return (await this.actionService.visible(actor, id)).action;
  }

  @Mutation(() => CorrectiveActionModel)
  requestCorrectiveAction(@CurrentActor() actor: Actor, @Args('issueId', { type: () => ID }) issueId: string, @Args('supplierEnterpriseId', { type: () => ID }) supplier: string) {
    return this.actionService.request(actor, issueId, supplier);
  }

  @Mutation(() => ActionStepModel, { description: 'Save a draft of a step (the supplier)' })
  saveCorrectiveActionStep(@CurrentActor() actor: Actor, @Args('actionId', { type: () => ID }) actionId: string, @Args('step', { type: () => StepCode }) step: StepCode, @Args('content', { type: () => GraphQLJSONObject }) content: object) {
    return this.actionService.writeStep(actor, actionId, step, content, false);
  }

  @Mutation(() => ActionStepModel, { description: 'Submit a complete step for review, in 8D order (the supplier)' })
  submitCorrectiveActionStep(@CurrentActor() actor: Actor, @Args('actionId', { type: () => ID }) actionId: string, @Args('step', { type: () => StepCode }) step: StepCode, @Args('content', { type: () => GraphQLJSONObject }) content: object) {
    return this.actionService.writeStep(actor, actionId, step, content, true);
  }

  @Mutation(() => ActionStepModel, { description: 'Approve or reject a submitted step (the requester)' })
  reviewCorrectiveActionStep(
    @CurrentActor() actor: Actor,
    @Args('actionId', { type: () => ID }) actionId: string,
    @Args('step', { type: () => StepCode }) step: StepCode,
    @Args('decision', { type: () => ReviewDecision }) decision: ReviewDecision,
    @Args('comment', { nullable: true }) comment?: string,
  ) {
    return this.actionService.reviewStep(actor, actionId, step, decision === ReviewDecision.APPROVE, comment);
  }

  @Mutation(() => CorrectiveActionModel, { description: 'D8: close once D1-D7 are approved' })
  closeCorrectiveAction(@CurrentActor() actor: Actor, @Args('actionId', { type: () => ID }) actionId: string, @Args('note', { nullable: true }) note?: string) {
    return this.actionService.close(actor, actionId, note);
  }

  @Mutation(() => CorrectiveActionModel)
  reopenCorrectiveAction(@CurrentActor() actor: Actor, @Args('actionId', { type: () => ID }) actionId: string, @Args('reason') reason: string) {
    return this.actionService.reopen(actor, actionId, reason);
  }

  @Mutation(() => CorrectiveActionModel)
  cancelCorrectiveAction(@CurrentActor() actor: Actor, @Args('actionId', { type: () => ID }) actionId: string, @Args('reason') reason: string) {
    return this.actionService.cancel(actor, actionId, reason);
  }

  @Mutation(() => ActionEventModel, { description: 'Evidence files: upload with POST /files, then pass their ids' })
  addCorrectiveActionComment(
    @CurrentActor() actor: Actor,
    @Args('actionId', { type: () => ID }) actionId: string,
    @Args('body') body: string,
    @Args('documentIds', { type: () => [ID], defaultValue: [] }) documentIds: string[],
  ) {
    return this.actionService.comment(actor, actionId, body, documentIds);
  }

  @Mutation(() => CorrectiveActionModel, { description: 'Let other suppliers learn from this effective 8D' })
  shareSolution(@CurrentActor() actor: Actor, @Args('actionId', { type: () => ID }) actionId: string, @Args('shared', { defaultValue: true }) shared: boolean) {
    return this.actionService.share(actor, actionId, shared);
  }

  @Query(() => [PolicyModel], { description: "A chain's corrective-action clocks for every severity (the defaults where it set none)" })
  correctiveActionPolicies(@CurrentActor() actor: Actor, @Args('chainId', { type: () => ID }) chainId: string) {
    return this.actionService.policies(actor, chainId);
  }

  @Mutation(() => PolicyModel, { description: "A chain's clocks for one severity" })
  setCorrectiveActionPolicy(@CurrentActor() actor: Actor, @Args('input') input: CorrectiveActionPolicyInput) {
    const { chainId, severity, ...clocks } = input;
    return this.actionService.setPolicy(actor, chainId, severity, clocks);
  }

  @Query(() => [CommonProblem], { description: 'Defect codes seen at two or more suppliers of a chain or cluster in the period' })
  commonProblems(
    @CurrentActor() actor: Actor,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('chainId', { type: () => ID, nullable: true }) chainId?: string,
    @Args('clusterId', { type: () => ID, nullable: true }) clusterId?: string,
  ) {
    return this.insights.commonProblems(actor, { chainId, clusterId }, from, to);
  }

  @Query(() => [SharedSolution], { description: "Effective 8Ds for a defect code: your own, your chain's, and others' shared ones" })
  solutionLibrary(@CurrentActor() actor: Actor, @Args('defectCode') defectCode: string) {
    return this.insights.solutionLibrary(actor, defectCode);
  }

  @Query(() => [SupplierActionMetrics], { description: 'Per supplier, for scorecards; a supplier sees its own row' })
  correctiveActionMetrics(@CurrentActor() actor: Actor, @Args('chainId', { type: () => ID }) chainId: string, @Args('from') from: Date, @Args('to') to: Date) {
    return this.insights.supplierMetrics(actor, chainId, from, to);
  }

  @ResolveField(() => [ActionStepModel])
  steps(@Parent() a: CorrectiveActionModel, @Context() { loaders }: GraphQLContext) {
    return loaders.actionSteps.load(a.id);
  }

  @ResolveField(() => [ActionEventModel], { description: 'Every change, oldest first' })
  timeline(@Parent() a: CorrectiveActionModel, @Context() { loaders }: GraphQLContext) {
    return loaders.actionTimeline.load(a.id);
  }

  @ResolveField(() => QualityIssueModel)
  issue(@Parent() a: CorrectiveActionModel, @Context() { loaders }: GraphQLContext) {
    return loaders.issueById.load(a.issueId);
  }

  @ResolveField(() => EnterpriseModel, { description: "The supplier; its employees, revenue, certificates and maturity only while its record is shared with you (not after it exited the chain)" })
  supplier(@Parent() a: CorrectiveActionModel, @Context() { loaders }: GraphQLContext) {
    return loaders.enterpriseRecordById.load(a.supplierEnterpriseId);
  }
}

@Resolver(() => ActionEventModel)
export class ActionEventResolver {
  @ResolveField(() => String, { nullable: true, description: 'Who acted, by display name; null for the system' })
  async actorName(@Parent() e: ActionEventModel, @Context() { loaders }: GraphQLContext) {
    return e.actorUserId ? ((await loaders.userNameById.load(e.actorUserId)) ?? null) : null;
  }

  @ResolveField(() => [DocumentModel], { description: 'Evidence files attached to a comment' })
  async documents(@Parent() e: ActionEventModel, @Context() { loaders }: GraphQLContext) {
    const ids = (e.after as { documentIds?: unknown } | null)?.documentIds;
    if (e.type !== 'COMMENTED' || !Array.isArray(ids)) return [];
    return documentModels(await loaders.documentById.loadMany(ids as string[]));
  }
}
