import { Module } from '@nestjs/common';
import { QualityModule } from '@chainq/quality';
import { RegistryModule } from '@chainq/registry';
import { OverviewService } from './overview.service';
import { ScorecardService } from './scorecard.service';

const SERVICES = [OverviewService, ScorecardService];

/**
 * Read-only views across the other domains: supplier scorecards for a
 * chain, cluster and region overviews for coordinators. Reads the
 * pass-rate rollup table directly; owns no tables.
 */
@Module({ imports: [RegistryModule, QualityModule], providers: SERVICES, exports: SERVICES })
export class InsightsModule {}
