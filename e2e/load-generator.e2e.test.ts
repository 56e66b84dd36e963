// The load generator (`npm run load`) against a running system, on both backends: it runs the
// whole mix for a few seconds, stops by itself, and its report's request counts per route are
// exactly what the gateway's own metrics (http_requests_total per method and route) counted.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedBackend, rabbitPostgresBackend } from './support/backends.js';
import { eventually } from './support/eventually.js';
import { metricsTokenHeader } from './support/service-credential.js';
import { fastShopSettings } from './support/shop.js';
import { startSystem, type RunningSystem } from './support/system.js';

const run = promisify(execFile);
const loadCommand = fileURLToPath(new URL('../tools/load/dist/main.js', import.meta.url));
/** The counter of the platform's metrics (packages/platform/src/metrics) that counts HTTP requests. */
const requestCounter = 'http_requests_total';

interface StepLine {
  requests: number;
  errors: number;
  routes: Record<string, number>;
  latencyMs: { p50: number; max: number };
}
interface Report {
  scheduled: number;
  completed: number;
  abandoned: number;
  steps: Record<string, StepLine>;
  total: StepLine;
  setup: StepLine;
}

/** The gateway's request counts per `METHOD route` of the public API, summed over statuses. */
async function gatewayRequestCounts(system: RunningSystem): Promise<Map<string, number>> {
  const response = await fetch(`${system.baseUrl}/metrics`, { headers: metricsTokenHeader(system) });
  const counts = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (!line.startsWith(`${requestCounter}{`)) continue;
    const labels = Object.fromEntries(
      [...line.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]),
    );
    if (!labels.route?.startsWith('/api/')) continue;
    const key = `${labels.method} ${labels.route}`;
    counts.set(key, (counts.get(key) ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1)));
  }
  return counts;
}

/** What the report says it sent, per `METHOD route`: the setup and every step together. */
function reportedCounts(report: Report): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of [report.setup, ...Object.values(report.steps)]) {
    for (const [route, count] of Object.entries(line.routes))
      counts.set(route, (counts.get(route) ?? 0) + count);
  }
  return counts;
}

function difference(after: Map<string, number>, before: Map<string, number>): Record<string, number> {
  const routes = [...new Set([...after.keys(), ...before.keys()])].sort();
  const changed = routes.map((route) => [route, (after.get(route) ?? 0) - (before.get(route) ?? 0)] as const);
  return Object.fromEntries(changed.filter(([, count]) => count !== 0));
}

for (const backend of [embeddedBackend, rabbitPostgresBackend()]) {
  describe.skipIf(!backend.available)(`the load generator on ${backend.name}`, () => {
    let system: RunningSystem;
    let cleanup: () => Promise<void> = async () => undefined;

    beforeAll(async () => {
      const prepared = await backend.prepare();
      cleanup = prepared.cleanup;
      system = await startSystem({ env: { ...fastShopSettings, ...prepared.env } });
    });
    afterAll(async () => {
      await system?.remove();
      await cleanup();
    });

    it('runs the whole mix, stops by itself, and counts exactly what the gateway counted', async () => {
      const before = await gatewayRequestCounts(system);
      const args = [
        '--target',
        system.baseUrl,
        '--rate',
        '15',
        '--duration',
        '4',
        '--shoppers',
        '3',
        '--timeout',
        '60',
      ];
      const { stdout, stderr } = await run('node', [loadCommand, ...args, '--drain', '60', '--json']);
      const report = JSON.parse(stdout) as Report;

      expect(stderr).toMatch(/\[load\] \d+ s \/ 4 s · sent \d+/);
      expect([report.scheduled, report.completed, report.abandoned]).toEqual([60, 60, 0]);
      expect(Object.keys(report.steps).sort()).toEqual([
        'browse',
        'cart',
        'checkout',
        'product',
        'search',
        'status',
      ]);
      expect(Object.values(report.steps).reduce((sum, step) => sum + step.requests, 0)).toBe(60);
      expect(report.total.latencyMs.max).toBeGreaterThan(0);

      const expected = Object.fromEntries([...reportedCounts(report)].sort());
      await eventually(
        async () =>
          JSON.stringify(difference(await gatewayRequestCounts(system), before)) === JSON.stringify(expected),
        { timeoutMs: 10_000, what: 'the gateway to count what the report says' },
      );
      expect(difference(await gatewayRequestCounts(system), before)).toEqual(expected);
    });
  });
}

describe('the load generator’s refusals', () => {
  it('refuses a target that is not this machine unless told otherwise', async () => {
    const failure = await run('node', [
      loadCommand,
      '--target',
      'http://203.0.113.9:8080',
      '--duration',
      '1',
    ]).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({
      code: 64,
      stderr: expect.stringMatching(/refusing to load 203\.0\.113\.9:8080/),
    });
  });
});
