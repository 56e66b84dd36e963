// <DATA_DIR>/prometheus/targets.json: Prometheus file-based service discovery of every process the
// runner starts (deploy/prometheus/prometheus.yml reads it; Prometheus re-reads it when it changes).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { bazaar, prometheusTargets } from '@bazaar/system';
import { replaceFileAtomically } from './atomic-file.js';
import type { RunnerConfig } from './runner-config.js';

/** The file-SD file of the system that runs on this data directory. */
export function prometheusTargetsFile(dataDir: string): string {
  return path.join(dataDir, 'prometheus', 'targets.json');
}

/** Writes the targets of every planned replica (at each start, so a new SCALE is picked up). */
export function writePrometheusTargets(
  config: Pick<RunnerConfig, 'dataDir' | 'gatewayPort' | 'servicePortBase' | 'replicas'>,
): string {
  const file = prometheusTargetsFile(config.dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  const groups = prometheusTargets(bazaar, config);
  replaceFileAtomically(file, `${JSON.stringify(groups, null, 2)}\n`);
  return file;
}
