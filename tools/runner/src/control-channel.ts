// The runner's control channel: a loopback HTTP port that stops and starts one instance, guarded by
// a random secret that only the runner and the gateway read (<DATA_DIR>/runner-control.json, mode 0600).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeControlFile } from './control-file.js';
import type { ProcessStatus } from './runner-state.js';

/** What the channel controls: the fleet, by instance id. */
export interface ControlledFleet {
  statuses(): readonly ProcessStatus[];
  /** False when no instance has this id. */
  stopInstance(id: string): boolean;
  startInstance(id: string): boolean;
}

/** A listening control channel. */
export interface ControlChannel {
  readonly url: string;
  readonly file: string;
  close(): Promise<void>;
}

const action = /^\/instances\/([\w.-]{1,100})\/(stop|start)$/;

/** Listens on 127.0.0.1 (a free port), writes the control file, and answers only callers holding the secret. */
export async function openControlChannel(fleet: ControlledFleet, dataDir: string): Promise<ControlChannel> {
  const secret = randomBytes(32).toString('base64url');
  const server = createServer((request, response) => answer(fleet, secret, request, response));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const file = writeControlFile(dataDir, { url, secret, runnerPid: process.pid });
  return { url, file, close: () => closeServer(server) };
}

function answer(fleet: ControlledFleet, secret: string, request: IncomingMessage, response: ServerResponse) {
  request.resume();
  if (!holdsSecret(request.headers.authorization, secret))
    return send(response, 401, { code: 'UNAUTHENTICATED' });
  if (request.method === 'GET' && request.url === '/instances') {
    return send(response, 200, { items: fleet.statuses() });
  }
  const match = request.method === 'POST' ? action.exec(request.url ?? '') : null;
  if (!match) return send(response, 404, { code: 'NOT_FOUND' });
  const [, id = '', verb] = match;
  const known = verb === 'stop' ? fleet.stopInstance(id) : fleet.startInstance(id);
  return known ? send(response, 202, { id, action: verb }) : send(response, 404, { code: 'NOT_FOUND' });
}

function holdsSecret(header: string | undefined, secret: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function send(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
