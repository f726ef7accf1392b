import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './notification.entity';
import { MailService } from './mail.service';
import { NotificationService } from './notification.service';
import { OrganisationNotifier } from './organisation-notifier';

@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  providers: [MailService, NotificationService, OrganisationNotifier],
  exports: [MailService, NotificationService, OrganisationNotifier],
})
export class NotificationsModule {}
