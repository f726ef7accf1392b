import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { OutboxRelay, WorkerRunner } from '@chainq/core';
import { NotificationsModule } from '@chainq/notifications';
import { RegistryModule } from '@chainq/registry';
import { MaintenanceProcessor } from './maintenance/maintenance.processor';
import { NotificationProcessor } from './notifications/notification.processor';

/** Queue processors, the schedules and the outbox relay. Needs CoreModule in the process. */
@Module({
  imports: [DiscoveryModule, NotificationsModule, RegistryModule],
  providers: [WorkerRunner, OutboxRelay, NotificationProcessor, MaintenanceProcessor],
})
export class WorkerModule {}
