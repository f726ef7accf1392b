import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@chainq/identity';
import { InspectionModule } from '@chainq/inspection';
import { QualityModule } from '@chainq/quality';
import { RegistryModule } from '@chainq/registry';
import { StandardsModule } from '@chainq/standards';
import { ClusterMembersService } from './cluster/cluster-members.service';
import { IssueLotsService } from './evidence/issue-lots.service';
import { ClusterMemberExport } from './export/cluster-member.export';
import { InspectionLotExport } from './export/inspection-lot.export';
import { SupplierScorecardExport } from './export/supplier-scorecard.export';
import { OverviewService } from './overview.service';
import { ProgramOutcomesService } from './outcomes/program-outcomes.service';
import { ProgramReport } from './report/program-report.entity';
import { ProgramReportService } from './report/program-report.service';
import { ReportBuilder } from './report/report-builder';
import { PassRateBreach, PassRatePolicy, QualityIssueLot } from './policy/pass-rate-policy.entity';
import { PassRatePolicyService } from './policy/pass-rate-policy.service';
import { ThresholdService } from './policy/threshold.service';
import { ScorecardService } from './scorecard.service';

const SERVICES = [IssueLotsService, OverviewService, ProgramOutcomesService, ProgramReportService, ReportBuilder, ScorecardService, PassRatePolicyService, ThresholdService, SupplierScorecardExport, InspectionLotExport, ClusterMembersService, ClusterMemberExport];

/**
 * Views and rules across the other domains: supplier scorecards, cluster
 * and region overviews for coordinators, and each chain's pass-rate policy,
 * whose breaches raise quality issues linked to the lots; the lots that
 * evidence an issue (linked as the leader reports it, or by a breach); and the XLSX
 * exports of the suppliers table and of the lots (read through
 * InspectionLotService); the programme's outcome figures and its annual
 * reports (built by a job); a cluster's members with their figures, the
 * chains buying from them and their answers to standards, and that table's
 * XLSX export. Reads the pass-rate rollup table directly.
 */
@Module({
  imports: [RegistryModule, QualityModule, IdentityModule, InspectionModule, StandardsModule, TypeOrmModule.forFeature([PassRatePolicy, PassRateBreach, QualityIssueLot, ProgramReport])],
  providers: SERVICES,
  exports: SERVICES,
})
export class InsightsModule {}
