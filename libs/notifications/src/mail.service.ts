import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig, InjectConfig } from '@chainq/core';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** SMTP when SMTP_URL is set; otherwise the message is written to the log (development). */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;

  constructor(@InjectConfig() private readonly config: AppConfig) {
    if (config.mail.smtpUrl) this.transport = createTransport(config.mail.smtpUrl);
  }

  get enabled(): boolean {
    return Boolean(this.transport);
  }

  async send(mail: OutgoingMail): Promise<{ via: 'smtp' | 'log' }> {
    if (!this.transport) {
      this.logger.log({ to: mail.to, subject: mail.subject, text: mail.text }, 'e-mail not sent (SMTP_URL unset)');
      return { via: 'log' };
    }
    await this.transport.sendMail({ from: this.config.mail.from, ...mail });
    return { via: 'smtp' };
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
