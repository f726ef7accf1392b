import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { MAX_LINKED_LOTS } from '@chainq/insights';
import { ActionStatus, IssueSource, IssueStatus, Severity } from '@chainq/quality';

@InputType()
export class ReportQualityIssueInput {
  @Field(() => ID) @IsUUID() chainId: string;
  @Field() @IsString() @Length(1, 300) title: string;
  @Field() @IsString() @MaxLength(10000) description: string;
  @Field({ description: 'From the shared list or the chain taxonomy, e.g. DIM-OOT' }) @IsString() @MaxLength(20) defectCode: string;
  @Field(() => Severity) @IsEnum(Severity) severity: Severity;
  @Field(() => IssueSource) @IsEnum(IssueSource) source: IssueSource;
  @Field() @IsDate() detectedAt: Date;
  @Field(() => [ID], { defaultValue: [], description: 'Request an 8D from each of these suppliers at once' })
  @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) supplierEnterpriseIds: string[];
  @Field(() => [ID], { defaultValue: [], description: "Inspection lots of the chain that evidence the issue (at most 50), linked as it is recorded" })
  @IsArray() @ArrayMaxSize(MAX_LINKED_LOTS) @IsUUID('all', { each: true }) lotIds: string[];
}

@InputType()
export class IssueFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() chainId?: string;
  @Field(() => Severity, { nullable: true }) @IsOptional() @IsEnum(Severity) severity?: Severity;
  @Field({ nullable: true }) @IsOptional() @IsString() defectCode?: string;
}

@InputType()
export class IssueListFilterInput extends IssueFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() supplierEnterpriseId?: string;
  @Field(() => IssueStatus, { nullable: true }) @IsOptional() @IsEnum(IssueStatus) status?: IssueStatus;
  @Field({ nullable: true, description: 'Only issues with an open action past a step clock' }) @IsOptional() @IsBoolean() overdue?: boolean;
}

@InputType()
export class ActionFilterInput extends IssueFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() issueId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() supplierEnterpriseId?: string;
  @Field(() => ActionStatus, { nullable: true }) @IsOptional() @IsEnum(ActionStatus) status?: ActionStatus;
  @Field({ nullable: true, description: 'Only open actions with a step past its clock' }) @IsOptional() @IsBoolean() overdue?: boolean;
}

@InputType()
export class CorrectiveActionPolicyInput {
  @Field(() => ID) @IsUUID() chainId: string;
  @Field(() => Severity) @IsEnum(Severity) severity: Severity;
  @Field(() => Int) @IsInt() @Min(1) containmentHours: number;
  @Field(() => Int) @IsInt() @Min(1) rootCauseDays: number;
  @Field(() => Int) @IsInt() @Min(1) closureDays: number;
  @Field(() => Int) @IsInt() @Min(1) effectivenessDays: number;
}

@InputType()
export class AddDefectCodeInput {
  @Field(() => ID) @IsUUID() chainId: string;
  @Field({ description: '2 to 20 capital letters, digits or hyphens, e.g. BAT-SEAL; not one of the shared codes' }) @IsString() @MaxLength(100) code: string;
  @Field({ description: 'What went wrong, as the chain calls it; at most 100 characters' }) @IsString() @MaxLength(1000) name: string;
}
