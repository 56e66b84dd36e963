import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { writeLocalPrometheusConfig } from './prometheus-config.js';
import { writePrometheusTargets } from './prometheus-sd.js';
import { ensureServiceSecrets, metricsTokenFile } from './service-keys.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('the local Prometheus configuration', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bazaar-prom-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("reads this data directory's targets and the repository's rules, and promtool accepts it", async () => {
    writePrometheusTargets({ dataDir, gatewayPort: 9080, servicePortBase: 9100, replicas: new Map() });
    ensureServiceSecrets(dataDir, ['gateway']);
    const { configFile } = writeLocalPrometheusConfig({ repoRoot, dataDir, scrapeInterval: '1s' });
    expect(readFileSync(configFile, 'utf8')).toContain(`credentials_file: ${metricsTokenFile(dataDir)}`);
    const { stdout, stderr } = await promisify(execFile)('promtool', ['check', 'config', configFile]);
    expect(stdout).toContain('SUCCESS: 3 rule files found');
    expect(stdout + stderr).not.toContain('does not exist');
  });
});
