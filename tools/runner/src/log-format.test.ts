import { describe, expect, it } from 'vitest';
import { formatLogLine, parseLogRecord } from './log-format.js';

const time = new Date(2025, 0, 2, 9, 5, 7).getTime();
const pino = (fields: Record<string, unknown>) =>
  JSON.stringify({ level: 30, time, pid: 42, hostname: 'box', service: 'catalog', msg: 'hello', ...fields });
const pretty = { pretty: true, color: false };

describe('formatLogLine', () => {
  it('turns a pino line into "HH:MM:SS LEVEL msg key=value", without pid, hostname or service', () => {
    const line = pino({ port: 7102, route: '/products', ok: true });
    expect(formatLogLine(line, pretty)).toEqual(['09:05:07 INFO  hello port=7102 route=/products ok=true']);
  });

  it.each([
    [10, 'TRACE'],
    [20, 'DEBUG'],
    [40, 'WARN '],
    [50, 'ERROR'],
    [60, 'FATAL'],
    [35, 'L35  '],
  ])('names level %i as %s', (level, label) => {
    expect(formatLogLine(pino({ level }), pretty)).toEqual([`09:05:07 ${label} hello`]);
  });

  it('quotes strings with spaces and writes objects as JSON', () => {
    const line = pino({ reason: 'out of stock', req: { method: 'GET', url: '/x' } });
    expect(formatLogLine(line, pretty)).toEqual([
      '09:05:07 INFO  hello reason="out of stock" req={"method":"GET","url":"/x"}',
    ]);
  });

  it('shows an error by its message and prints its stack underneath', () => {
    const err = { type: 'Error', message: 'boom', stack: 'Error: boom\n    at run (a.js:1:2)' };
    expect(formatLogLine(pino({ level: 50, msg: 'failed', err }), pretty)).toEqual([
      '09:05:07 ERROR failed err="boom"',
      '    Error: boom',
      '    at run (a.js:1:2)',
    ]);
  });

  it('keeps lines that are not pino JSON exactly as they are', () => {
    for (const line of [
      'Admin password: x7!Qz — shown once',
      '{not json',
      '{"msg":"no level"}',
      '[1,2]',
      '',
    ]) {
      expect(formatLogLine(line, pretty)).toEqual([line]);
    }
  });

  it('passes JSON through unchanged when not pretty (output is not a terminal)', () => {
    const line = pino({ port: 1 });
    expect(formatLogLine(line, { pretty: false, color: false })).toEqual([line]);
  });

  it('colours the level and the keys when asked', () => {
    const [line] = formatLogLine(pino({ level: 50, a: 1 }), { pretty: true, color: true });
    expect(line).toBe('09:05:07 \u001b[31mERROR\u001b[0m hello \u001b[2ma=\u001b[0m1');
  });
});

describe('parseLogRecord', () => {
  it('accepts a JSON object with a numeric level and nothing else', () => {
    expect(parseLogRecord('{"level":30,"msg":"x"}')).toEqual({ level: 30, msg: 'x' });
    expect(parseLogRecord('{"level":"info"}')).toBeNull();
    expect(parseLogRecord('null')).toBeNull();
  });
});
