import { Language } from '@chainq/identity';
import { MailTemplates } from './mail-language';

export interface PasswordResetMailParams {
  displayName: string;
  link: string;
  minutes: number;
}

export const PASSWORD_RESET_MAIL: MailTemplates<PasswordResetMailParams> = {
  [Language.ZH_CN]: ({ displayName, link, minutes }) => ({
    subject: '重置您的 ChainQ 密码',
    text: [
      `${displayName}，您好：`,
      `有人（希望是您本人）申请重置您的 ChainQ 账户密码。请在 ${minutes} 分钟内打开下面的链接设置新密码：`,
      link,
      '该链接只能使用一次。设置新密码后，您在所有设备上都会退出登录。如果不是您本人申请，请忽略本邮件，您的密码不会改变。',
    ].join('\n\n'),
  }),
  [Language.EN]: ({ displayName, link, minutes }) => ({
    subject: 'Reset your ChainQ password',
    text: [
      `Hello ${displayName},`,
      `Someone (we hope you) asked to reset the password of your ChainQ account. Open this link within ${minutes} minutes to choose a new one:`,
      link,
      'The link works once. Setting a new password signs you out everywhere. If you did not ask for this, ignore this e-mail: your password stays as it is.',
    ].join('\n\n'),
  }),
};
