import { Writable } from 'node:stream';
import fc from 'fast-check';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './create-logger.js';
import { censor, redactSecrets, secretHeaders, secretKeys } from './redact-secrets.js';

const secretValue = 'S3CRET-VALUE';

/** A logger writing into an array of raw lines, as the process logger is configured. */
function capturingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino(loggerOptions({ service: 'demo', level: 'info', format: 'json' }), sink), lines };
}

// objects up to three levels deep whose keys are drawn from secret and ordinary names
const keyName = fc.constantFrom(...secretKeys, ...secretHeaders, 'headers', 'user', 'body', 'id', 'items');
const leaf = fc.oneof(fc.constant(secretValue), fc.integer(), fc.boolean());
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.dictionary(keyName, tie('tree'), { maxKeys: 4 }),
    fc.array(tie('tree'), { maxLength: 3 }),
  ),
}));

describe('secrets in log lines', () => {
  it('replaces secret keys at the first three levels and secret headers in any headers object', () => {
    const fields = {
      password: 'a',
      user: { token: 'b', name: 'Ann', card: { cvc: 'c', last4: '4242' } },
      req: { headers: { Authorization: 'Bearer d', accept: 'json' } },
      headers: { cookie: 'e' },
      res: { headers: { 'set-cookie': 'f' } },
      list: [{ accessToken: 'g' }],
      deep: { a: { b: { password: 'four levels down is not a log field' } } },
    };
    expect(redactSecrets(fields)).toEqual({
      password: censor,
      user: { token: censor, name: 'Ann', card: { cvc: censor, last4: '4242' } },
      req: { headers: { Authorization: censor, accept: 'json' } },
      headers: { cookie: censor },
      res: { headers: { 'set-cookie': censor } },
      list: [{ accessToken: censor }],
      deep: { a: { b: { password: 'four levels down is not a log field' } } },
    });
  });

  it('censors every secret, never changes what it is given, and returns a line without secrets as it is', () => {
    fc.assert(
      fc.property(fc.dictionary(keyName, tree, { maxKeys: 5 }), (fields) => {
        const before = structuredClone(fields);
        const result = redactSecrets(fields);
        expect(fields).toEqual(before);
        expect(uncensored(result)).toEqual([]);
        if (uncensored(fields).length === 0) expect(result).toBe(fields);
      }),
    );
  });

  it('leaves no secret value in a logged line within three levels', () => {
    const { logger, lines } = capturingLogger();
    fc.assert(
      fc.property(fc.dictionary(keyName, tree, { maxKeys: 5 }), (fields) => {
        lines.length = 0;
        logger.info(fields, 'line');
        const line = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
        expect(uncensored(line)).toEqual([]);
      }),
    );
  });

  it('redacts an error’s own fields, keeping its message and stack', () => {
    const { logger, lines } = capturingLogger();
    const failure = Object.assign(new Error('charge failed'), { token: secretValue });
    logger.error({ err: failure, request: { headers: { authorization: secretValue } } }, 'failed');
    const line = JSON.parse(lines[0] ?? '{}') as { err: Record<string, unknown> };
    expect(lines[0]).not.toContain(secretValue);
    expect(line.err).toMatchObject({ type: 'Error', message: 'charge failed', token: censor });
    expect(String(line.err.stack)).toContain('charge failed');
  });
});

/** The paths, within the first three levels of a line, of secret keys (and secret headers) not censored. */
function uncensored(value: object, level = 1, inHeaders = false, path = ''): string[] {
  return Object.entries(value).flatMap(([key, item]: [string, unknown]) => {
    const here = `${path}.${key}`;
    if (secretKeys.has(key) || (inHeaders && secretHeaders.has(key.toLowerCase())))
      return item === censor ? [] : [here];
    if (level >= 3 || typeof item !== 'object' || item === null) return [];
    return uncensored(item, level + 1, key === 'headers' && !Array.isArray(item), here);
  });
}
