export * from './notification.entity';
export * from './notification.service';
export * from './notifications.module';
export * from './mail.service';
export * from './organisation-notifier';
export * from './mail/password-reset-mailer';
export * from './notification-texts';
export * from './mail/mail-language';
// Declared in core (identity sends WELCOME and notifications depends on identity); this lib is their home for every other caller.
export { NOTIFICATION_PARAM_KEYS, NotificationKind, NotificationSubject } from '@chainq/core';
export type { AnyNotificationContent, NotificationLink, NotificationParams } from '@chainq/core';
