import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Type from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineRoute, problemResponses } from '@bazaar/contracts/routes';
import { createServiceClient, type ServiceClient } from './service-client.js';
import { UpstreamResponseError } from './upstream-response-error.js';

const getThing = defineRoute({
  method: 'GET',
  path: '/things/:id',
  summary: 'One thing',
  params: Type.Object({ id: Type.String() }),
  query: Type.Object({ answer: Type.String() }),
  responses: {
    200: Type.Object({ id: Type.String(), count: Type.Integer({ minimum: 0 }) }),
    ...problemResponses(404),
  },
});

describe('the typed client', () => {
  let server: http.Server;
  let client: ServiceClient;
  const seen: string[] = [];
  // the server answers what the query names, so each test says what the dependency answers
  const answers: Record<string, [number, unknown]> = {
    good: [200, { id: 'a/b', count: 3 }],
    'wrong-type': [200, { id: 'a/b', count: 'three' }],
    missing: [200, { id: 'a/b' }],
    teapot: [418, { id: 'a/b', count: 3 }],
    'not-found': [404, { type: 'about:blank', title: 'Not found', status: 404, code: 'NOT_FOUND' }],
    'bad-problem': [404, { message: 'no' }],
  };

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      seen.push(request.url ?? '');
      const url = new URL(request.url ?? '/', 'http://localhost');
      const [status, body] = answers[url.searchParams.get('answer') ?? ''] ?? [500, null];
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    client = createServiceClient({ name: 'things', baseUrls: [baseUrl] });
  });
  afterAll(async () => {
    await client.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const call = (answer: string) => client.call(getThing, { params: { id: 'a/b' }, query: { answer } });

  it('builds the path from the declaration, encoding each parameter, and returns a declared answer', async () => {
    const answer = await call('good');
    expect(seen.at(-1)).toBe('/things/a%2Fb?answer=good');
    expect(answer.status).toBe(200);
    if (answer.status === 200) expect(answer.body.count).toBe(3);
  });

  it('returns a declared problem answer as a value', async () => {
    expect(await call('not-found')).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
  });

  it.each([
    ['a body of the wrong type', 'wrong-type', '/count'],
    ['a body without a required field', 'missing', 'count'],
    ['a status the route does not declare', 'teapot', 'status 418 is not declared'],
    ['a problem answer that is not a problem document', 'bad-problem', 'code'],
  ])('refuses %s: a 502 fault naming what is wrong, never a cast', async (_case, answer, named) => {
    const refusal = await call(answer).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UpstreamResponseError);
    expect(refusal).toMatchObject({ status: 502, code: 'BAD_UPSTREAM_RESPONSE', service: 'things' });
    expect((refusal as UpstreamResponseError).problems.join('\n')).toContain(named);
  });
});
