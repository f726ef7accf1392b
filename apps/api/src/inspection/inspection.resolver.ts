import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { badInput, CoreReason, forbidden, JobName, OutboxService } from '@chainq/core';
import { Actor, isPlatformAdmin } from '@chainq/identity';
import { InspectionLotService, InspectionReason, PassRateService, RollupPeriod } from '@chainq/inspection';
import { InspectionLevel, PlanSeverity, samplingPlan } from '@chainq/sampling';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ConnectionArgs } from '../graphql/connection.type';
import { InspectionLotConnection, LotFilterInput, PassRatePoint, PassRateStage, RecordedLots, RecordInspectionLotsInput, RollupScopeInput, SamplingPlanModel } from './inspection.graphql';

@Resolver()
export class InspectionResolver {
  constructor(
    private readonly lotService: InspectionLotService,
    private readonly passRates: PassRateService,
    private readonly outbox: OutboxService,
    private readonly dataSource: DataSource,
  ) {}

  @Mutation(() => RecordedLots, { description: 'Up to 1,000 lots: all are written, or none and every wrong row is named' })
  recordInspectionLots(@CurrentActor() actor: Actor, @Args('input') input: RecordInspectionLotsInput) {
    return this.lotService.record(actor, input.lots);
  }

  @Query(() => InspectionLotConnection, { description: 'Your own lots (supplier) or your chain’s (leader), newest first' })
  inspectionLots(@CurrentActor() actor: Actor, @Args('filter', { nullable: true }) filter: LotFilterInput, @Args() page: ConnectionArgs) {
    return this.lotService.list(actor, filter ?? {}, page);
  }

  @Query(() => [PassRatePoint], { description: 'Pass rates per period from the rollups, over all stages or one' })
  passRateSeries(
    @CurrentActor() actor: Actor,
    @Args('scope') scope: RollupScopeInput,
    @Args('period', { type: () => RollupPeriod }) period: RollupPeriod,
    @Args('from', { description: 'YYYY-MM-DD, inclusive' }) from: string,
    @Args('to', { description: 'YYYY-MM-DD, exclusive' }) to: string,
    @Args('stage', { type: () => PassRateStage, defaultValue: PassRateStage.ALL }) stage: PassRateStage,
  ) {
    return this.passRates.series(actor, scope, period, from, to, stage);
  }

  @Query(() => [PassRatePoint], { description: "An enterprise's pass rates per period over every chain it supplies together (aggregates only), for the coordinators who watch it" })
  enterprisePassRates(
    @CurrentActor() actor: Actor,
    @Args('enterpriseId', { type: () => ID }) enterpriseId: string,
    @Args('period', { type: () => RollupPeriod, defaultValue: RollupPeriod.MONTH }) period: RollupPeriod,
    @Args('from', { description: 'YYYY-MM-DD, inclusive' }) from: string,
    @Args('to', { description: 'YYYY-MM-DD, exclusive' }) to: string,
  ) {
    return this.passRates.enterpriseSeries(actor, enterpriseId, period, from, to);
  }

  @Mutation(() => Boolean, { description: 'Platform admins: recompute every rollup from the lots (in the worker)' })
  async rebuildRollups(@CurrentActor() actor: Actor) {
    if (!isPlatformAdmin(actor)) throw forbidden('Only platform admins rebuild rollups', { reason: CoreReason.PlatformAdminOnly });
    await this.dataSource.transaction((m) => this.outbox.record(m, JobName.RebuildRollups, {}));
    return true;
  }

  @Query(() => SamplingPlanModel, { description: 'GB/T 2828.1-2012 single sampling plan' })
  samplingPlan(
    @Args('lotSize', { type: () => Int }) lotSize: number,
    @Args('aql') aql: string,
    @Args('level', { defaultValue: 'II' }) level: string,
    @Args('severity', { defaultValue: 'NORMAL' }) severity: string,
  ) {
    const result = samplingPlan({ lotSize, level: level as InspectionLevel, aql, severity: severity as PlanSeverity });
    if (!result.ok) {
      // The library names the field at fault ("lotSize: ...", "aql: ...").
      const [field, ...message] = result.error.split(': ');
      throw badInput(field, message.join(': '), { reason: InspectionReason.SamplingPlanInvalid });
    }
    return result.plan;
  }
}
