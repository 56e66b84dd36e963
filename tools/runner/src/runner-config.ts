import path from 'node:path';
import { parseScale, type Replicas } from './scale.js';
import type { ProcessSpec } from './topology.js';
import { parseUrlOverrides, type UrlOverrides } from './url-overrides.js';

/** Everything the runner takes from its environment, validated once. */
export interface RunnerConfig {
  /** Absolute path of the repository; children run with it as their working directory. */
  readonly repoRoot: string;
  /** Absolute data directory handed to every child as DATA_DIR. */
  readonly dataDir: string;
  /** Port of the public gateway (PORT). */
  readonly gatewayPort: number;
  /** Base for service ports (SERVICE_PORT_BASE): base + offset + 100 * replica. */
  readonly servicePortBase: number;
  /** Replicas per process (SCALE). */
  readonly replicas: Replicas;
  /** The environment every child inherits before its own variables are added. */
  readonly inheritedEnv: NodeJS.ProcessEnv;
  /** `<NAME>_URL`s given to callers instead of the replicas' own (RUNNER_URL_OVERRIDES, for fault tests). */
  readonly urlOverrides: UrlOverrides;
  /** Where each child writes a CPU profile when it exits (CPU_PROFILE_DIR, absolute); unset: no profiles. */
  readonly cpuProfileDir: string | undefined;
  /** Stack traces in the .ts sources (SOURCE_MAPS=true); off by default, for memory and start time. */
  readonly sourceMaps: boolean;
}

/** Reads and validates the runner's settings; throws an Error that says what to fix. */
export function readRunnerConfig(
  env: NodeJS.ProcessEnv,
  repoRoot: string,
  specs: readonly ProcessSpec[],
): RunnerConfig {
  return {
    repoRoot,
    dataDir: path.resolve(repoRoot, env.DATA_DIR || '.data'),
    gatewayPort: parsePort('PORT', env.PORT, 8080),
    servicePortBase: parsePort('SERVICE_PORT_BASE', env.SERVICE_PORT_BASE, 7100),
    replicas: parseScale(env.SCALE, specs),
    inheritedEnv: { ...env },
    urlOverrides: parseUrlOverrides(env.RUNNER_URL_OVERRIDES, specs),
    cpuProfileDir: env.CPU_PROFILE_DIR ? path.resolve(repoRoot, env.CPU_PROFILE_DIR) : undefined,
    sourceMaps: parseSwitch('SOURCE_MAPS', env.SOURCE_MAPS),
  };
}

function parseSwitch(name: string, value: string | undefined): boolean {
  if (value === undefined || value.trim() === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new Error(`${name} must be true or false, got "${value}"`);
}

function parsePort(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${name} must be a port number between 1 and 65535, got "${value}"`);
  }
  return port;
}
