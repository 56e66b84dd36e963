import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePrometheusTargets } from './prometheus-sd.js';

describe('the Prometheus targets file', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bazaar-sd-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lists every replica the runner plans, and follows a new scale when written again', () => {
    const settings = { dataDir, gatewayPort: 9080, servicePortBase: 9100 };
    const file = writePrometheusTargets({ ...settings, replicas: new Map([['catalog', 1]]) });
    const instancesIn = () =>
      (JSON.parse(readFileSync(file, 'utf8')) as { labels: { instance: string } }[]).map(
        (group) => group.labels.instance,
      );
    expect(instancesIn()).toContain('gateway-0');
    expect(instancesIn()).not.toContain('catalog-1');
    writePrometheusTargets({ ...settings, replicas: new Map([['catalog', 2]]) });
    expect(instancesIn()).toContain('catalog-1');
  });
});
