// GET /api/ops/services: every process of the declaration with its instances, found through the
// local runner when it started the system, else through the gateway's own upstream URLs.
import type { OpsInstance, OpsService } from '@bazaar/contracts/gateway';
import { processVersion } from '@bazaar/platform';
import { bazaar, type ProcessDeclaration } from '@bazaar/system';
import { probeInstance } from './probe-instance.js';
import type { RunnerControl, RunnerProcess } from './runner-control.js';

/** Where the instances are: the runner's control channel, or the base URLs of each process. */
export interface InstanceSources {
  readonly runner: RunnerControl | null;
  readonly urls: Readonly<Record<string, readonly string[]>>;
  /** This gateway's own instance id (it has no URL of its own to probe). */
  readonly selfId: string;
}

/** Lists the processes and their instances, remembering each instance's last known version. */
export function createServiceLister(sources: InstanceSources): () => Promise<OpsService[]> {
  const versions = new Map<string, string>();
  const remember = (instance: OpsInstance): OpsInstance => {
    if (instance.version !== 'unknown') versions.set(instance.id, instance.version);
    return { ...instance, version: versions.get(instance.id) ?? instance.version };
  };
  return async () => {
    const supervised = await sources.runner?.instances().catch(() => null);
    const instancesOf = supervised
      ? (spec: ProcessDeclaration) =>
          Promise.all(supervised.filter((p) => p.name === spec.name).map(fromRunner))
      : (spec: ProcessDeclaration) => fromUrls(spec, sources);
    return Promise.all(
      bazaar.processes.map(async (spec) => ({
        ...describe(spec),
        instances: (await instancesOf(spec)).map(remember),
      })),
    );
  };
}

function describe(spec: ProcessDeclaration): Omit<OpsService, 'instances'> {
  return {
    name: spec.name,
    kind: spec.kind,
    calls: [...spec.calls],
    publishes: [...spec.publishes],
    consumes: spec.consumes.map((queue) => ({ queue: queue.queue, types: [...queue.events] })),
  };
}

async function fromRunner(process: RunnerProcess): Promise<OpsInstance> {
  const down = { id: process.instance, status: 'down' as const, version: 'unknown', uptimeSeconds: 0 };
  if (process.phase !== 'running') return down;
  const probe = await probeInstance(`http://127.0.0.1:${process.port}`);
  return {
    ...down,
    // a process the runner has just spawned is starting until it answers ready
    status: probe.ready ? 'ready' : 'starting',
    version: probe.live?.version ?? 'unknown',
    uptimeSeconds: probe.live?.uptimeSeconds ?? 0,
    ...(process.pid === null ? {} : { pid: process.pid }),
  };
}

async function fromUrls(spec: ProcessDeclaration, sources: InstanceSources): Promise<OpsInstance[]> {
  if (spec.kind === 'gateway') return [thisProcess(sources.selfId)];
  return Promise.all(
    (sources.urls[spec.name] ?? []).map(async (url, replica) => {
      const { live, ready } = await probeInstance(url);
      const status = ready ? 'ready' : live ? 'starting' : 'down';
      const id = live?.instance ?? `${spec.name}-${replica}`;
      return {
        id,
        status,
        version: live?.version ?? 'unknown',
        uptimeSeconds: live?.uptimeSeconds ?? 0,
        ...(live ? { pid: live.pid } : {}),
      };
    }),
  );
}

function thisProcess(id: string): OpsInstance {
  const uptimeSeconds = Math.round(process.uptime());
  return { id, status: 'ready', version: processVersion(), uptimeSeconds, pid: process.pid };
}
