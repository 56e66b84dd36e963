import { describe, expect, it } from 'vitest';
import { formatReport, type LoadReport } from './load-report.js';
import { parseMix } from './shopper-mix.js';
import { StepStats } from './step-stats.js';

function summaryOf(statuses: Array<number | string>, latencyMs = 12) {
  const stats = new StepStats();
  for (const status of statuses) stats.record({ route: 'GET /api/search', status, latencyMs });
  return stats.summary(2);
}

const report: LoadReport = {
  target: 'http://127.0.0.1:8080',
  rate: 2,
  durationSeconds: 2,
  mix: parseMix('search=1'),
  startedAt: '2026-01-01T00:00:00.000Z',
  arrivalSeconds: 2,
  scheduled: 4,
  completed: 4,
  abandoned: 0,
  steps: { search: summaryOf([200, 200, 429, 503]) },
  total: summaryOf([200, 200, 429, 503]),
  setup: summaryOf([200]),
};

describe('the report table', () => {
  it('has a line per step and a total with rate, errors and the latency quantiles', () => {
    const lines = formatReport(report).split('\n');
    expect(lines[1]).toMatch(
      /^step\s+requests\s+rate\/s\s+errors\s+p50 ms\s+p90 ms\s+p99 ms\s+p99\.9 ms\s+max ms$/,
    );
    expect(lines[2]?.split(/\s+/)).toEqual([
      'search',
      '4',
      '2.00',
      '2',
      '12.0',
      '12.0',
      '12.0',
      '12.0',
      '12.0',
    ]);
    expect(lines[3]?.split(/\s+/)[0]).toBe('total');
  });

  it('names the answers that were not 2xx and what to do about a rate limit', () => {
    const text = formatReport(report);
    expect(text).toContain('not 2xx: 429×1, 503×1');
    expect(text).toContain('raise RATE_LIMIT_PER_MINUTE');
  });
});
