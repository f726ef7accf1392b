import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule, ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfig, APP_CONFIG } from '@chainq/core';
import { CreditModule } from '@chainq/credit';
import { IdentityModule } from '@chainq/identity';
import { NotificationsModule } from '@chainq/notifications';
import { DocumentsModule } from '@chainq/documents';
import { InsightsModule } from '@chainq/insights';
import { InspectionModule } from '@chainq/inspection';
import { QualityModule } from '@chainq/quality';
import { RegistryModule } from '@chainq/registry';
import { StandardsModule } from '@chainq/standards';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { AuthGuard } from './auth/auth.guard';
import { RoleGateGuard } from './auth/role-gate.guard';
import { DomainErrorFilter, HttpErrorFilter } from './graphql/domain-error.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { loaderSources } from './graphql/loader-sources';
import { FilesController } from './files/files.controller';
import { SingleFileReceiver } from './files/single-file.receiver';
import { InspectionImportController } from './inspection/inspection-import.controller';
import { ExportsController } from './exports/exports.controller';
import { HealthController } from './health/health.controller';
import { QualityProfileResolver } from './credit/profile.resolver';
import { VerifyController } from './credit/verify.controller';
import { AuthResolver } from './identity/auth.resolver';
import { RefreshController } from './identity/refresh.controller';
import { SessionCookies } from './identity/session-cookies';
import { UserResolver } from './identity/user.resolver';
import { NotificationResolver } from './notifications/notification.resolver';
import { ChainMembershipResolver, IndustryChainResolver, QualificationResolver } from './registry/chain.resolver';
import { EnterpriseClaimResolver } from './registry/enterprise-claim.resolver';
import { CoordinatorAssignmentResolver, IndustryClusterResolver, PilotProgramResolver } from './registry/cluster.resolver';
import { EnterpriseResolver, MaturityAssessmentResolver } from './registry/enterprise.resolver';
import { AcknowledgementEventResolver, StandardAcknowledgementResolver, StandardDistributionResolver, StandardResolver, StandardRevisionResolver } from './standards/standards.resolver';
import { InspectionImportResolver } from './inspection/inspection-import.resolver';
import { InspectionResolver } from './inspection/inspection.resolver';
import { SamplingHistoryEntryResolver, SwitchingResolver } from './inspection/switching.resolver';
import { InsightsResolver } from './insights/insights.resolver';
import { ProgramOutcomesResolver } from './insights/outcomes.graphql';
import { ClusterMembersResolver } from './insights/cluster-members.graphql';
import { ProgramReportResolver } from './insights/report.graphql';
import { IssueLotsResolver, PassRatePolicyResolver } from './insights/policy.resolver';
import { DefectCodeResolver } from './quality/defect-code.resolver';
import { ActionEventResolver, CorrectiveActionResolver, QualityIssueResolver } from './quality/quality.resolver';
import { inputValidationPipe } from './validation.pipe';

/** The GraphQL API: thin resolvers over the domain libs. Needs CoreModule in the process. */
@Module({
  imports: [
    IdentityModule,
    NotificationsModule,
    RegistryModule,
    DocumentsModule,
    StandardsModule,
    QualityModule,
    InspectionModule,
    InsightsModule,
    CreditModule,
    TerminusModule,
    DiscoveryModule,
    QueueDashboardModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [IdentityModule, RegistryModule, DocumentsModule, StandardsModule, QualityModule],
      inject: [APP_CONFIG, ModuleRef],
      useFactory: (config: AppConfig, refs: ModuleRef) => graphqlOptions(config, loaderSources(refs)),
    }),
  ],
  controllers: [HealthController, FilesController, InspectionImportController, ExportsController, RefreshController, VerifyController],
  providers: [
    // In this order: who is calling, then whether the permission matrix lets that role call the operation.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RoleGateGuard },
    { provide: APP_PIPE, useValue: inputValidationPipe },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    { provide: APP_FILTER, useClass: HttpErrorFilter },
    SingleFileReceiver,
    AuthResolver,
    SessionCookies,
    UserResolver,
    NotificationResolver,
    EnterpriseResolver,
    MaturityAssessmentResolver,
    IndustryClusterResolver,
    PilotProgramResolver,
    CoordinatorAssignmentResolver,
    IndustryChainResolver,
    ChainMembershipResolver,
    QualificationResolver,
    EnterpriseClaimResolver,
    StandardResolver,
    StandardRevisionResolver,
    StandardDistributionResolver,
    StandardAcknowledgementResolver,
    AcknowledgementEventResolver,
    QualityIssueResolver,
    DefectCodeResolver,
    CorrectiveActionResolver,
    ActionEventResolver,
    InsightsResolver,
    ProgramOutcomesResolver,
    ClusterMembersResolver,
    ProgramReportResolver,
    PassRatePolicyResolver,
    IssueLotsResolver,
    InspectionResolver,
    SwitchingResolver,
    SamplingHistoryEntryResolver,
    InspectionImportResolver,
    QualityProfileResolver,
  ],
})
export class ApiModule {}
