// The configuration `npm run prometheus` runs with: deploy/prometheus/prometheus.yml as it is,
// pointed at this data directory's targets, metrics token and the repository's rule files.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { prometheusTargetsFile } from './prometheus-sd.js';
import { metricsTokenFile } from './service-keys.js';

/** Where the local Prometheus reads and keeps things. */
export interface LocalPrometheus {
  readonly repoRoot: string;
  readonly dataDir: string;
  /** How often it scrapes and evaluates rules (default: as deploy/prometheus says). */
  readonly scrapeInterval?: string | undefined;
}

interface PrometheusYaml {
  global: Record<string, unknown>;
  rule_files: string[];
  scrape_configs: {
    file_sd_configs?: { files: string[] }[];
    authorization?: { credentials_file: string };
  }[];
}

/** Writes <DATA_DIR>/prometheus/prometheus.yml and returns its path and the storage directory. */
export function writeLocalPrometheusConfig(local: LocalPrometheus): {
  configFile: string;
  storageDir: string;
} {
  const deployDir = path.join(local.repoRoot, 'deploy', 'prometheus');
  const config = parse(readFileSync(path.join(deployDir, 'prometheus.yml'), 'utf8')) as PrometheusYaml;
  config.rule_files = config.rule_files.map((pattern) => path.join(deployDir, pattern));
  for (const job of config.scrape_configs) {
    // services serve /metrics only to a caller's credential or the runner's metrics token (ADR 0025)
    job.authorization = { credentials_file: metricsTokenFile(local.dataDir) };
    for (const discovery of job.file_sd_configs ?? [])
      discovery.files = [prometheusTargetsFile(local.dataDir)];
  }
  if (local.scrapeInterval) {
    config.global = {
      ...config.global,
      scrape_interval: local.scrapeInterval,
      evaluation_interval: local.scrapeInterval,
    };
  }
  const home = path.join(local.dataDir, 'prometheus');
  mkdirSync(home, { recursive: true });
  const configFile = path.join(home, 'prometheus.yml');
  writeFileSync(
    configFile,
    `# Written by npm run prometheus from deploy/prometheus/prometheus.yml\n${stringify(config)}`,
  );
  return { configFile, storageDir: path.join(home, 'storage') };
}
