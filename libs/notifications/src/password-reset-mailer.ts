import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@chainq/core';
import { PasswordResetService } from '@chainq/identity';
import { MailService } from './mail.service';

/** The password-reset e-mail job: sends the link while it is still usable, else nothing. */
@Injectable()
export class PasswordResetMailer {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly mail: MailService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  async send(resetTokenId: string): Promise<{ sent: boolean; via?: string }> {
    const reset = await this.resets.mailFor(resetTokenId);
    if (!reset) return { sent: false };
    const link = `${this.config.http.publicUrl}/reset-password?token=${encodeURIComponent(reset.token)}`;
    const minutes = Math.max(1, Math.round((reset.expiresAt.getTime() - Date.now()) / 60_000));
    const { via } = await this.mail.send({
      to: reset.to,
      subject: 'Reset your ChainQ password',
      text: [
        `Hello ${reset.displayName},`,
        `Someone (we hope you) asked to reset the password of your ChainQ account. Open this link within ${minutes} minutes to choose a new one:`,
        link,
        'The link works once. Setting a new password signs you out everywhere. If you did not ask for this, ignore this e-mail: your password stays as it is.',
      ].join('\n\n'),
    });
    return { sent: true, via };
  }
}
