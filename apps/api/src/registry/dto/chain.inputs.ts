import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEmail, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { CertificationScheme, CertificationStatus, MAX_QUALIFICATION_DOCUMENTS } from '@chainq/registry';
import { NewSupplierEnterpriseInput } from './enterprise.inputs';

@InputType()
export class CreateIndustryClusterInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field({ description: 'County-level GB/T 2260 code' }) @IsString() @Length(6, 6) regionCode: string;
  @Field() @IsString() @MaxLength(8) industryCode: string;
  @Field() @IsString() @Length(1, 200) product: string;
  @Field(() => ID) @IsUUID() coordinatingOfficeId: string;
}

@InputType()
export class CreatePilotProgramInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => Int) @IsInt() @Min(1) batch: number;
  @Field(() => Int) @IsInt() year: number;
  @Field(() => [String]) @IsArray() @ArrayMaxSize(500) regionCodes: string[];
  @Field(() => [ID]) @IsArray() @IsUUID('all', { each: true }) clusterIds: string[];
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() baselineLotPassRate?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() targetLotPassRate?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() baselineFirstPassYield?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() targetFirstPassYield?: number;
}

@InputType()
export class CreateIndustryChainInput {
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => ID) @IsUUID() leaderEnterpriseId: string;
  @Field() @IsString() @MaxLength(8) industryCode: string;
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @IsUUID('all', { each: true }) clusterIds: string[];
}

@InputType()
export class InviteSupplierInput {
  @Field(() => ID) @IsUUID() chainId: string;
  @Field({ description: "The supplier's unified social credit code" }) @IsString() @MaxLength(24) uscc: string;
  @Field({ description: 'Who receives the invitation' }) @IsEmail() @MaxLength(254) email: string;
  @Field(() => Int, { defaultValue: 1 }) @IsInt() @Min(1) @Max(3) tier: number;
  @Field(() => ID, { nullable: true, description: 'For tier 2 and 3: the member it supplies' }) @IsOptional() @IsUUID() parentMembershipId?: string;
  @Field(() => [String], { defaultValue: [] }) @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) categories: string[];
}

@InputType()
export class NewAccountInput {
  @Field() @IsString() @Length(1, 120) displayName: string;
  @Field() @IsString() @Length(10, 200) password: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @IsString() @MaxLength(200) token: string;
  @Field(() => NewAccountInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => NewAccountInput) account?: NewAccountInput;
  @Field(() => NewSupplierEnterpriseInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => NewSupplierEnterpriseInput) enterprise?: NewSupplierEnterpriseInput;
}

@InputType()
export class SubmitQualificationInput {
  @Field(() => ID) @IsUUID() membershipId: string;
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @IsUUID('all', { each: true }) certificationIds: string[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() maturityAssessmentId?: string;
  @Field(() => [ID], {
    defaultValue: [],
    description: `Documents uploaded with POST /files (business licence, test reports, process flow …); those of an earlier submission may be named again. At most ${MAX_QUALIFICATION_DOCUMENTS}`,
  })
  @IsArray()
  @ArrayMaxSize(MAX_QUALIFICATION_DOCUMENTS)
  @IsUUID('all', { each: true })
  documentIds: string[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class RecordCertificationInput {
  @Field(() => ID) @IsUUID() enterpriseId: string;
  @Field(() => CertificationScheme) @IsEnum(CertificationScheme) scheme: CertificationScheme;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) schemeName?: string;
  @Field() @IsString() @Length(1, 100) number: string;
  @Field() @IsString() @Length(1, 200) certificationBody: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() issuedOn: string;
  @Field({ description: 'YYYY-MM-DD' }) @IsString() expiresOn: string;
  @Field({ nullable: true }) @IsOptional() @IsString() surveillanceDueOn?: string;
  @Field(() => CertificationStatus, { nullable: true }) @IsOptional() @IsEnum(CertificationStatus) status?: CertificationStatus;
}

@InputType()
export class DimensionScoreInput {
  @Field() @IsString() @MaxLength(60) dimension: string;
  @Field(() => Float) @IsNumber() score: number;
}

@InputType()
export class SubmitMaturityAssessmentInput {
  @Field(() => ID) @IsUUID() enterpriseId: string;
  @Field(() => [DimensionScoreInput]) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => DimensionScoreInput) scores: DimensionScoreInput[];
}

@InputType()
export class AssignCoordinatorInput {
  @Field(() => ID) @IsUUID() userId: string;
  @Field(() => [String], { defaultValue: [] }) @IsArray() @IsString({ each: true }) regionCodes: string[];
  @Field(() => [ID], { defaultValue: [] }) @IsArray() @IsUUID('all', { each: true }) clusterIds: string[];
}
