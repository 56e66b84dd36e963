import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInRequestContext } from '../context/request-context.js';
import { createServiceClient } from './service-client.js';

describe('the service client', () => {
  let server: http.Server;
  let baseUrl: string;
  let failNext = 0;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === '/flaky' && failNext-- > 0) return void response.writeHead(503).end();
      if (request.url === '/slow') return void setTimeout(() => response.end(), 2_000);
      response.setHeader('content-type', 'application/json');
      setTimeout(
        () => response.end(JSON.stringify({ authorization: request.headers.authorization ?? null })),
        5,
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('sends each caller its own credentials, also for calls that waited in the queue', async () => {
    const client = createServiceClient({
      name: 'echo',
      baseUrls: [baseUrl],
      maxConcurrent: 1,
      maxQueued: 100,
    });
    const callers = Array.from({ length: 20 }, (_, i) => `Bearer user-${i}`);
    const answers = await Promise.all(
      callers.map((authorization, i) =>
        runInRequestContext({ requestId: `r${i}`, correlationId: `c${i}`, authorization }, () =>
          client.request({ method: 'GET', path: '/echo' }),
        ),
      ),
    );
    expect(answers.map((answer) => (answer.body as { authorization: string }).authorization)).toEqual(
      callers,
    );
    await client.close();
  });

  it('retries an idempotent call that met a fault, and answers 503 fast once the time is up', async () => {
    const client = createServiceClient({ name: 'flaky', baseUrls: [baseUrl], timeoutMs: 200, retries: 2 });
    failNext = 1;
    expect((await client.request({ method: 'GET', path: '/flaky' })).status).toBe(200);
    await expect(client.request({ method: 'GET', path: '/slow' })).rejects.toMatchObject({
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
    });
    await client.close();
  });

  it('says in its 503 which failure it met: an error answer, no answer in time, or no connection', async () => {
    const failing = createServiceClient({ name: 'flaky', baseUrls: [baseUrl], timeoutMs: 200, retries: 0 });
    failNext = 1;
    await expect(failing.request({ method: 'GET', path: '/flaky' })).rejects.toMatchObject({
      detail: 'flaky failed (it answered 503).',
    });
    await expect(failing.request({ method: 'GET', path: '/slow' })).rejects.toMatchObject({
      detail: 'flaky did not answer in time.',
    });
    const gone = createServiceClient({ name: 'gone', baseUrls: ['http://127.0.0.1:9'], retries: 0 });
    await expect(gone.request({ method: 'GET', path: '/echo' })).rejects.toMatchObject({
      detail: 'gone could not be reached.',
    });
    await Promise.all([failing.close(), gone.close()]);
  });

  it('goes round-robin over replicas and skips one that is down', async () => {
    const client = createServiceClient({
      name: 'pair',
      baseUrls: ['http://127.0.0.1:9', baseUrl],
      retries: 3,
      breakerThreshold: 1,
    });
    for (let i = 0; i < 4; i++)
      expect((await client.request({ method: 'GET', path: '/echo' })).status).toBe(200);
    expect(Object.values(client.breakerStates())).toContain('open');
    await client.close();
  });
});
