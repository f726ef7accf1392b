import { Writable } from 'node:stream';
import pino from 'pino';
import { logFormat, prettyLogStream } from './log-format';

describe('logFormat', () => {
  it('writes JSON when stdout is not a terminal (CI, containers), readable lines when it is', () => {
    expect(logFormat(undefined, false)).toBe('json');
    expect(logFormat(undefined, true)).toBe('pretty');
  });

  it('follows LOG_FORMAT whatever stdout is', () => {
    expect(logFormat('json', true)).toBe('json');
    expect(logFormat('pretty', false)).toBe('pretty');
  });
});

describe('prettyLogStream', () => {
  it('puts time, level, context and message first on one line, the other fields after', async () => {
    let out = '';
    const sink = new Writable({
      write(chunk, _encoding, done) {
        out += String(chunk);
        done();
      },
    });
    const logger = pino({ base: { pid: 1, hostname: 'h' } }, prettyLogStream(sink, false));
    logger.info({ context: 'Worker', jobName: 'rollups.recompute', ms: 12 }, 'job done');
    logger.error({ context: 'Shutdown' }, 'shutdown step failed');
    await new Promise((r) => setImmediate(r));
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] INFO: \(Worker\) job done \{"jobName":"rollups\.recompute","ms":12\}$/);
    expect(lines[1]).toMatch(/^\[\d{2}:\d{2}:\d{2}\.\d{3}\] ERROR: \(Shutdown\) shutdown step failed$/);
    expect(out).not.toMatch(/"level"|"pid"|hostname/);
  });
});
