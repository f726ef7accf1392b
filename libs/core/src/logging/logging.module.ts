import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Options } from 'pino-http';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { logFormat, prettyLogStream } from './log-format';

/** Set on the request by the auth guard, so each request log names its actor. */
export interface RequestWithActor extends IncomingMessage {
  actorId?: string;
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        const options: Options = {
          level: config.logLevel,
          genReqId: (req, res) => {
            const incoming = req.headers['x-request-id'];
            const id = typeof incoming === 'string' && incoming.length <= 128 ? incoming : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          customProps: (req) => ({ actor: (req as RequestWithActor).actorId }),
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
        };
        const terminal = process.stdout.isTTY === true;
        const pretty = logFormat(config.logFormat, terminal) === 'pretty';
        // Colours only for a terminal; LOG_FORMAT=pretty into a file stays plain text.
        return { pinoHttp: pretty ? [options, prettyLogStream(1, terminal)] : options };
      },
    }),
  ],
})
export class LoggingModule {}
