import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DocumentsModule } from '@chainq/documents';
import { NotificationsModule } from '@chainq/notifications';
import { RegistryModule } from '@chainq/registry';
import { AcknowledgementService } from './acknowledgement.service';
import { DeadlineService } from './deadline.service';
import { AcknowledgementEvent, StandardAcknowledgement, StandardDistribution } from './distribution.entity';
import { DistributionService } from './distribution.service';
import { Standard, StandardRevision } from './standard.entity';
import { StandardService } from './standard.service';
import { StandardsAccess } from './standards-access';

const SERVICES = [AcknowledgementService, DeadlineService, DistributionService, StandardService, StandardsAccess];

/** Standards, their revisions, distribution along chains and clusters, and acknowledgement. */
@Module({
  imports: [
    DocumentsModule,
    NotificationsModule,
    RegistryModule,
    TypeOrmModule.forFeature([AcknowledgementEvent, Standard, StandardAcknowledgement, StandardDistribution, StandardRevision]),
  ],
  providers: SERVICES,
  exports: SERVICES,
})
export class StandardsModule {}
