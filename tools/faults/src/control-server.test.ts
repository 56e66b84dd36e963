// The HTTP control API switches a real proxy, as a test in another process would.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startControlServer, type ControlServer } from './control-server.js';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { connectClient, startEchoServer, waitFor, type EchoServer } from './testing/echo-server.js';

describe('the control API', () => {
  let echo: EchoServer;
  let proxy: FaultProxy;
  let control: ControlServer;
  const call = (method: string, path: string, body?: unknown) =>
    fetch(`http://127.0.0.1:${control.port}${path}`, {
      method,
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));

  beforeEach(async () => {
    echo = await startEchoServer();
    proxy = await startFaultProxy({ upstream: { host: '127.0.0.1', port: echo.port } });
    control = await startControlServer(proxy);
  });
  afterEach(async () => {
    await control.close();
    await proxy.close();
    await echo.close();
  });

  it('switches the mode and reports it', async () => {
    const answer = await call('PUT', '/mode', { kind: 'latency', latencyMs: 50, jitterMs: 5 });
    expect(answer).toEqual({
      status: 200,
      body: expect.objectContaining({ mode: { kind: 'latency', latencyMs: 50, jitterMs: 5 } }),
    });
    await call('PUT', '/mode', { kind: 'refuse' });
    expect((await connectClient(proxy.port)).error()?.code).toBe('ECONNREFUSED');
  });

  it('closes the open connections', async () => {
    const client = await connectClient(proxy.port);
    await waitFor(() => proxy.stats().connections === 1);
    expect((await call('POST', '/connections/close')).body).toMatchObject({ connections: 0 });
    await waitFor(() => client.closed(), 'the client to be closed');
  });

  it('answers 400 naming the problem for a bad mode or an unknown route', async () => {
    expect(await call('PUT', '/mode', { kind: 'latency', latencyMs: 'slow' })).toEqual({
      status: 400,
      body: { error: 'latencyMs must be a number ≥ 0' },
    });
    expect((await call('GET', '/nope')).status).toBe(400);
    expect(proxy.mode).toEqual({ kind: 'pass' });
  });
});
