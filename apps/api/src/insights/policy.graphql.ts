import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, Min, ValidateNested } from 'class-validator';

@InputType('ScorecardWeightsInput')
@ObjectType('ScorecardWeights')
export class ScorecardWeightsModel {
  @Field(() => Float) @IsNumber() @Min(0) ppm: number;
  @Field(() => Float) @IsNumber() @Min(0) lotPassRate: number;
  @Field(() => Float) @IsNumber() @Min(0) firstPassYield: number;
  @Field(() => Float) @IsNumber() @Min(0) correctiveActions: number;
  @Field(() => Float, { description: 'PPM at or above which the PPM component scores 0' }) @IsNumber() @Min(1) ppmAtZeroScore: number;
}

@InputType('GradeBandsInput')
@ObjectType('GradeBands')
export class GradeBandsModel {
  @Field(() => Float, { description: 'Lowest score of grade A' }) @IsNumber() A: number;
  @Field(() => Float) @IsNumber() B: number;
  @Field(() => Float) @IsNumber() C: number;
}

@InputType()
export class PassRatePolicyInput {
  @Field(() => ID) @IsUUID() chainId: string;
  @Field(() => Float, { nullable: true, description: "A supplier's lot pass rate in the window below this (0..1) raises an issue; null: not checked" })
  @IsOptional()
  @IsNumber()
  minLotPassRate?: number | null;
  @Field(() => Float, { nullable: true, description: 'PPM in the window above this raises an issue; null: not checked' }) @IsOptional() @IsNumber() maxPpm?: number | null;
  @Field(() => Int, { nullable: true, description: 'Days the figures are taken over, ending today (default 30)' }) @IsOptional() @IsInt() @Min(1) @Max(366) windowDays?: number;
  @Field(() => Int, { nullable: true, description: 'Fewer lots in the window are not judged (default 5)' }) @IsOptional() @IsInt() @Min(1) minLots?: number;
  @Field({ nullable: true, description: 'ALL (default) or one stage: SELF, MUTUAL, SPECIAL, INCOMING' }) @IsOptional() @IsIn(['ALL', 'SELF', 'MUTUAL', 'SPECIAL', 'INCOMING']) stage?: string;
  @Field({ nullable: true, description: 'Defect code of a raised issue when the rejected lots name none (default FUN-FAIL)' }) @IsOptional() @IsString() fallbackDefectCode?: string;
  @Field(() => ScorecardWeightsModel, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ScorecardWeightsModel) scorecardWeights?: ScorecardWeightsModel | null;
  @Field(() => GradeBandsModel, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => GradeBandsModel) gradeBands?: GradeBandsModel | null;
}

@ObjectType('PassRatePolicy')
export class PassRatePolicyModel {
  @Field(() => ID) chainId: string;
  @Field(() => Float, { nullable: true }) minLotPassRate: number | null;
  @Field(() => Float, { nullable: true }) maxPpm: number | null;
  @Field(() => Int) windowDays: number;
  @Field(() => Int) minLots: number;
  @Field() stage: string;
  @Field() fallbackDefectCode: string;
  @Field(() => ScorecardWeightsModel, { nullable: true, description: 'Null: the default weights' }) scorecardWeights: ScorecardWeightsModel | null;
  @Field(() => GradeBandsModel, { nullable: true, description: 'Null: A ≥ 90, B ≥ 80, C ≥ 70' }) gradeBands: GradeBandsModel | null;
  @Field() updatedAt: Date;
}
