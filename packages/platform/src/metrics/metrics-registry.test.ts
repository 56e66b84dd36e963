import { describe, expect, it } from 'vitest';
import { createBusMetrics } from '../bus/bus-metrics.js';
import { promtoolMetricsProblems } from '../testing/promtool.js';
import { startClientCall } from './client-metrics.js';
import { bazaar } from '@bazaar/system';
import { httpLatencyBuckets } from './latency-buckets.js';
import { createHttpMetrics, createMetricsRegistry } from './metrics-registry.js';

describe('a process registry', () => {
  it('passes promtool check metrics with every kind of metric recorded', async () => {
    const registry = createMetricsRegistry({ service: 'linted', instance: 'linted-0' });
    const http = createHttpMetrics(registry);
    const bus = createBusMetrics(registry, {
      outboxBacklog: async () => ({ count: 2, oldestAgeSeconds: 1.5 }),
      deadLetterDepths: async () => ({ 'linted.do-things': 1 }),
    });
    http.requests.labels('GET', '/things', '200').inc();
    http.duration.labels('GET', '/things').observe(0.01);
    http.errors.labels('GET', '/things').inc();
    bus.handled.labels('linted.do-things', 'things.thing.done').inc();
    bus.consumerLag.labels('linted.do-things').observe(0.2);
    bus.publishLatency.observe(0.01);
    startClientCall('other', 'GET', '/other/:id')(200);
    const text = await registry.metrics();
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toContain('nodejs_gc_duration_seconds');
    expect(text).toContain('process_resident_memory_bytes');
    expect(await promtoolMetricsProblems(text)).toEqual([]);
  });

  it('has a latency bucket at every latency objective of the declaration (the SLO rules count below it)', () => {
    for (const spec of bazaar.processes) {
      const objective = spec.objectives?.latencyP99Ms;
      if (objective !== undefined) expect(httpLatencyBuckets, spec.name).toContain(objective / 1000);
    }
  });
});
