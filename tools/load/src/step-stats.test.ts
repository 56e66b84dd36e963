import { describe, expect, it } from 'vitest';
import { isError, StepStats } from './step-stats.js';

describe('step statistics', () => {
  it('counts requests per route and status, errors, and the rate over the run', () => {
    const stats = new StepStats();
    stats.record({ route: 'GET /api/orders/:id', status: 200, latencyMs: 5 });
    stats.record({ route: 'GET /api/orders', status: 200, latencyMs: 5 });
    stats.record({ route: 'GET /api/orders/:id', status: 503, latencyMs: 5 });
    stats.record({ route: 'GET /api/orders/:id', status: 'timeout', latencyMs: 10_000 });
    expect(stats.summary(2)).toMatchObject({
      requests: 4,
      errors: 2,
      achievedRate: 2,
      routes: { 'GET /api/orders/:id': 3, 'GET /api/orders': 1 },
      statuses: { '200': 2, '503': 1, timeout: 1 },
    });
  });

  it('summarises latency as quantiles within the histogram’s precision', () => {
    const stats = new StepStats();
    for (let ms = 1; ms <= 1000; ms++) stats.record({ route: 'GET /x', status: 200, latencyMs: ms });
    const latency = stats.latency();
    expect(latency.p50).toBeCloseTo(500, -1);
    expect(latency.p90).toBeCloseTo(900, -1);
    expect(latency.p99).toBeCloseTo(990, -1);
    expect(latency.p999).toBeCloseTo(999, -1);
    expect(latency.max).toBeCloseTo(1000, -1);
  });

  it('reports zeros before the first request', () => {
    expect(new StepStats().latency()).toEqual({ p50: 0, p90: 0, p99: 0, p999: 0, max: 0 });
  });

  it('counts 4xx, 5xx and requests without an answer as errors, 2xx and 3xx not', () => {
    expect([200, 202, 304, 400, 409, 503, 'network', 'abandoned'].map(isError)).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});
