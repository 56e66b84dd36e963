// Test fixtures over real sockets: an echo server that counts what it saw, a client that
// collects what it receives, and a wait that polls a condition (the test's timeout bounds it).
import net from 'node:net';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

/** An echo server on 127.0.0.1 that counts connections and bytes. */
export interface EchoServer {
  readonly port: number;
  readonly seen: { connections: number; bytes: number };
  close(): Promise<void>;
}

/** Starts an echo server on a free port. */
export async function startEchoServer(): Promise<EchoServer> {
  const seen = { connections: 0, bytes: 0 };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    seen.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => {
      seen.bytes += chunk.length;
      socket.write(chunk);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as net.AddressInfo).port,
    seen,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

/** A connected client and everything it has received so far. */
export interface TestClient {
  readonly socket: net.Socket;
  received(): string;
  /** The error the socket ended with, if any. */
  error(): NodeJS.ErrnoException | undefined;
  closed(): boolean;
}

/** Opens a client socket to 127.0.0.1:port (resolves on connect or on the first error). */
export async function connectClient(port: number): Promise<TestClient> {
  const socket = net.connect({ host: '127.0.0.1', port });
  let text = '';
  let failure: NodeJS.ErrnoException | undefined;
  let isClosed = false;
  socket.on('data', (chunk) => (text += chunk.toString('utf8')));
  socket.on('error', (error) => (failure = error));
  socket.on('close', () => (isClosed = true));
  await new Promise<void>((resolve) => {
    socket.once('connect', () => resolve());
    socket.once('error', () => resolve());
  });
  return { socket, received: () => text, error: () => failure, closed: () => isClosed };
}

/** Resolves once the condition holds, checking every few milliseconds. */
export async function waitFor(condition: () => boolean, what = 'the condition'): Promise<void> {
  for (let checks = 0; !condition(); checks++) {
    if (checks > 20_000) throw new Error(`gave up waiting for ${what}`);
    await sleep(5);
  }
}
