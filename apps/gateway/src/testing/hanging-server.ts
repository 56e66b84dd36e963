import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A server that accepts connections and never answers, as a paused (SIGSTOP) process looks to its callers. */
export interface HangingServer {
  url: string;
  /** HTTP requests that reached it so far. */
  requests(): number;
  close(): Promise<void>;
}

/** Starts a hanging server on an ephemeral port. */
export async function startHangingServer(): Promise<HangingServer> {
  const sockets = new Set<net.Socket>();
  let requests = 0;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('data', (chunk) => {
      requests += chunk.toString('latin1').match(/^(GET|POST|PUT|PATCH|DELETE) /gm)?.length ?? 0;
    });
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
