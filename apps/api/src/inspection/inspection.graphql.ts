import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';
import { InspectionStage, LotDecision, MAX_LOTS_PER_CALL, RollupPeriod, RollupScope } from '@chainq/inspection';
import { Connection } from '../graphql/connection.type';

registerEnumType(InspectionStage, { name: 'InspectionStage', description: 'SELF, MUTUAL, SPECIAL: the 三检; INCOMING: the leader’s receiving inspection' });
registerEnumType(LotDecision, { name: 'LotDecision' });

/** A pass-rate series covers every stage together or one of them. */
export const PassRateStage = { ALL: 'ALL', ...InspectionStage } as const;
export type PassRateStage = (typeof PassRateStage)[keyof typeof PassRateStage];
registerEnumType(PassRateStage, { name: 'PassRateStage', description: 'ALL stages together, or one InspectionStage' });

@InputType()
export class InspectionLotInput {
  @Field(() => ID) @IsUUID() chainId: string;
  @Field(() => ID) @IsUUID() supplierEnterpriseId: string;
  @Field() @IsString() @MaxLength(80) partNumber: string;
  @Field() @IsString() @MaxLength(80) lotNumber: string;
  @Field(() => Int) @IsInt() lotSize: number;
  @Field(() => InspectionStage) @IsEnum(InspectionStage) stage: InspectionStage;
  @Field() @IsDate() inspectedAt: Date;
  @Field(() => Int, { nullable: true, description: '1 = first submission (default)' }) @IsOptional() @IsInt() @Min(1) submission?: number;
  @Field({ nullable: true, description: 'GB/T 2828.1 level: S-1..S-4, I, II, III (default II when an AQL is given)' }) @IsOptional() @IsString() inspectionLevel?: string;
  @Field({ nullable: true, description: 'AQL, e.g. 1.0; omit both for 100% inspection' }) @IsOptional() @IsString() aql?: string;
  @Field({ nullable: true, description: 'NORMAL, TIGHTENED or REDUCED. Omitted (with no decision) on a first-submission INCOMING lot: the part\'s current switching severity; otherwise NORMAL' }) @IsOptional() @IsString() planSeverity?: string;
  @Field(() => Int) @IsInt() unitsSampled: number;
  @Field(() => Int) @IsInt() nonconformingUnits: number;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Defect code -> count' }) @IsOptional() defects?: Record<string, number>;
  @Field(() => LotDecision, { nullable: true, description: 'Required for 100% inspection; computed from the plan otherwise' }) @IsOptional() @IsEnum(LotDecision) decision?: LotDecision;
}

@InputType()
export class RecordInspectionLotsInput {
  @Field(() => [InspectionLotInput]) @ArrayMinSize(1) @ArrayMaxSize(MAX_LOTS_PER_CALL) @ValidateNested({ each: true }) @Type(() => InspectionLotInput) lots: InspectionLotInput[];
}

@ObjectType()
export class LotRowError {
  @Field(() => Int, { description: 'Position in the lots list, from 0' }) index: number;
  @Field() field: string;
  @Field() message: string;
  @Field({ description: 'Which rule the row broke, as an error\'s extensions.reason (docs/error-reasons.md)' }) reason: string;
}

@ObjectType()
export class RecordedLots {
  @Field(() => Int) inserted: number;
  @Field(() => Int, { description: 'Already recorded (same natural key): left unchanged' }) duplicates: number;
  @Field(() => [LotRowError], { description: 'When not empty, nothing was written' }) errors: LotRowError[];
}

@ObjectType('InspectionLot')
export class InspectionLotModel {
  @Field(() => ID) id: string;
  @Field(() => ID) chainId: string;
  @Field(() => ID) supplierEnterpriseId: string;
  @Field() partNumber: string;
  @Field() lotNumber: string;
  @Field(() => Int) lotSize: number;
  @Field(() => InspectionStage) stage: InspectionStage;
  @Field() inspectedAt: Date;
  @Field(() => Int) submission: number;
  @Field(() => String, { nullable: true }) inspectionLevel: string | null;
  @Field(() => String, { nullable: true }) aql: string | null;
  @Field(() => String, { nullable: true }) planSeverity: string | null;
  @Field(() => Int, { nullable: true }) acceptanceNumber: number | null;
  @Field(() => Int) unitsSampled: number;
  @Field(() => Int) nonconformingUnits: number;
  @Field(() => GraphQLJSONObject) defects: Record<string, number>;
  @Field(() => LotDecision) decision: LotDecision;
}

@ObjectType()
export class SamplingPlanModel {
  @Field({ description: 'After following arrows' }) codeLetter: string;
  @Field() originalCodeLetter: string;
  @Field(() => Int) sampleSize: number;
  @Field(() => Int, { description: 'Ac: accept with this many nonconforming or fewer' }) acceptanceNumber: number;
  @Field(() => Int, { description: 'Re: reject with this many or more' }) rejectionNumber: number;
  @Field({ description: 'The sample would be the whole lot' }) hundredPercent: boolean;
  @Field() severity: string;
  @Field() aql: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType()
export class LotFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() chainId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() supplierEnterpriseId?: string;
  @Field(() => InspectionStage, { nullable: true }) @IsOptional() @IsEnum(InspectionStage) stage?: InspectionStage;
  @Field(() => LotDecision, { nullable: true }) @IsOptional() @IsEnum(LotDecision) decision?: LotDecision;
  @Field({ nullable: true }) @IsOptional() @IsString() partNumber?: string;
  @Field({ nullable: true }) @IsOptional() @IsDate() from?: Date;
  @Field({ nullable: true }) @IsOptional() @IsDate() to?: Date;
}

export const InspectionLotConnection = Connection(InspectionLotModel, 'InspectionLot');

registerEnumType(RollupScope, { name: 'RollupScope', description: 'CHAIN_SUPPLIER ids are "<chainId>:<supplierId>"; region ids are GB/T 2260 codes' });
registerEnumType(RollupPeriod, { name: 'RollupPeriod', description: 'China calendar days, ISO weeks (Monday), months' });

@InputType()
export class RollupScopeInput {
  @Field(() => RollupScope) @IsEnum(RollupScope) kind: RollupScope;
  @Field() @IsString() @MaxLength(80) id: string;
}

@ObjectType()
export class PassRatePoint {
  @Field() periodStart: string;
  @Field(() => Int) lotsInspected: number;
  @Field(() => Int) lotsAccepted: number;
  @Field(() => Int, { description: 'Lots at first submission' }) firstLots: number;
  @Field(() => Int) firstAccepted: number;
  @Field(() => Int, { description: 'Units inspected (sampled)' }) unitsInspected: number;
  @Field(() => Int) unitsNonconforming: number;
  @Field(() => Float, { nullable: true, description: 'Lot pass rate: lots accepted / lots inspected' }) lotPassRate: number | null;
  @Field(() => Float, { nullable: true, description: 'First-pass yield (lots): accepted at first submission / first submitted' }) firstPassYield: number | null;
  @Field(() => Float, { nullable: true, description: 'Unit pass rate: conforming / inspected units' }) unitPassRate: number | null;
  @Field(() => Float, { nullable: true, description: 'Nonconforming units per million inspected' }) ppm: number | null;
}
