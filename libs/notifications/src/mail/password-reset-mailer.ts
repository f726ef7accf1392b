import { Injectable } from '@nestjs/common';
import { AppConfig, InjectConfig } from '@chainq/core';
import { PasswordResetService } from '@chainq/identity';
import { MailService } from '../mail.service';
import { mailIn } from './mail-language';
import { PASSWORD_RESET_MAIL } from './password-reset.mail';

/** The password-reset e-mail job: sends the link while it is still usable, in the account's language, else nothing. */
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
    const { subject, text } = mailIn(PASSWORD_RESET_MAIL, reset.language, { displayName: reset.displayName, link, minutes });
    const { via } = await this.mail.send({ to: reset.to, subject, text });
    return { sent: true, via };
  }
}
