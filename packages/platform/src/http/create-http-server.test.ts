import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Type from 'typebox';
import { createHttpServer, type HttpApp } from './create-http-server.js';
import { notFound } from './app-error.js';

describe('the kit HTTP server', () => {
  let app: HttpApp;
  beforeAll(async () => {
    app = await createHttpServer({ service: 'demo', log: { level: 'silent' }, bodyLimit: 1024 });
    const Body = Type.Object(
      { name: Type.String({ minLength: 1 }), count: Type.Integer() },
      { additionalProperties: false },
    );
    app.post('/things', { schema: { body: Body } }, async (request) => ({ received: request.body }));
    app.get('/things/:id', async () => {
      throw notFound('No such thing.');
    });
    app.post('/nothing', async (request) => ({ body: request.body ?? null }));
    app.get('/whoami', async (request) => ({ context: request.context }));
    app.get('/boom', async () => {
      throw new Error('secret internals');
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const post = (payload: string, contentType = 'application/json') =>
    app.inject({ method: 'POST', url: '/things', payload, headers: { 'content-type': contentType } });

  it('accepts a valid body', async () => {
    const response = await post(JSON.stringify({ name: 'a', count: 1 }));
    expect(response.statusCode).toBe(200);
  });

  it('rejects unknown body fields with 400 naming the field, never dropping it', async () => {
    const response = await post(JSON.stringify({ name: 'a', count: 1, admin: true }));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'body.admin' }] });
  });

  it('names every invalid field, and does not coerce body types', async () => {
    const response = await post(JSON.stringify({ name: '', count: '3' }));
    const fields = response
      .json()
      .errors.map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['body.count', 'body.name']);
  });

  it('answers malformed JSON with 400', async () => {
    expect((await post('{"name":')).json()).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
  });

  it('treats an empty JSON body as no body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/nothing',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.json()).toEqual({ body: null });
  });

  it('keeps a long bearer token and the correlation id in the request context', async () => {
    const token = `Bearer ${'a'.repeat(900)}`;
    const response = await app.inject({
      method: 'GET',
      url: '/whoami',
      headers: { authorization: token, 'x-correlation-id': 'corr-1' },
    });
    expect(response.json().context).toMatchObject({ authorization: token, correlationId: 'corr-1' });
  });

  it('answers a body over the limit with 413 and a wrong content type with 415', async () => {
    expect((await post(JSON.stringify({ name: 'x'.repeat(2000), count: 1 }))).json().code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    const wrongType = await post('name=a', 'text/plain');
    expect(wrongType.statusCode).toBe(415);
    expect(wrongType.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an unknown route with 404 and a known path with another method with 405 and Allow', async () => {
    expect((await app.inject({ method: 'GET', url: '/nowhere' })).json().code).toBe('NOT_FOUND');
    const response = await app.inject({ method: 'DELETE', url: '/things/42' });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expect(response.json().code).toBe('METHOD_NOT_ALLOWED');
  });

  it("answers a path parameter longer than any id with 400, not the router's undeclared 414", async () => {
    const response = await app.inject({ method: 'GET', url: `/things/${'x'.repeat(500)}` });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('hides internals of a fault behind a 500 problem without a stack trace', async () => {
    const response = await app.inject({ method: 'GET', url: '/boom' });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('secret internals');
    expect(response.json().code).toBe('INTERNAL_ERROR');
  });

  it('sends security headers and echoes the request id', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'req-1' },
    });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toBe('req-1');
    expect(response.json()).toMatchObject({ status: 'ok', service: 'demo' });
    const unknown = await app.inject({ method: 'GET', url: '/no-such-route' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('counts requests per route in /metrics', async () => {
    await app.inject({ method: 'GET', url: '/things/1' });
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(/http_requests_total\{.*route="\/things\/:id".*status="404".*\} [1-9]/);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });
});
