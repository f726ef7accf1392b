import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@chainq/identity';
import { QualityModule } from '@chainq/quality';
import { RegistryModule } from '@chainq/registry';
import { OverviewService } from './overview.service';
import { PassRateBreach, PassRatePolicy, QualityIssueLot } from './policy/pass-rate-policy.entity';
import { PassRatePolicyService } from './policy/pass-rate-policy.service';
import { ThresholdService } from './policy/threshold.service';
import { ScorecardService } from './scorecard.service';

const SERVICES = [OverviewService, ScorecardService, PassRatePolicyService, ThresholdService];

/**
 * Views and rules across the other domains: supplier scorecards, cluster
 * and region overviews for coordinators, and each chain's pass-rate policy,
 * whose breaches raise quality issues linked to the lots. Reads the
 * pass-rate rollup table directly.
 */
@Module({
  imports: [RegistryModule, QualityModule, IdentityModule, TypeOrmModule.forFeature([PassRatePolicy, PassRateBreach, QualityIssueLot])],
  providers: SERVICES,
  exports: SERVICES,
})
export class InsightsModule {}
