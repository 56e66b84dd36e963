// Asks one process how it is: /health/live for pid, version and uptime, /health/ready for readiness.
import { request } from 'undici';

/** What one process says about itself; null fields when it did not answer. */
export interface InstanceProbe {
  readonly live: { instance: string; pid: number; version: string; uptimeSeconds: number } | null;
  readonly ready: boolean;
}

// generous: a process busy hashing passwords on a loaded machine is slow, not down
const timeoutMs = 2_000;

/** Probes the process at `baseUrl`; never throws. */
export async function probeInstance(baseUrl: string): Promise<InstanceProbe> {
  const [live, ready] = await Promise.all([
    getJson(`${baseUrl}/health/live`),
    getJson(`${baseUrl}/health/ready`),
  ]);
  return { live: live.ok ? (live.body as InstanceProbe['live']) : null, ready: ready.ok };
}

async function getJson(url: string): Promise<{ ok: boolean; body: unknown }> {
  try {
    const response = await request(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = (await response.body.json()) as unknown;
    return { ok: response.statusCode === 200, body };
  } catch {
    return { ok: false, body: null };
  }
}
