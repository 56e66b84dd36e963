import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../logging/create-logger.js';
import { createHttpServer, type HttpApp } from './create-http-server.js';

describe('the request log', () => {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  let app: HttpApp;

  beforeAll(async () => {
    const logger = pino(loggerOptions({ service: 'demo', level: 'info', format: 'json' }), sink);
    app = await createHttpServer({ service: 'demo', logger });
    app.post('/things', async (request) => ({ got: request.body }));
    app.get('/broken', async () => {
      throw new Error('boom');
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it('writes one line per request with service, ids, route and status, and no secrets', async () => {
    lines.length = 0;
    await app.inject({
      method: 'POST',
      url: '/things',
      headers: {
        authorization: 'Bearer secret-token',
        'x-correlation-id': 'corr-7',
        'x-request-id': 'req-7',
      },
      payload: { password: 'hunter2', cardNumber: '4242424242424242' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      service: 'demo',
      reqId: 'req-7',
      correlationId: 'corr-7',
      route: '/things',
      res: { statusCode: 200 },
      msg: 'request completed',
    });
    expect(JSON.stringify(lines)).not.toMatch(/secret-token|hunter2|4242424242424242/);
  });

  it('logs a failed request as an error, and health checks not at all', async () => {
    lines.length = 0;
    await app.inject({ method: 'GET', url: '/broken' });
    await app.inject({ method: 'GET', url: '/health/live' });
    const answered = lines.filter((line) => line.route !== undefined);
    expect(answered).toEqual([
      expect.objectContaining({ route: '/broken', level: 50, msg: 'request completed' }),
    ]);
  });
});
