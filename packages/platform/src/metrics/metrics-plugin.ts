import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { createHttpMetrics } from './metrics-registry.js';

/** Records request metrics on every route and serves them at GET /metrics. */
export function installMetrics(app: FastifyInstance, registry: Registry): void {
  const metrics = createHttpMetrics(registry);
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route !== '/metrics') {
      const labels = { method: request.method, route };
      metrics.requests.inc({ ...labels, status: String(reply.statusCode) });
      metrics.duration.observe(labels, reply.elapsedTime / 1000);
      if (reply.statusCode >= 500) metrics.errors.inc(labels);
    }
    done();
  });
  app.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (_request, reply) => {
    const text = await registry.metrics();
    return reply.type(registry.contentType).send(text);
  });
}
