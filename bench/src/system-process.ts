import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Starts the runner (from the built tree) on its own ports and data folder; resolves once it runs. */
export function startRunner(options: {
  port: number;
  portBase: number;
  dataDir?: string;
  env?: Record<string, string>;
}) {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-bench-'));
  const child = spawn(process.execPath, ['tools/runner/dist/main.js'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(options.port),
      SERVICE_PORT_BASE: String(options.portBase),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '100000000',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  return { child, dataDir, baseUrl: `http://127.0.0.1:${options.port}` };
}

/** Polls a URL until it answers 200; resolves with the milliseconds waited. */
export async function waitFor200(url: string, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
}

/** Stops a runner and everything it started. */
export async function stopRunner(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-(child.pid ?? 0), 'SIGINT');
  const timer = setTimeout(() => process.kill(-(child.pid ?? 0), 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Resident memory of a process in MB, from /proc. */
export function residentMegabytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round((kb / 1024) * 10) / 10;
}

/** The processes the runner lists in `<DATA_DIR>/runner.json`. */
export function runnerProcesses(dataDir: string): Array<{ name: string; instance: string; pid: number }> {
  const state = JSON.parse(fs.readFileSync(path.join(dataDir, 'runner.json'), 'utf8')) as {
    processes: Array<{ name: string; instance: string; pid: number }>;
  };
  return state.processes;
}

/** The admin account the shop benchmarks start the system with. */
export const benchAdmin = { email: 'admin@bench.test', password: 'bench-admin-password' };

/**
 * Starts the runner as the shop benchmarks do (the bench admin, a stopped shipping clock, no
 * limit on sign-ups) and resolves once /health/system answers 200.
 */
export async function startShopRunner(port: number, portBase: number, env: Record<string, string> = {}) {
  const system = startRunner({
    port,
    portBase,
    env: {
      ...env,
      ADMIN_EMAIL: benchAdmin.email,
      ADMIN_PASSWORD: benchAdmin.password,
      SHIPPING_STEP_MS: '600000',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
    },
  });
  try {
    await waitFor200(`${system.baseUrl}/health/system`, 120_000);
  } catch (error) {
    await stopRunner(system.child);
    throw error;
  }
  return system;
}
