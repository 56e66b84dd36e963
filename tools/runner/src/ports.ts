import net from 'node:net';

/** Resolves true when nothing listens on the port at this host (we could bind it ourselves). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** The ports among these that something already listens on. */
export async function findBusyPorts(ports: readonly number[], host = '127.0.0.1'): Promise<number[]> {
  const free = await Promise.all(ports.map((port) => isPortFree(port, host)));
  return ports.filter((_, index) => !free[index]);
}
