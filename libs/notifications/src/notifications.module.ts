import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@chainq/identity';
import { Notification } from './notification.entity';
import { MailService } from './mail.service';
import { NotificationService } from './notification.service';
import { OrganisationNotifier } from './organisation-notifier';
import { PasswordResetMailer } from './mail/password-reset-mailer';

@Module({
  imports: [IdentityModule, TypeOrmModule.forFeature([Notification])],
  providers: [MailService, NotificationService, OrganisationNotifier, PasswordResetMailer],
  exports: [MailService, NotificationService, OrganisationNotifier, PasswordResetMailer],
})
export class NotificationsModule {}
