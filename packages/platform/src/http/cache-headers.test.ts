import { describe, expect, it } from 'vitest';
import { createHttpServer } from './create-http-server.js';
import { notFound } from './app-error.js';

async function app() {
  const server = await createHttpServer({ service: 'headers-test', log: { level: 'silent' } });
  server.get('/public', async (_request, reply) => {
    void reply.header('cache-control', 'public, max-age=60');
    return { ok: true };
  });
  server.get('/missing', async () => {
    throw notFound('nothing here');
  });
  return server;
}

describe('cache and framing headers', () => {
  it('send HSTS outside development only', async () => {
    const production = await (await app()).inject({ method: 'GET', url: '/public' });
    expect(production.headers['strict-transport-security']).toContain('max-age=');
    const local = await createHttpServer({
      service: 'headers-test',
      log: { level: 'silent' },
      development: true,
    });
    const answer = await local.inject({ method: 'GET', url: '/health/live' });
    expect(answer.headers['strict-transport-security']).toBeUndefined();
  });

  it('keep a public answer cacheable and forbid framing it', async () => {
    const answer = await (await app()).inject({ method: 'GET', url: '/public' });
    expect(answer.headers['cache-control']).toBe('public, max-age=60');
    expect(answer.headers['content-security-policy']).toBe("frame-ancestors 'none'");
  });

  it('send no-store on an answer to a request with credentials, whatever the route set', async () => {
    const answer = await (
      await app()
    ).inject({
      method: 'GET',
      url: '/public',
      headers: { authorization: 'Bearer some.token.value' },
    });
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('send no-store on every error: thrown, unknown route, bad method', async () => {
    const server = await app();
    for (const [method, url] of [
      ['GET', '/missing'],
      ['GET', '/nowhere'],
      ['DELETE', '/public'],
    ] as const) {
      const answer = await server.inject({ method, url });
      expect(answer.statusCode, `${method} ${url}`).toBeGreaterThanOrEqual(400);
      expect(answer.headers['cache-control'], `${method} ${url}`).toBe('no-store');
      expect(answer.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    }
  });
});
