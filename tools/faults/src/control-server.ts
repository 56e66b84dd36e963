// A tiny HTTP control API for a proxy that runs in another process than the test:
// GET / (stats), PUT /mode (a FaultMode as JSON), POST /connections/close.
import http from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { parseFaultMode } from './fault-mode.js';
import type { FaultProxy } from './fault-proxy.js';

/** A running control server. */
export interface ControlServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Serves the control API of one proxy on host:port (port 0: any free port). */
export async function startControlServer(
  proxy: FaultProxy,
  listen: { host?: string; port?: number } = {},
): Promise<ControlServer> {
  const server = http.createServer((request, response) => {
    handle(proxy, request).then(
      (body) => send(response, 200, body),
      (error: Error) => send(response, 400, { error: error.message }),
    );
  });
  server.listen({ host: listen.host ?? '127.0.0.1', port: listen.port ?? 0 });
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

async function handle(proxy: FaultProxy, request: http.IncomingMessage): Promise<unknown> {
  const route = `${request.method} ${request.url}`;
  if (route === 'PUT /mode') await proxy.setMode(parseFaultMode(JSON.parse(await readBody(request))));
  else if (route === 'POST /connections/close') proxy.closeConnections();
  else if (route !== 'GET /')
    throw new Error(`unknown route ${route}: GET /, PUT /mode, POST /connections/close`);
  return proxy.stats();
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8') || '{}';
}

function send(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
