import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { badInput } from '@chainq/core';
import { Actor } from '@chainq/identity';
import { InspectionLotService } from '@chainq/inspection';
import { InspectionLevel, PlanSeverity, samplingPlan } from '@chainq/sampling';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ConnectionArgs } from '../graphql/connection.type';
import { InspectionLotConnection, LotFilterInput, RecordedLots, RecordInspectionLotsInput, SamplingPlanModel } from './inspection.graphql';

@Resolver()
export class InspectionResolver {
  constructor(private readonly lotService: InspectionLotService) {}

  @Mutation(() => RecordedLots, { description: 'Up to 1,000 lots: all are written, or none and every wrong row is named' })
  recordInspectionLots(@CurrentActor() actor: Actor, @Args('input') input: RecordInspectionLotsInput) {
    return this.lotService.record(actor, input.lots);
  }

  @Query(() => InspectionLotConnection, { description: 'Your own lots (supplier) or your chain’s (leader), newest first' })
  inspectionLots(@CurrentActor() actor: Actor, @Args('filter', { nullable: true }) filter: LotFilterInput, @Args() page: ConnectionArgs) {
    return this.lotService.list(actor, filter ?? {}, page);
  }

  @Query(() => SamplingPlanModel, { description: 'GB/T 2828.1-2012 single sampling plan' })
  samplingPlan(
    @Args('lotSize', { type: () => Int }) lotSize: number,
    @Args('aql') aql: string,
    @Args('level', { defaultValue: 'II' }) level: string,
    @Args('severity', { defaultValue: 'NORMAL' }) severity: string,
  ) {
    const result = samplingPlan({ lotSize, level: level as InspectionLevel, aql, severity: severity as PlanSeverity });
    if (!result.ok) throw badInput('aql', result.error);
    return result.plan;
  }
}
