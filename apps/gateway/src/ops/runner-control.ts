// The gateway's side of the local runner's control channel (tools/runner/src/control-channel.ts):
// it reads <DATA_DIR>/runner-control.json on each call, so a restarted runner is found again.
import { readFile } from 'node:fs/promises';
import { request } from 'undici';

/** One supervised process as the runner reports it (mirrors the runner's runner.json entry). */
export interface RunnerProcess {
  readonly name: string;
  readonly instance: string;
  readonly port: number;
  readonly pid: number | null;
  readonly restarts: number;
  readonly phase: 'running' | 'restarting' | 'stopping' | 'stopped';
}

/** What the gateway may ask the runner. */
export interface RunnerControl {
  instances(): Promise<RunnerProcess[]>;
  /** Resolves false when the runner knows no such instance. */
  control(id: string, action: 'stop' | 'start'): Promise<boolean>;
}

const timeoutMs = 2_000;

/** The runner's control channel described by `file`. */
export function runnerControlAt(file: string): RunnerControl {
  const send = async (method: 'GET' | 'POST', path: string) => {
    const { url, secret } = JSON.parse(await readFile(file, 'utf8')) as { url: string; secret: string };
    const response = await request(`${url}${path}`, {
      method,
      headers: { authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.body.json()) as unknown;
    if (response.statusCode >= 500 || response.statusCode === 401) {
      throw new Error(`the runner answered ${response.statusCode}`);
    }
    return { status: response.statusCode, body };
  };
  return {
    instances: async () => ((await send('GET', '/instances')).body as { items: RunnerProcess[] }).items,
    control: async (id, action) =>
      (await send('POST', `/instances/${encodeURIComponent(id)}/${action}`)).status === 202,
  };
}
