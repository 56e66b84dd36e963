import type { FastifyInstance } from 'fastify';

/** Where and how long to serve. */
export interface ListenOptions {
  port: number;
  host: string;
  shutdownTimeoutMs: number;
}

/**
 * Listens, then on SIGTERM or SIGINT stops accepting, drains in-flight requests and closes
 * resources (the app's onClose hooks); past the deadline it exits anyway, non-zero.
 */
export async function serveUntilStopped(app: FastifyInstance, options: ListenOptions): Promise<void> {
  const stop = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    setTimeout(() => {
      app.log.error('shutdown deadline passed; exiting');
      process.exit(1);
    }, options.shutdownTimeoutMs).unref();
    try {
      await app.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    app.log.fatal({ err: error }, 'could not listen');
    process.exit(1);
  }
}
