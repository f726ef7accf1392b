import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsArray, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { DistributionAudience } from '@chainq/standards';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class CreateStandardInput {
  @Field({ description: 'e.g. Q/HX 001-2024, T/CCAA 66-2023, GB/T 2828.1-2012' }) @IsString() @MaxLength(60) number: string;
  @Field() @IsString() @Length(1, 300) title: string;
}

@InputType()
export class PublishStandardRevisionInput {
  @Field(() => ID) @IsUUID() standardId: string;
  @Field({ description: 'Revision label, e.g. B' }) @IsString() @Length(1, 40) version: string;
  @Field({ description: 'YYYY-MM-DD' }) @Matches(DATE, { message: 'must be a date such as 2026-12-01' }) effectiveOn: string;
  @Field() @IsString() @Length(1, 4000) changeSummary: string;
  @Field(() => ID, { description: 'The id returned by POST /files' }) @IsUUID() documentId: string;
}

@InputType()
export class DistributeStandardRevisionInput {
  @Field(() => ID) @IsUUID() revisionId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() chainId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() clusterId?: string;
  @Field(() => DistributionAudience) @IsEnum(DistributionAudience) audience: DistributionAudience;
  @Field(() => [Int], { nullable: true }) @IsOptional() @IsArray() @IsInt({ each: true }) @Min(1, { each: true }) @Max(3, { each: true }) tiers?: number[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @IsUUID('all', { each: true }) membershipIds?: string[];
  @Field({ description: 'YYYY-MM-DD' }) @Matches(DATE, { message: 'must be a date such as 2026-12-01' }) dueOn: string;
}
