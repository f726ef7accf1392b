import { Writable } from 'node:stream';
import pretty from 'pino-pretty';

export type LogFormat = 'json' | 'pretty';

/**
 * JSON for machines (CI, containers, log shippers); readable lines for a
 * person at a terminal. LOG_FORMAT decides when set.
 */
export function logFormat(setting: LogFormat | undefined, stdoutIsTerminal: boolean): LogFormat {
  return setting ?? (stdoutIsTerminal ? 'pretty' : 'json');
}

/**
 * `[12:04:05.120] INFO: (Worker) job done {"jobName":…}`: time, level, context and
 * message first, the other fields after. Synchronous, so the last lines
 * before exit are not lost and the start-up banner stays below the logs.
 */
export function prettyLogStream(destination: Writable | number = 1, colour = true): Writable {
  return pretty({
    destination,
    sync: true,
    colorize: colour,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,context',
    messageFormat: '{if context}({context}) {end}{msg}',
    singleLine: true,
  }) as unknown as Writable;
}
