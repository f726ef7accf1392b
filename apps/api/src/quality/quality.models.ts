import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { ActionStatus, IssueSource, IssueStatus, Severity, StepCode, StepStatus } from '@chainq/quality';
import { Connection } from '../graphql/connection.type';

registerEnumType(Severity, { name: 'Severity' });
registerEnumType(IssueSource, { name: 'IssueSource' });
registerEnumType(IssueStatus, { name: 'IssueStatus' });
registerEnumType(ActionStatus, { name: 'CorrectiveActionStatus' });
registerEnumType(StepCode, { name: 'EightDStep', description: 'D1 team, D2 problem (5W2H, is/is-not), D3 containment, D4 root cause, D5 permanent actions, D6 implementation, D7 prevention' });
registerEnumType(StepStatus, { name: 'StepStatus' });

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@ObjectType('QualityIssue')
export class QualityIssueModel {
  @Field(() => ID) id: string;
  @Field(() => ID) chainId: string;
  @Field() title: string;
  @Field() description: string;
  @Field() defectCode: string;
  @Field(() => Severity) severity: Severity;
  @Field(() => IssueSource) source: IssueSource;
  @Field() detectedAt: Date;
  @Field(() => IssueStatus) status: IssueStatus;
  @Field() createdAt: Date;
}

@ObjectType('CorrectiveActionStep')
export class ActionStepModel {
  @Field(() => ID) id: string;
  @Field(() => StepCode) step: StepCode;
  @Field(() => StepStatus) status: StepStatus;
  @Field(() => GraphQLJSONObject, { nullable: true }) content: object | null;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field(() => String, { nullable: true }) reviewComment: string | null;
}

@ObjectType('CorrectiveActionEvent')
export class ActionEventModel {
  @Field(() => ID) id: string;
  @Field() type: string;
  @Field(() => ID, { nullable: true, description: 'Null for the system (clocks, checks)' }) actorUserId: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) before: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after: unknown;
  @Field() at: Date;
}

@ObjectType('CorrectiveAction')
export class CorrectiveActionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) issueId: string;
  @Field(() => ID) chainId: string;
  @Field(() => ID) supplierEnterpriseId: string;
  @Field(() => ActionStatus) status: ActionStatus;
  @Field() requestedAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Date, { nullable: true }) effectivenessDueAt: Date | null;
  @Field(() => Int) escalationLevel: number;
  @Field() shared: boolean;
}

@ObjectType()
export class MonthCount {
  @Field() month: string;
  @Field(() => Int) issues: number;
}

@ObjectType()
export class CommonProblem {
  @Field() defectCode: string;
  @Field(() => String, { nullable: true }) defectName: string | null;
  @Field(() => Int, { description: 'Distinct suppliers with this defect' }) suppliers: number;
  @Field(() => Int) issues: number;
  @Field(() => [MonthCount]) trend: MonthCount[];
  @Field({ description: "Whether the solution library holds one by the period's end: an 8D verified effective whose supplier shared it (any chain)" }) sharedSolution: boolean;
}

@ObjectType()
export class SharedSolution {
  @Field(() => ID) actionId: string;
  @Field() defectCode: string;
  @Field() issueTitle: string;
  @Field(() => ID) supplierEnterpriseId: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'D4' }) rootCause: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'D5' }) permanentActions: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'D7' }) prevention: unknown;
  @Field() closedAt: Date;
}

@ObjectType()
export class SupplierActionMetrics {
  @Field(() => ID) supplierEnterpriseId: string;
  @Field(() => Int) opened: number;
  @Field(() => Int) closed: number;
  @Field(() => Int) closedOnTime: number;
  @Field(() => Float, { nullable: true }) meanHoursToContainment: number | null;
  @Field(() => Float, { nullable: true }) meanDaysToClosure: number | null;
  @Field(() => Int) overdueNow: number;
  @Field(() => Float, { nullable: true, description: 'Effective / checked, 0..1' }) effectivenessRate: number | null;
}

@ObjectType('DefectCode', { description: "A code for what went wrong: from the shared list every chain starts from, or the chain's own" })
export class DefectCodeModel {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field({ description: 'As entered (the shared list in English; the web app shows it in the reader\'s language)' }) name: string;
  @Field({ description: 'From the shared list (fixed) rather than the chain' }) shared: boolean;
  @Field(() => Date, { nullable: true, description: 'Set when the chain retired it: kept on earlier issues, offered for no new one' }) retiredAt: Date | null;
  @Field() createdAt: Date;
}

@ObjectType('CorrectiveActionPolicy', { description: "A chain's corrective-action clocks for one severity" })
export class PolicyModel {
  @Field(() => ID) chainId: string;
  @Field(() => Severity) severity: Severity;
  @Field({ description: 'Set by the chain; false: the defaults apply' }) custom: boolean;
  @Field(() => Int) containmentHours: number;
  @Field(() => Int) rootCauseDays: number;
  @Field(() => Int) closureDays: number;
  @Field(() => Int) effectivenessDays: number;
}

export const QualityIssueConnection = Connection(QualityIssueModel, 'QualityIssue');
export const CorrectiveActionConnection = Connection(CorrectiveActionModel, 'CorrectiveAction');
