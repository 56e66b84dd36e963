import type { FastifyInstance } from 'fastify';
import { processVersion } from './process-version.js';

/** A named check of something this process needs (its database, its broker connection). */
export interface ReadinessCheck {
  name: string;
  check: () => Promise<void>;
}

/** Serves /health/live (the process runs: its pid, version and uptime) and /health/ready (its own dependencies answer). */
export function installHealthRoutes(
  app: FastifyInstance,
  identity: { service: string; instance: string },
  checks: ReadinessCheck[],
): void {
  let shuttingDown = false;
  app.addHook('preClose', (done) => {
    shuttingDown = true;
    done();
  });
  app.get('/health/live', { schema: { hide: true }, logLevel: 'warn' }, async () => ({
    status: 'ok',
    ...identity,
    pid: process.pid,
    version: processVersion(),
    uptimeSeconds: Math.round(process.uptime()),
  }));
  app.get('/health/ready', { schema: { hide: true }, logLevel: 'warn' }, async (_request, reply) => {
    const failures: Record<string, string> = {};
    if (shuttingDown) failures.process = 'shutting down';
    await Promise.all(
      checks.map(async ({ name, check }) => {
        try {
          await check();
        } catch (error) {
          failures[name] = error instanceof Error ? error.message : String(error);
        }
      }),
    );
    const ready = Object.keys(failures).length === 0;
    return reply
      .status(ready ? 200 : 503)
      .send({ status: ready ? 'ready' : 'not_ready', ...identity, ...(ready ? {} : { failures }) });
  });
}
