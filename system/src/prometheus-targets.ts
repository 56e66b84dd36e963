// Prometheus file-based service discovery (`file_sd_configs`): one target group per replica, its
// `/metrics` address labelled with the process's name (job), kind and instance id (`catalog-1`, as
// the runner names it and as the process labels its own metrics).
import type { SystemDeclaration } from './declaration-types.js';

/** Where the processes listen: the gateway's port, the base of service ports, replicas per process. */
export interface PlacementSettings {
  readonly gatewayPort: number;
  readonly servicePortBase: number;
  readonly replicas?: ReadonlyMap<string, number>;
  readonly host?: string;
}

/** One entry of a Prometheus file-SD document. */
export interface FileSdTargetGroup {
  targets: string[];
  labels: Record<string, string>;
}

/** The port of one replica: the gateway's for the public process, else base + offset + 100 × replica. */
export function portOfReplica(port: number | 'public', replica: number, settings: PlacementSettings): number {
  return port === 'public' ? settings.gatewayPort + replica : settings.servicePortBase + port + 100 * replica;
}

/** The file-SD target groups of every replica of every declared process (write them as JSON for Prometheus). */
export function prometheusTargets(
  system: SystemDeclaration,
  settings: PlacementSettings,
): FileSdTargetGroup[] {
  const host = settings.host ?? '127.0.0.1';
  return system.processes.flatMap((spec) => {
    const count = spec.port === 'public' ? 1 : (settings.replicas?.get(spec.name) ?? 1);
    return Array.from({ length: count }, (_, replica) => ({
      targets: [`${host}:${portOfReplica(spec.port, replica, settings)}`],
      labels: {
        job: spec.name,
        instance: `${spec.name}-${replica}`,
        kind: spec.kind,
        __metrics_path__: '/metrics',
      },
    }));
  });
}
