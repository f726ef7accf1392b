import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { LotDecision, type ReducedEndReason, type SwitchingHistoryEvent } from '@chainq/inspection';
import { type Severity, type SwitchingEvent } from '@chainq/sampling';
import { ConnectionArgs, Connection } from '../graphql/connection.type';

export const SamplingSeverity = { NORMAL: 'NORMAL', TIGHTENED: 'TIGHTENED', REDUCED: 'REDUCED' } as const satisfies Record<Severity, Severity>;
registerEnumType(SamplingSeverity, { name: 'SamplingSeverity', description: 'GB/T 2828.1 inspection severity' });

export const SamplingSwitch = {
  NORMAL_TO_TIGHTENED: 'NORMAL_TO_TIGHTENED',
  TIGHTENED_TO_NORMAL: 'TIGHTENED_TO_NORMAL',
  NORMAL_TO_REDUCED: 'NORMAL_TO_REDUCED',
  REDUCED_TO_NORMAL: 'REDUCED_TO_NORMAL',
  DISCONTINUED: 'DISCONTINUED',
} as const satisfies Record<SwitchingEvent, SwitchingEvent>;
registerEnumType(SamplingSwitch, { name: 'SamplingSwitch', description: 'A switch under the GB/T 2828.1 switching rules' });

export const SamplingHistoryEvent = {
  ...SamplingSwitch,
  REDUCED_APPROVED: 'REDUCED_APPROVED',
  RESUMED: 'RESUMED',
} as const satisfies Record<SwitchingHistoryEvent, SwitchingHistoryEvent>;
registerEnumType(SamplingHistoryEvent, {
  name: 'SamplingHistoryEvent',
  description: 'A step in a part’s switching history: a switch a lot caused, or the leader approving or ending reduced inspection or resuming inspection',
});

export const ReducedEndReasonEnum = { PRODUCTION_IRREGULAR: 'PRODUCTION_IRREGULAR', OTHER: 'OTHER' } as const satisfies Record<ReducedEndReason, ReducedEndReason>;
registerEnumType(ReducedEndReasonEnum, {
  name: 'ReducedEndReason',
  description: 'Why the leader ends reduced inspection (GB/T 2828.1-2012 9.3.4): production irregular or delayed, or another condition named in the note',
});

@ObjectType('SamplingHistoryEntry', { description: 'One step in the history of a part’s GB/T 2828.1 switching state' })
export class SamplingHistoryEntryModel {
  @Field(() => ID) id: string;
  @Field(() => SamplingHistoryEvent) event: SwitchingHistoryEvent;
  @Field(() => SamplingSeverity, { description: 'The severity for the lots after this step' }) severity: Severity;
  @Field(() => Date, { description: 'The inspection time of the lot that caused the switch, or when the leader acted' }) occurredAt: Date;
  @Field(() => ID, { nullable: true, description: 'The lot that caused the switch' }) lotId: string | null;
  @Field(() => String, { nullable: true }) lotNumber: string | null;
  @Field(() => ReducedEndReasonEnum, { nullable: true, description: 'Why the leader ended reduced inspection' }) reason: ReducedEndReason | null;
  @Field(() => String, { nullable: true, description: 'The leader’s words on ending reduced inspection' }) note: string | null;
  actorUserId: string | null;
}

/** One supplier's part in one chain. */
@ArgsType()
export class PartArgs {
  @Field(() => ID) @IsUUID() chainId: string;
  @Field(() => ID) @IsUUID() supplierEnterpriseId: string;
  @Field() @IsString() @IsNotEmpty() @MaxLength(80) partNumber: string;
}

@ArgsType()
export class EndReducedArgs extends PartArgs {
  @Field(() => ReducedEndReasonEnum) @IsIn(Object.values(ReducedEndReasonEnum)) reason: ReducedEndReason;
  // Required for OTHER and at most 500 characters: the service says which, naming the field.
  @Field(() => String, { nullable: true, description: 'What warrants normal inspection; required when the reason is OTHER' }) @IsOptional() @IsString() note?: string | null;
}

@ArgsType()
export class SamplingStatesArgs extends ConnectionArgs {
  @Field(() => ID) @IsUUID() chainId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() supplierEnterpriseId?: string;
}

@ArgsType()
export class NextPlanArgs {
  // Checked by the sampling library, which names the field at fault (as samplingPlan does).
  @Field(() => Int) @IsInt() lotSize: number;
  @Field({ description: 'AQL, e.g. 1.0' }) @IsString() aql: string;
  @Field({ defaultValue: 'II', description: 'S-1..S-4, I, II, III' }) @IsString() level: string;
}

@ObjectType('SamplingState', { description: 'Where a supplier’s part stands under the GB/T 2828.1 switching rules at the leader’s incoming inspection' })
export class SamplingStateModel {
  @Field(() => ID, { description: '<chainId>:<supplierId>:<partNumber>' }) id: string;
  @Field(() => ID) chainId: string;
  @Field(() => ID) supplierEnterpriseId: string;
  @Field() partNumber: string;
  @Field(() => SamplingSeverity, { description: 'The severity of the plan for the next lot' }) severity: Severity;
  @Field({ description: 'Inspection stopped after 5 lots rejected under tightened inspection; lots are still recorded, the state waits for resumeInspection' }) discontinued: boolean;
  @Field(() => Date, { nullable: true }) discontinuedAt: Date | null;
  @Field(() => Int, { description: 'Under normal inspection (GB/T 2828.1-2012 9.3.3); the scoring rule is unverified' }) switchingScore: number;
  @Field({ description: 'Normal inspection with a switching score of 30 or more: the leader may approve reduced inspection' }) eligibleForReduced: boolean;
  @Field(() => Date, { nullable: true, description: 'The leader’s approval of reduced inspection, while it stands' }) reducedApprovedAt: Date | null;
  @Field(() => [LotDecision], { description: 'Under normal inspection: the last lots (up to 5), oldest first' }) recentDecisions: LotDecision[];
  @Field(() => Int, { description: 'Lots accepted in a row under the current severity' }) consecutiveAccepted: number;
  @Field(() => Int) cumulativeRejectedUnderTightened: number;
  @Field(() => SamplingSwitch, { nullable: true, description: 'The switch the last lot caused' }) lastEvent: SwitchingEvent | null;
  @Field(() => Date, { nullable: true, description: 'Since when the current severity applies' }) severitySince: Date | null;
  @Field(() => Date, { nullable: true }) resumedAt: Date | null;
  @Field(() => Int, { description: 'Incoming lots (first submissions) that moved the state' }) lotsApplied: number;
  @Field(() => Int, { description: 'Lots recorded since inspection was discontinued' }) lotsWhileDiscontinued: number;
  @Field(() => ID, { nullable: true }) lastLotId: string | null;
  @Field(() => Date, { nullable: true }) lastLotInspectedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Null until an incoming lot of the part is recorded' }) updatedAt: Date | null;
}

export const SamplingStateConnection = Connection(SamplingStateModel, 'SamplingState');
