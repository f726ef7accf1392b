import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import pino from 'pino';
import { AppLogger } from './app-logger';

/** An AppLogger at `level` whose lines are kept, parsed. */
function recorded(level = 'info') {
  const lines: Record<string, any>[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  return { logger: new AppLogger(pino({ level }, sink)), lines };
}

describe('AppLogger (Nest over pino)', () => {
  it("writes a Nest logger's context, message and level", () => {
    const { logger, lines } = recorded();
    logger.log('job done', 'Worker');
    logger.warn({ jobName: 'rollups', ms: 12 }, 'slow job', 'Worker');
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, context: 'Worker', msg: 'job done' }),
      expect.objectContaining({ level: 40, context: 'Worker', jobName: 'rollups', ms: 12, msg: 'slow job' }),
    ]);
  });

  it("keeps an error's message and stack, also from Nest's error(message, stack, context)", () => {
    const { logger, lines } = recorded();
    logger.error(new Error('disk full'), 'Files');
    const thrown = new Error('connection refused');
    logger.error('Unhandled failure', thrown.stack, 'ExceptionHandler');
    expect(lines[0]).toMatchObject({ level: 50, context: 'Files', msg: 'disk full', err: { message: 'disk full', type: 'Error' } });
    expect(lines[1]).toMatchObject({ level: 50, context: 'ExceptionHandler', err: { message: 'Unhandled failure', stack: thrown.stack } });
  });

  it('writes nothing below its level, through Nest’s Logger too', () => {
    const { logger, lines } = recorded('warn');
    Logger.overrideLogger(logger);
    new Logger('Rollups').log('refreshed');
    new Logger('Rollups').debug('details');
    new Logger('Rollups').warn('stalled');
    Logger.overrideLogger(false);
    expect(lines.map((l) => [l.context, l.msg])).toEqual([['Rollups', 'stalled']]);
  });
});
