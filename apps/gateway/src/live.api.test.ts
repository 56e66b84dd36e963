import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type HttpApp } from '@bazaar/platform';
import {
  createTestTokenIssuer,
  openTestEventStream,
  waitUntil,
  type ReceivedStreamEvent,
  type TestTokenIssuer,
} from '@bazaar/platform/testing';
import { configSchema } from './config.js';
import { createUpstreams } from './upstreams.js';
import { buildApp } from './app.js';
import { startStubLiveStreams, type StubLiveStreams } from './testing/stub-live-streams.js';
import { urlOf } from './testing/stub-services.js';

const statusOf = (event: ReceivedStreamEvent | 'end') =>
  event === 'end' ? 'end' : `${event.id}:${(event.data as { status: string }).status}`;

describe('gateway live streams', () => {
  let stub: StubLiveStreams;
  let gateway: HttpApp;
  let tokens: TestTokenIssuer;
  let baseUrl: string;
  let ann: Record<string, string>;

  beforeAll(async () => {
    [stub, tokens] = await Promise.all([startStubLiveStreams(), createTestTokenIssuer()]);
    const nowhere = 'http://127.0.0.1:9';
    const config = loadConfig(configSchema, {
      ...Object.fromEntries(
        ['IDENTITY', 'CATALOG', 'INVENTORY', 'PAYMENTS', 'CART', 'SHIPPING', 'RECOMMENDATIONS', 'SEARCH'].map(
          (name) => [`${name}_URL`, nowhere],
        ),
      ),
      ORDERS_URL: urlOf(stub.app),
      NOTIFICATIONS_URL: urlOf(stub.app),
      LOG_LEVEL: 'silent',
    });
    gateway = await buildApp({ config, upstreams: createUpstreams(config), verifyToken: tokens.verifier });
    baseUrl = await gateway.listen({ port: 0, host: '127.0.0.1' });
    ann = { authorization: `Bearer ${await tokens.sign({ sub: 'usr_ann', role: 'customer' })}` };
  });
  afterAll(async () => {
    const closing = gateway.close();
    // fetch() keeps spare connections open that never carry a request: nothing to drain on them
    gateway.server.closeAllConnections();
    await closing;
    await stub.app.close();
  });

  const open = (orderId: string, headers: Record<string, string>) =>
    openTestEventStream(`${baseUrl}/api/orders/${orderId}/events`, headers);

  it('answers 401 without a valid token, before asking orders', async () => {
    const before = stub.requests.length;
    const anonymous = await open('ord_mine', {});
    const forged = await open('ord_mine', { authorization: 'Bearer not-a-token' });
    expect([anonymous.status, forged.status]).toEqual([401, 401]);
    expect(stub.requests.length).toBe(before);
  });

  it('relays orders’ 404 for someone else’s order as the problem it is', async () => {
    const other = await open('ord_someone_elses', ann);
    expect([other.status, (other.problem as { code: string }).code]).toEqual([404, 'NOT_FOUND']);
  });

  it('streams events as they come, with the caller’s token and Last-Event-ID passed on', async () => {
    const stream = await open('ord_mine', ann);
    expect([stream.status, stream.contentType]).toEqual([200, 'text/event-stream; charset=utf-8']);
    expect([statusOf(await stream.next()), statusOf(await stream.next())]).toEqual(['0:pending', '1:paid']);
    stream.close();
    const resumed = await open('ord_mine', { ...ann, 'last-event-id': '0' });
    expect(statusOf(await resumed.next())).toBe('1:paid');
    resumed.close();
    expect(stub.requests.slice(-2)).toEqual([
      { authorization: ann.authorization, lastEventId: undefined },
      { authorization: ann.authorization, lastEventId: '0' },
    ]);
  });

  it('closes the stream to orders when the client disconnects', async () => {
    await waitUntil(() => stub.open() === 0, 10_000, 'earlier streams to close');
    const stream = await open('ord_mine', ann);
    await stream.next();
    expect(stub.open()).toBe(1);
    stream.close();
    await waitUntil(() => stub.open() === 0, 10_000, 'the upstream stream to close');
  });

  it('declares the streams in its OpenAPI', async () => {
    const spec = (await gateway.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of ['/api/orders/{id}/events', '/api/notifications/events']) {
      const answers = spec.paths[path].get.responses;
      expect(Object.keys(answers['200'].content)).toEqual(['text/event-stream']);
      expect(Object.keys(answers)).toEqual(expect.arrayContaining(['401', '503']));
    }
  });
});
