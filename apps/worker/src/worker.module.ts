import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OutboxRelay, WorkerHeartbeat, WorkerRunner } from '@chainq/core';
import { NotificationsModule } from '@chainq/notifications';
import { DocumentsModule } from '@chainq/documents';
import { IdentityModule } from '@chainq/identity';
import { InsightsModule } from '@chainq/insights';
import { InspectionModule } from '@chainq/inspection';
import { QualityModule } from '@chainq/quality';
import { RegistryModule } from '@chainq/registry';
import { StandardsModule } from '@chainq/standards';
import { InsightsProcessor } from './insights/insights.processor';
import { ImportProcessor } from './inspection/import.processor';
import { RollupProcessor } from './inspection/rollup.processor';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { NotificationProcessor } from './notifications/notification.processor';
import { QualityProcessor } from './quality/quality.processor';
import { StandardsProcessor } from './standards/standards.processor';

/** Queue processors, the schedules and the outbox relay. Needs CoreModule in the process. */
@Module({
  imports: [DiscoveryModule, DocumentsModule, IdentityModule, InsightsModule, InspectionModule, NotificationsModule, QualityModule, RegistryModule, StandardsModule],
  providers: [WorkerRunner, WorkerHeartbeat, OutboxRelay, NotificationProcessor, MaintenanceProcessor, StandardsProcessor, QualityProcessor, RollupProcessor, ImportProcessor, InsightsProcessor],
})
export class WorkerModule {}
