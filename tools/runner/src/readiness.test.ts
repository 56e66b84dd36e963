import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntilReady } from './readiness.js';

const servers: http.Server[] = [];
afterEach(() => Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done)))));

async function serve(statusAfter: (calls: number) => number): Promise<string> {
  let calls = 0;
  const server = http.createServer((_req, res) => res.writeHead(statusAfter(++calls)).end());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/health/ready`;
}

describe('waitUntilReady', () => {
  it('resolves with nothing pending once every target has answered 200', async () => {
    const ready = await serve(() => 200);
    const slow = await serve((calls) => (calls < 3 ? 503 : 200));
    const targets = [
      { id: 'a-0', url: ready },
      { id: 'b-0', url: slow },
    ];
    expect(await waitUntilReady(targets, { intervalMs: 10, timeoutMs: 5_000 })).toEqual([]);
  });

  it('names the targets that are still not ready at the deadline', async () => {
    const ready = await serve(() => 200);
    const failing = await serve(() => 503);
    const targets = [
      { id: 'a-0', url: ready },
      { id: 'b-0', url: failing },
      { id: 'c-0', url: 'http://127.0.0.1:1/health/ready' },
    ];
    expect(await waitUntilReady(targets, { intervalMs: 10, timeoutMs: 200 })).toEqual(['b-0', 'c-0']);
  });
});
