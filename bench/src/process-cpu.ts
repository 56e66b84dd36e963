// CPU time the processes of a running system have spent, read from Linux's /proc/<pid>/stat and
// summed per process name (every replica of a service counts towards that service).
import fs from 'node:fs';
import { runnerProcesses } from './system-process.js';

const msPerTick = 10; // USER_HZ is 100 on Linux

/** The CPU milliseconds each running instance had spent at one moment. */
export interface CpuSnapshot {
  atMs: number;
  instances: Map<string, { name: string; pid: number; cpuMs: number }>;
}

/** What the processes spent between two snapshots: CPU ms per process name, over `seconds`. */
export interface CpuWindow {
  seconds: number;
  cpuMsByProcess: Map<string, number>;
}

/** Reads the CPU each process listed in `<dataDir>/runner.json` has spent so far (user + system). */
export function snapshotCpu(dataDir: string): CpuSnapshot {
  const instances: CpuSnapshot['instances'] = new Map();
  for (const { name, instance, pid } of runnerProcesses(dataDir)) {
    const cpuMs = pid ? cpuMsOf(pid) : null;
    if (pid && cpuMs !== null) instances.set(instance, { name, pid, cpuMs });
  }
  return { atMs: performance.now(), instances };
}

/** The CPU spent between two snapshots per process name; an instance that restarted between them is left out. */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): CpuWindow {
  const cpuMsByProcess = new Map<string, number>();
  for (const [instance, now] of after.instances) {
    const then = before.instances.get(instance);
    const spent = then?.pid === now.pid ? now.cpuMs - then.cpuMs : 0;
    cpuMsByProcess.set(now.name, (cpuMsByProcess.get(now.name) ?? 0) + spent);
  }
  return { seconds: (after.atMs - before.atMs) / 1000, cpuMsByProcess };
}

/** Runs `work` between two CPU snapshots; resolves with its result and the CPU it cost. */
export async function measureCpu<T>(dataDir: string, work: () => Promise<T>) {
  const before = snapshotCpu(dataDir);
  const result = await work();
  return { result, window: cpuBetween(before, snapshotCpu(dataDir)) };
}

function cpuMsOf(pid: number): number | null {
  try {
    // the command name in brackets may hold spaces: count the fields after it
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * msPerTick; // utime + stime
  } catch {
    return null; // it exited
  }
}
