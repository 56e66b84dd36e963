import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Type from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventStreamAnswer, EventStreamHeaders, eventStreamType } from '@bazaar/contracts';
import { defineRoute, problemResponses } from '@bazaar/contracts/routes';
import { createServiceClient, type ServiceClient } from './service-client.js';
import { UpstreamResponseError } from './upstream-response-error.js';

const followThing = defineRoute({
  method: 'GET',
  path: '/things/:id/events',
  summary: 'A thing’s changes',
  params: Type.Object({ id: Type.String() }),
  headers: EventStreamHeaders,
  produces: eventStreamType,
  responses: { 200: eventStreamAnswer('one event per change'), ...problemResponses(404) },
});

const notFound = { type: 'about:blank', title: 'Not found', status: 404, code: 'NOT_FOUND' };

describe('the client’s live streams', () => {
  let server: http.Server;
  let client: ServiceClient;
  const seen: Array<{ url?: string; lastEventId?: string | string[] }> = [];

  beforeAll(async () => {
    // the id says what the dependency answers: events, a declared refusal, or something else
    server = http.createServer((request, response) => {
      seen.push({ url: request.url, lastEventId: request.headers['last-event-id'] });
      const id = decodeURIComponent(request.url?.split('/')[2] ?? '');
      if (id === 'missing') return void response.writeHead(404).end(JSON.stringify(notFound));
      if (id === 'teapot') return void response.writeHead(418).end(JSON.stringify(notFound));
      if (id === 'json') return void response.writeHead(200).end('{}');
      response.writeHead(200, { 'content-type': 'text/event-stream' }).end('id: 1\ndata: {}\n\n');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    client = createServiceClient({ name: 'things', baseUrls: [baseUrl] });
  });
  afterAll(async () => {
    await client.close();
    await new Promise((resolve) => server.close(resolve));
  });

  const open = (id: string, headers: Record<string, string> = {}) =>
    client.stream(followThing, { params: { id }, headers, signal: new AbortController().signal });

  it('opens the declared path with its params encoded, and streams the events', async () => {
    const answer = await open('a/b', { 'last-event-id': '4' });
    expect(answer.kind).toBe('events');
    if (answer.kind !== 'events') return;
    expect((await answer.body.setEncoding('utf8').toArray()).join('')).toBe('id: 1\ndata: {}\n\n');
    expect(seen.at(-1)).toEqual({ url: '/things/a%2Fb/events', lastEventId: '4' });
  });

  it('gives back a refusal the route declares, read and checked', async () => {
    expect(await open('missing')).toMatchObject({ kind: 'refused', status: 404, body: notFound });
  });

  it.each([
    ['an undeclared status', 'teapot', 'status 418 is not declared'],
    ['a 200 that is not an event stream', 'json', '200 is not text/event-stream'],
  ])('refuses %s as a bad upstream answer (502)', async (_case, id, problem) => {
    const refusal = await open(id).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UpstreamResponseError);
    expect((refusal as UpstreamResponseError).problems).toContain(problem);
  });
});
