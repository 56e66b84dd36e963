// The proxy over real sockets, in front of an echo server. Nothing here depends on the machine's
// speed: a stall is observed once the proxy holds the bytes, latency only as a lower bound.
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { connectClient, startEchoServer, waitFor, type EchoServer } from './testing/echo-server.js';

describe('the fault proxy', () => {
  let echo: EchoServer;
  let proxy: FaultProxy;

  beforeEach(async () => {
    echo = await startEchoServer();
    proxy = await startFaultProxy({ upstream: { host: '127.0.0.1', port: echo.port } });
  });
  afterEach(async () => {
    await proxy.close();
    await echo.close();
  });

  it('passes bytes both ways unchanged', async () => {
    const client = await connectClient(proxy.port);
    client.socket.write('hello');
    await waitFor(() => client.received() === 'hello', 'the echo');
    expect(proxy.stats()).toMatchObject({ connections: 1, upstreamConnections: 1, heldBytes: 0 });
  });

  it('delays a round trip by the latency of both directions', async () => {
    await proxy.addLatency(100, 20);
    const client = await connectClient(proxy.port);
    const sentAt = performance.now();
    client.socket.write('ping');
    await waitFor(() => client.received() === 'ping', 'the delayed echo');
    // each direction waits at least 80 ms; only the lower bound is certain on any machine
    expect(performance.now() - sentAt).toBeGreaterThanOrEqual(150);
  });

  it('keeps the order of chunks whose jitter exceeds their spacing', async () => {
    await proxy.addLatency(20, 20);
    const client = await connectClient(proxy.port);
    const words = Array.from({ length: 200 }, (_, index) => `${index};`);
    for (const word of words) {
      await new Promise<void>((resolve) => client.socket.write(word, () => resolve()));
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => client.received().length === words.join('').length, 'every chunk back');
    expect(client.received()).toBe(words.join(''));
  });

  it('holds the bytes of an open connection while stalled and forwards them once restored', async () => {
    const client = await connectClient(proxy.port);
    client.socket.write('one');
    await waitFor(() => client.received() === 'one');
    await proxy.stall();
    client.socket.write('two');
    await waitFor(() => proxy.stats().heldBytes === 3, 'the proxy to hold the bytes');
    expect([echo.seen.bytes, client.received()]).toEqual([3, 'one']);
    await proxy.passThrough();
    await waitFor(() => client.received() === 'onetwo', 'the held bytes to go through');
  });

  it('accepts a new connection while stalled but opens its upstream only once restored', async () => {
    await proxy.stall();
    const client = await connectClient(proxy.port);
    client.socket.write('early');
    await waitFor(() => proxy.stats().heldBytes === 5, 'the proxy to hold the bytes');
    expect([client.error(), echo.seen.connections, proxy.stats().upstreamConnections]).toEqual([
      undefined,
      0,
      0,
    ]);
    await proxy.passThrough();
    await waitFor(() => client.received() === 'early', 'the echo after the stall');
  });

  it('resets open connections and every new one with a TCP RST', async () => {
    const open = await connectClient(proxy.port);
    open.socket.write('x');
    await waitFor(() => open.received() === 'x');
    await proxy.reset();
    await waitFor(() => open.closed(), 'the open connection to close');
    expect(open.error()?.code).toBe('ECONNRESET');
    const later = await connectClient(proxy.port);
    later.socket.write('y');
    await waitFor(() => later.closed(), 'the new connection to close');
    expect([later.error()?.code, echo.seen.bytes]).toEqual(['ECONNRESET', 1]);
  });

  it('refuses new connections on its port while open ones carry on, and accepts again after', async () => {
    const open = await connectClient(proxy.port);
    await proxy.refuse();
    const refused = await connectClient(proxy.port);
    expect(refused.error()?.code).toBe('ECONNREFUSED');
    open.socket.write('still');
    await waitFor(() => open.received() === 'still', 'the open connection to echo');
    await proxy.passThrough();
    const again = await connectClient(proxy.port);
    again.socket.write('back');
    await waitFor(() => again.received() === 'back', 'a new connection after refusing');
  });

  it('closes every open connection on demand and keeps accepting', async () => {
    const clients = await Promise.all([connectClient(proxy.port), connectClient(proxy.port)]);
    await waitFor(() => proxy.stats().upstreamConnections === 2);
    proxy.closeConnections();
    await waitFor(() => clients.every((client) => client.closed()), 'both clients to be closed');
    expect(proxy.stats().connections).toBe(0);
    const next = await connectClient(proxy.port);
    next.socket.write('new');
    await waitFor(() => next.received() === 'new');
  });

  it('resets a client whose upstream cannot be reached', async () => {
    await echo.close();
    const client = await connectClient(proxy.port);
    await waitFor(() => client.closed(), 'the client to be closed');
    expect(client.error()?.code).toBe('ECONNRESET');
  });
});
