import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceClient } from '../client/service-client.js';
import { createMetricsRegistry } from './metrics-registry.js';

/** The value of the sample with exactly these labels (besides the registry's own), or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find(
      (candidate) => candidate.startsWith(`${name}{`) && wanted.every((part) => candidate.includes(part)),
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('caller-side edge metrics', () => {
  let server: http.Server;
  let baseUrl: string;
  const held: http.ServerResponse[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === '/held') return void held.push(response);
      response.writeHead(request.url === '/broken' ? 500 : 200, { 'content-type': 'application/json' });
      response.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('counts each call by callee, route and final status, and times it', async () => {
    const registry = createMetricsRegistry({ service: 'caller', instance: 'caller-0' });
    const client = createServiceClient({ name: 'edge-a', baseUrls: [baseUrl], retries: 1 });
    await client.request({ method: 'GET', path: '/things/1', route: '/things/:id' });
    await client.request({ method: 'GET', path: '/things/2', route: '/things/:id' });
    await expect(client.request({ method: 'POST', path: '/broken' })).rejects.toThrow();
    const text = await registry.metrics();
    const ok = { callee: 'edge-a', method: 'GET', route: '/things/:id' };
    expect(sample(text, 'http_client_requests_total', { ...ok, status: '200' })).toBe(2);
    expect(
      sample(text, 'http_client_requests_total', { callee: 'edge-a', route: 'raw', status: '500' }),
    ).toBe(1);
    expect(sample(text, 'http_client_request_duration_seconds_count', { ...ok, service: 'caller' })).toBe(2);
    await client.close();
  });

  it('shows the breaker state of each callee replica and the calls in flight and queued', async () => {
    const registry = createMetricsRegistry({ service: 'caller', instance: 'caller-0' });
    const client = createServiceClient({
      name: 'edge-b',
      baseUrls: [baseUrl, 'http://127.0.0.1:1'],
      maxConcurrent: 1,
      breakerThreshold: 1,
    });
    // The second replica refuses connections: its breaker opens after one failure.
    await client.request({ method: 'POST', path: '/ok' });
    await expect(client.request({ method: 'POST', path: '/ok' })).rejects.toThrow();
    const first = client.request({ method: 'GET', path: '/held' });
    const second = client.request({ method: 'GET', path: '/held' });
    while (held.length === 0) await new Promise((resolve) => setImmediate(resolve));
    const text = await registry.metrics();
    expect(sample(text, 'circuit_breaker_state', { replica: 'edge-b-0', state: 'closed' })).toBe(1);
    expect(sample(text, 'circuit_breaker_state', { replica: 'edge-b-1', state: 'open' })).toBe(1);
    expect(sample(text, 'circuit_breaker_state', { replica: 'edge-b-1', state: 'closed' })).toBe(0);
    expect(sample(text, 'bulkhead_in_use', { callee: 'edge-b' })).toBe(1);
    expect(sample(text, 'bulkhead_queued', { callee: 'edge-b' })).toBe(1);
    held.shift()?.end('{}');
    await first;
    while (held.length === 0) await new Promise((resolve) => setImmediate(resolve));
    held.shift()?.end('{}');
    await second;
    await client.close();
    expect(sample(await registry.metrics(), 'bulkhead_in_use', { callee: 'edge-b' })).toBeUndefined();
  });
});
