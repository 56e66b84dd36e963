import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';
import { createHttpMetrics } from './metrics-registry.js';

/** Records request metrics on every route and serves them at GET /metrics. */
export function installMetrics(app: FastifyInstance, registry: Registry): void {
  const recorderFor = routeRecorders(createHttpMetrics(registry));
  app.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route !== '/metrics') recorderFor(request.method, route, reply.statusCode)(reply.elapsedTime / 1000);
    done();
  });
  app.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (_request, reply) => {
    const text = await registry.metrics();
    return reply.type(registry.contentType).send(text);
  });
}

type Recorder = (seconds: number) => void;

/**
 * One recorder per method, route and status, made once: prom-client's labelled children skip
 * validating and hashing the labels on every request (a route's label set is small and fixed).
 */
function routeRecorders(metrics: ReturnType<typeof createHttpMetrics>) {
  const recorders = new Map<string, Recorder>();
  return (method: string, route: string, status: number): Recorder => {
    const key = `${method} ${status} ${route}`;
    let record = recorders.get(key);
    if (!record) {
      const requests = metrics.requests.labels(method, route, String(status));
      const duration = metrics.duration.labels(method, route);
      const errors = status >= 500 ? metrics.errors.labels(method, route) : undefined;
      record = (seconds) => {
        requests.inc();
        duration.observe(seconds);
        errors?.inc();
      };
      recorders.set(key, record);
    }
    return record;
  };
}
