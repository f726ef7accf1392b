import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  raw: string;
  /** The Subject header, decoded (RFC 2047 encoded-words: non-ASCII subjects arrive so). */
  subject: string;
  /** The body as text: quoted-printable or base64 undone (nodemailer picks base64 for mostly non-ASCII text). */
  text: string;
}

/** A real SMTP server on loopback that keeps what it receives (tests only; mail is what leaves the process). */
export class SmtpInbox {
  private constructor(
    private readonly server: SMTPServer,
    readonly mails: ReceivedMail[],
  ) {}

  static async start(): Promise<SmtpInbox> {
    const mails: ReceivedMail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          // Kept before the server answers, so a finished send is already here.
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw, ...decodeMail(raw) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new SmtpInbox(server, mails);
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  to(address: string, pattern?: RegExp): ReceivedMail[] {
    return this.mails.filter((m) => m.to === address && (!pattern || pattern.test(m.text)));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A single-part text mail's subject and body. */
function decodeMail(raw: string): { subject: string; text: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ');
  const body = raw.slice(split).trim();
  const header = (name: string) => head.match(new RegExp(`^${name}: *(.*)$`, 'im'))?.[1] ?? '';
  const subject = header('Subject')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, encoding: string, data: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : decodeQuotedPrintable(body);
  return { subject, text };
}

/** Quoted-printable bodies are ASCII: undo soft breaks, then read the escaped bytes as UTF-8. */
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
