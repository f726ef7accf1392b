import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { AppConfig, APP_CONFIG } from '@chainq/core';
import { IdentityModule, OrganisationService } from '@chainq/identity';
import { NotificationsModule } from '@chainq/notifications';
import { RegistryModule } from '@chainq/registry';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { AuthGuard } from './auth/auth.guard';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { graphqlOptions } from './graphql/graphql.options';
import { HealthController } from './health/health.controller';
import { AuthResolver } from './identity/auth.resolver';
import { UserResolver } from './identity/user.resolver';
import { NotificationResolver } from './notifications/notification.resolver';
import { inputValidationPipe } from './validation.pipe';

/** The GraphQL API: thin resolvers over the domain libs. Needs CoreModule in the process. */
@Module({
  imports: [
    IdentityModule,
    NotificationsModule,
    RegistryModule,
    TerminusModule,
    QueueDashboardModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [IdentityModule],
      inject: [APP_CONFIG, OrganisationService],
      useFactory: (config: AppConfig, organisations: OrganisationService) => graphqlOptions(config, organisations),
    }),
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_PIPE, useValue: inputValidationPipe },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    AuthResolver,
    UserResolver,
    NotificationResolver,
  ],
})
export class ApiModule {}
