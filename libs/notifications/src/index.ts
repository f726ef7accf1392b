export * from './notification.entity';
export * from './notification.service';
export * from './notifications.module';
export * from './mail.service';
export * from './organisation-notifier';
export * from './password-reset-mailer';
