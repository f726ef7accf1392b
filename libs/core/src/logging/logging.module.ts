import { randomUUID } from 'node:crypto';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Global, Module } from '@nestjs/common';
import pino, { Logger, stdSerializers } from 'pino';
import { HttpLogger, pinoHttp } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { AppLogger } from './app-logger';
import { logFormat, prettyLogStream } from './log-format';

/** Set on the request by the auth guard, so each request log names its actor. */
export interface RequestWithActor extends IncomingMessage {
  actorId?: string;
}

/** The HTTP request logger (pino-http) a web process mounts: `app.use(app.get(RequestLogger))`. */
export abstract class RequestLogger {
  abstract readonly middleware: HttpLogger;
}

/** One pino logger per process, JSON or readable lines (log-format.ts), at LOG_LEVEL. */
function rootLogger(config: AppConfig): Logger {
  const terminal = process.stdout.isTTY === true;
  const options = { level: config.logLevel, serializers: { err: stdSerializers.err } };
  // Colours only for a terminal; LOG_FORMAT=pretty into a file stays plain text.
  return logFormat(config.logFormat, terminal) === 'pretty' ? pino(options, prettyLogStream(1, terminal)) : pino(options);
}

/**
 * Each request's line: its id (the client's X-Request-Id, else a new one,
 * echoed back), method, URL, status, time and actor. `req.log` carries the id
 * for what the request itself logs (the GraphQL error log). Requests are not
 * tracked through AsyncLocalStorage: on Node 20 that puts a hook on every
 * promise, which cost about a third of the CPU of a list query with nested
 * field resolvers (the README's GraphQL benchmark).
 */
function requestLogger(logger: Logger, config: AppConfig): HttpLogger {
  const infoOn = pino.levels.values[config.logLevel] <= pino.levels.values.info;
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && incoming.length <= 128 ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    // The actor is known once the request has been authenticated, so only the finished request's line names it.
    customProps: (req) => ((req as RequestWithActor).actorId ? { actor: (req as RequestWithActor).actorId } : undefined) as object,
    // A failed request is an error; a finished one is an info line, skipped before it is built when info is off.
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : infoOn ? 'info' : 'silent'),
    // Every request's logger binds its request, serialised when the logger is made, whatever the level:
    // the line, not the headers (which would need credentials redacted) and not the body.
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id?: string }) => ({ id: req.id, method: req.method, url: req.url, remoteAddress: req.socket?.remoteAddress }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
      err: stdSerializers.err,
    },
    autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
  });
}

@Global()
@Module({
  providers: [
    { provide: AppLogger, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new AppLogger(rootLogger(config)) },
    { provide: RequestLogger, inject: [AppLogger, APP_CONFIG], useFactory: (logger: AppLogger, config: AppConfig): RequestLogger => ({ middleware: requestLogger(logger.pino, config) }) },
  ],
  exports: [AppLogger, RequestLogger],
})
export class LoggingModule {}
