import { LoggerService } from '@nestjs/common';
import type { Level, Logger } from 'pino';

/**
 * Nest's logger contract over one pino logger. Nest appends a logger's
 * context (`new Logger('Worker')`) as the last optional parameter; an object
 * first is the line's fields, an Error its `err`; `error(message, stack)`
 * from Nest's own exception handler becomes an `err` with that stack.
 */
export class AppLogger implements LoggerService {
  constructor(readonly pino: Logger) {}

  verbose(message: unknown, ...optional: unknown[]): void {
    this.write('trace', message, optional);
  }
  debug(message: unknown, ...optional: unknown[]): void {
    this.write('debug', message, optional);
  }
  log(message: unknown, ...optional: unknown[]): void {
    this.write('info', message, optional);
  }
  warn(message: unknown, ...optional: unknown[]): void {
    this.write('warn', message, optional);
  }
  error(message: unknown, ...optional: unknown[]): void {
    this.write('error', message, optional);
  }
  fatal(message: unknown, ...optional: unknown[]): void {
    this.write('fatal', message, optional);
  }

  private write(level: Level, message: unknown, optional: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = {};
    const params = optional.length ? optional.slice(0, -1) : [];
    if (optional.length) fields.context = optional.at(-1);
    if (message instanceof Error) {
      fields.err = message;
      this.pino[level](fields, message.message, ...params);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level](Object.assign(fields, message), ...(params as [string?]));
    } else if (level === 'error' && params.length === 1 && typeof params[0] === 'string' && params[0].includes('\n    at ')) {
      const err = new Error(String(message));
      err.stack = params[0];
      this.pino[level]({ ...fields, err });
    } else {
      this.pino[level](fields, String(message), ...params);
    }
  }
}
