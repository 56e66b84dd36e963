// A stand-in for the gateway over real HTTP, for testing a run without the system: it answers the
// routes a run uses with the shapes of api.md, and lets a test hold the answers of one route.
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

/** A running stub; `held` are the product-page requests waiting for `releaseHeld()`. */
export interface StubGateway {
  readonly url: URL;
  /** Requests received per `METHOD path-without-query`. */
  readonly received: Map<string, number>;
  heldCount(): number;
  releaseHeld(): void;
  close(): Promise<void>;
}

/** Starts the stub; when `holdProductPages` is set, GET /api/products/:id waits for releaseHeld(). */
export async function startStubGateway(options: { holdProductPages?: boolean } = {}): Promise<StubGateway> {
  const received = new Map<string, number>();
  const held: http.ServerResponse[] = [];
  const server = http.createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0] ?? '';
    const key = `${request.method} ${path}`;
    received.set(key, (received.get(key) ?? 0) + 1);
    request.resume();
    request.on('end', () => {
      if (options.holdProductPages && /^\/api\/products\/[^/]+$/.test(path)) held.push(response);
      else answer(response, path);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    received,
    heldCount: () => held.length,
    releaseHeld: () => held.splice(0).forEach((response) => answer(response, '/api/products/p-1')),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

const bodies: Record<string, [number, unknown]> = {
  '/api/categories': [200, { items: [{ id: 'audio', name: 'Audio', productCount: 2 }] }],
  '/api/products': [
    200,
    { items: [{ id: 'p-1', name: 'Quiet Headphones' }], total: 1, page: 1, pageSize: 100 },
  ],
  '/api/auth/signup': [201, { accessToken: 'token', expiresIn: 900 }],
  '/api/cart/items': [200, { items: [], total: { amount: 0, currency: 'USD' } }],
  '/api/checkout': [202, { order: { id: 'o-1', status: 'pending' } }],
};

function answer(response: http.ServerResponse, path: string): void {
  const [status, body] = bodies[path] ?? [200, { id: 'p-1' }];
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
