// Metrics a real Prometheus understands, on a running system: every process's /metrics passes
// `promtool check metrics`, and Debian's prometheus started by `npm run prometheus` (own port, the
// system's data directory, 1 s scrapes) finds every process through the runner's targets file,
// reports each target up, and sees a non-zero request rate once there is traffic.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promtoolMetricsProblems } from '@bazaar/platform/testing';
import { eventually } from './support/eventually.js';
import { metricsTokenHeader } from './support/service-credential.js';
import { findFreePort } from './support/ports.js';
import { spawnGroup, stopGroup, type ProcessGroup } from './support/process-group.js';
import { startSystem, type RunningSystem } from './support/system.js';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));

interface TargetsAnswer {
  data: { activeTargets: { labels: Record<string, string>; health: string }[] };
}
interface QueryAnswer {
  data: { result: { value: [number, string] }[] };
}

describe('Prometheus against a running system', () => {
  let system: RunningSystem | undefined;
  let prometheus: ProcessGroup | undefined;
  let prometheusUrl = '';
  let output = '';
  const running = () => system ?? expect.unreachable('the system did not start');

  beforeAll(async () => {
    system = await startSystem();
    const port = await findFreePort();
    prometheusUrl = `http://127.0.0.1:${port}`;
    prometheus = spawnGroup('node', ['tools/runner/dist/prometheus-main.js'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATA_DIR: system.dataDir,
        PROMETHEUS_PORT: String(port),
        PROMETHEUS_SCRAPE_INTERVAL: '1s',
      },
      onOutput: (text) => (output += text),
    });
  });
  afterAll(async () => {
    if (prometheus) await stopGroup(prometheus, 5_000);
    await system?.remove();
  });

  it('serves on every process a /metrics that promtool check metrics accepts', async () => {
    const { processes } = await running().pids();
    expect(processes.length).toBeGreaterThan(10);
    // services serve /metrics to the runner's metrics token, as Prometheus reads it (ADR 0025)
    const headers = metricsTokenHeader(running());
    for (const child of processes) {
      const text = await (await fetch(`http://127.0.0.1:${child.port}/metrics`, { headers })).text();
      expect(text, child.instance).toContain('http_requests_total');
      expect(await promtoolMetricsProblems(text), child.instance).toEqual([]);
    }
  });

  it('reports every target up and a non-zero request rate after some traffic', async () => {
    const { processes } = await running().pids();
    const targets = await eventually(
      async () => {
        const answer = (await (await fetch(`${prometheusUrl}/api/v1/targets`)).json()) as TargetsAnswer;
        const up = answer.data.activeTargets.filter((target) => target.health === 'up');
        return up.length === processes.length && answer.data.activeTargets;
      },
      { timeoutMs: 60_000, intervalMs: 500, what: `prometheus seeing every target up (it said: ${output})` },
    );
    expect(targets.map((target) => target.labels.instance).sort()).toEqual(
      processes.map((child) => child.instance).sort(),
    );
    const query = encodeURIComponent(
      'sum(rate(http_requests_total{job="gateway",route="/api/products"}[5s]))',
    );
    const rate = await eventually(
      async () => {
        await fetch(`${running().baseUrl}/api/products`);
        const answer = (await (
          await fetch(`${prometheusUrl}/api/v1/query?query=${query}`)
        ).json()) as QueryAnswer;
        const value = Number(answer.data.result[0]?.value[1] ?? 0);
        return value > 0 && value;
      },
      { timeoutMs: 30_000, intervalMs: 200, what: 'a non-zero request rate in prometheus' },
    );
    expect(rate).toBeGreaterThan(0);
  });
});
