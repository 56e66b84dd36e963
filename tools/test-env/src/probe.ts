import net from 'node:net';

/** The external servers a test run may use; null where the server is not reachable. */
export interface TestServers {
  postgresUrl: string | null;
  amqpUrl: string | null;
}

/** Default addresses of the servers on a developer machine and in CI. */
export const defaultServerUrls = {
  postgres: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  amqp: process.env.TEST_BUS_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
};

/** Resolves true when a TCP connection to the URL's host and port opens within the timeout. */
export function isReachable(url: string, defaultPort: number, timeoutMs = 1500): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || defaultPort) });
    const finish = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

/** Probes PostgreSQL and RabbitMQ and returns the URLs of those that answer. */
export async function probeServers(): Promise<TestServers> {
  const [pg, amqp] = await Promise.all([
    isReachable(defaultServerUrls.postgres, 5432),
    isReachable(defaultServerUrls.amqp, 5672),
  ]);
  return {
    postgresUrl: pg ? defaultServerUrls.postgres : null,
    amqpUrl: amqp ? defaultServerUrls.amqp : null,
  };
}
