import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { exposeClientMetrics } from './client-metrics.js';
import { httpLatencyBuckets } from './latency-buckets.js';

const misnamedDefaults = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

/** The Prometheus registry of one process: process, event-loop and GC metrics, and the caller-side edge metrics. */
export function createMetricsRegistry(labels: { service: string; instance: string }): Registry {
  const registry = new Registry();
  registry.setDefaultLabels(labels);
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  // Gauges that prom-client names `_total`, which Prometheus reserves for counters (promtool
  // refuses them); the same counts stay available per type as nodejs_active_{handles,requests,resources}.
  for (const name of misnamedDefaults) registry.removeSingleMetric(name);
  exposeClientMetrics(registry);
  return registry;
}

/** The HTTP server metrics: request count, latency and errors per route. */
export function createHttpMetrics(registry: Registry) {
  return {
    requests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests handled, by method, route and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency, by method and route',
      labelNames: ['method', 'route'] as const,
      buckets: httpLatencyBuckets,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'http_request_errors_total',
      help: 'HTTP requests answered with a 5xx status, by method and route',
      labelNames: ['method', 'route'] as const,
      registers: [registry],
    }),
  };
}
