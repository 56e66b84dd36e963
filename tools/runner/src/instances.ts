import { serviceSecretsEnvironment, type ServiceSecrets } from './service-keys.js';
import { childMallocEnvironment } from './child-node-flags.js';
import { bundledEntryOf } from './entry-files.js';
import type { RunnerConfig } from './runner-config.js';
import { urlKeyOf } from '@bazaar/system';
import type { ProcessSpec } from './topology.js';
import { applyUrlOverrides } from './url-overrides.js';
import { withoutOthersSecrets } from './private-environment.js';

/** One running copy of a process: its replica number, its id (`catalog-1`) and its port. */
export interface Instance {
  readonly name: string;
  readonly replica: number;
  readonly id: string;
  readonly dir: string;
  readonly port: number;
  /** The processes this one calls (from the declaration). */
  readonly calls: readonly string[];
}

type PortSettings = Pick<RunnerConfig, 'gatewayPort' | 'servicePortBase' | 'replicas'>;

/** The instances (every replica) of the named processes, in plan order. */
export function instancesOf(
  instances: readonly Instance[],
  processes: readonly { name: string }[],
): Instance[] {
  const names = new Set(processes.map((spec) => spec.name));
  return instances.filter((instance) => names.has(instance.name));
}

/** Lists every instance in start order with its port; throws when ports collide or overflow. */
export function planInstances(specs: readonly ProcessSpec[], settings: PortSettings): Instance[] {
  const instances = specs.flatMap((spec) => {
    const count = settings.replicas.get(spec.name) ?? 1;
    return Array.from({ length: count }, (_, replica) => ({
      name: spec.name,
      replica,
      id: `${spec.name}-${replica}`,
      dir: spec.dir,
      port: portOf(spec, replica, settings),
      calls: spec.calls,
    }));
  });
  assertDistinctPorts(instances);
  return instances;
}

function portOf(spec: ProcessSpec, replica: number, settings: PortSettings): number {
  if (spec.port === 'public') return settings.gatewayPort;
  const port = settings.servicePortBase + spec.port + 100 * replica;
  if (port > 65535) {
    throw new Error(`${spec.name}-${replica} would listen on ${port}: lower SERVICE_PORT_BASE or SCALE`);
  }
  return port;
}

function assertDistinctPorts(instances: readonly Instance[]): void {
  const owners = new Map<number, string>();
  for (const instance of instances) {
    const owner = owners.get(instance.port);
    if (owner) throw new Error(`${owner} and ${instance.id} would both listen on port ${instance.port}`);
    owners.set(instance.port, instance.id);
  }
}

/** The file an instance runs, relative to the repo root: its bundle (see entry-files.ts). */
export function entryFileOf(instance: Instance): string {
  return bundledEntryOf(instance.dir);
}

/** The base URL of one instance, as other processes reach it. */
export function baseUrlOf(instance: Instance): string {
  return `http://127.0.0.1:${instance.port}`;
}

/** `<NAME>_URL` for every process named (all by default): the comma-separated base URLs of its replicas. */
export function urlVariables(
  instances: readonly Instance[],
  names?: readonly string[],
): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const instance of instances) {
    if (names && !names.includes(instance.name)) continue;
    const key = urlKeyOf(instance.name);
    variables[key] = variables[key] ? `${variables[key]},${baseUrlOf(instance)}` : baseUrlOf(instance);
  }
  return variables;
}

/**
 * The full environment of one child: the runner's own (without other processes' secrets), the URLs
 * of the processes it calls, its own key and place.
 */
export function childEnvironment(
  instance: Instance,
  instances: readonly Instance[],
  config: Pick<RunnerConfig, 'inheritedEnv' | 'dataDir'> & Partial<Pick<RunnerConfig, 'urlOverrides'>>,
  secrets?: ServiceSecrets,
): NodeJS.ProcessEnv {
  return {
    ...childMallocEnvironment,
    // `npm start` serves plain http on one machine unless told otherwise
    BAZAAR_ENV: config.inheritedEnv.BAZAAR_ENV ?? 'development',
    ...withoutOthersSecrets(instance.name, config.inheritedEnv),
    ...(secrets ? serviceSecretsEnvironment(secrets, instance.name) : {}),
    ...applyUrlOverrides(urlVariables(instances, instance.calls), config.urlOverrides ?? {}),
    // identity verifies admin tokens on its own admin routes against its own JWKS
    ...(instance.name === 'identity' ? urlVariables(instances, ['identity']) : {}),
    PORT: String(instance.port),
    HOST: '127.0.0.1',
    DATA_DIR: config.dataDir,
    SERVICE_INSTANCE: instance.id,
  };
}
