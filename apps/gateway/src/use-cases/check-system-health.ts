import { request } from 'undici';

/** One replica's readiness. */
export interface InstanceHealth {
  url: string;
  status: 'ready' | 'not_ready' | 'unreachable';
}

/** The whole system's readiness, as GET /health/system reports it. */
export interface SystemHealth<Instance = InstanceHealth> {
  status: 'ok' | 'degraded';
  services: Record<string, { status: 'ready' | 'not_ready'; instances: Instance[] }>;
}

/** Asks every replica of every service for its own readiness; a service is ready when one replica is. */
export async function checkSystemHealth(
  services: Record<string, string[]>,
  timeoutMs = 1000,
): Promise<SystemHealth> {
  const entries = await Promise.all(
    Object.entries(services).map(async ([name, urls]) => {
      const instances = await Promise.all(urls.map((url) => checkInstance(url, timeoutMs)));
      const ready = instances.some((instance) => instance.status === 'ready');
      return [name, { status: ready ? 'ready' : 'not_ready', instances }] as const;
    }),
  );
  const allReady = entries.every(([, service]) => service.status === 'ready');
  return { status: allReady ? 'ok' : 'degraded', services: Object.fromEntries(entries) };
}

/** The same report without the instances' addresses (internal), for anyone but an admin. */
export function withoutAddresses(health: SystemHealth): SystemHealth<Omit<InstanceHealth, 'url'>> {
  const services = Object.entries(health.services).map(([name, service]) => [
    name,
    { status: service.status, instances: service.instances.map(({ status }) => ({ status })) },
  ]);
  return { status: health.status, services: Object.fromEntries(services) };
}

async function checkInstance(url: string, timeoutMs: number): Promise<InstanceHealth> {
  try {
    const response = await request(`${url}/health/ready`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.body.dump();
    return { url, status: response.statusCode === 200 ? 'ready' : 'not_ready' };
  } catch {
    return { url, status: 'unreachable' };
  }
}
