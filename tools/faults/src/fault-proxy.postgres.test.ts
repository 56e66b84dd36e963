// pg through the proxy against the real PostgreSQL of this run: refused connections fail at once
// (not after a timeout), a stalled query waits for the proxy and completes once restored.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { waitFor } from './testing/echo-server.js';

const serverUrl = inject('servers').postgresUrl;

describe.skipIf(!serverUrl)('pg through the fault proxy', () => {
  let proxy: FaultProxy;
  const clients: pg.Client[] = [];

  /** A pg client whose connection goes through the proxy; it never gives up connecting by itself. */
  function proxiedClient(): pg.Client {
    const url = new URL(serverUrl ?? '');
    url.hostname = proxy.host;
    url.port = String(proxy.port);
    const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 0 });
    client.on('error', () => undefined);
    clients.push(client);
    return client;
  }

  beforeEach(async () => {
    const url = new URL(serverUrl ?? '');
    proxy = await startFaultProxy({ upstream: { host: url.hostname, port: Number(url.port || 5432) } });
  });
  afterEach(async () => {
    await proxy.close();
    await Promise.all(clients.splice(0).map((client) => client.end().catch(() => undefined)));
  });

  it('fails to connect with ECONNREFUSED while the proxy refuses, and connects once it accepts', async () => {
    await proxy.refuse();
    await expect(proxiedClient().connect()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    await proxy.passThrough();
    const client = proxiedClient();
    await client.connect();
    expect((await client.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
  });

  it('leaves a query hanging while stalled and completes it once restored', async () => {
    const client = proxiedClient();
    await client.connect();
    await proxy.stall();
    let settled = false;
    const answer = client.query('select 42 as answer').finally(() => (settled = true));
    await waitFor(() => proxy.stats().heldBytes > 0, 'the query to reach the proxy');
    // the server cannot have answered: the query's bytes are still in the proxy
    expect(settled).toBe(false);
    await proxy.passThrough();
    expect((await answer).rows).toEqual([{ answer: 42 }]);
  });

  it('holds a new connection while stalled and lets it connect once restored', async () => {
    await proxy.stall();
    const client = proxiedClient();
    let connected = false;
    const connecting = client.connect().then(() => (connected = true));
    await waitFor(() => proxy.stats().heldBytes > 0, 'the startup message to reach the proxy');
    expect([connected, proxy.stats().upstreamConnections]).toEqual([false, 0]);
    await proxy.passThrough();
    await connecting;
    expect((await client.query('select 2 as two')).rows).toEqual([{ two: 2 }]);
  });

  it('makes a query wait at least the latency of both directions', async () => {
    const client = proxiedClient();
    await client.connect();
    await proxy.addLatency(100, 10);
    const startedAt = performance.now();
    await client.query('select 1');
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(150);
  });

  it('fails the open connection’s next query after a reset', async () => {
    const client = proxiedClient();
    await client.connect();
    await proxy.reset();
    await expect(client.query('select 1')).rejects.toThrow();
  });
});
