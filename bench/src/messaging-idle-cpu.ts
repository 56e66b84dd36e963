// CPU of an idle producer+consumer process pair on the embedded bus, read from /proc.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const idleScript = fileURLToPath(new URL('./messaging-idle-process.js', import.meta.url));
const ticksPerSecond = 100; // USER_HZ on Linux

function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

function startIdle(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [idleScript, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(child));
    child.once('exit', (code) => reject(new Error(`idle process exited early: ${code}`)));
  });
}

/** Percent of one core used by an idle embedded producer+consumer pair over `seconds`. */
export async function measureIdleCpu(seconds: number): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bazaar-bench-idle-'));
  const pair = await Promise.all([
    startIdle(['consumer', dataDir, 'bench.events', 'bench.idle-ticks']),
    startIdle(['producer', dataDir, 'bench.events']),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let start-up work settle
  const before = pair.map((child) => cpuSeconds(child.pid ?? 0));
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const after = pair.map((child) => cpuSeconds(child.pid ?? 0));
  for (const child of pair) child.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
  const used = after.reduce((sum, value, index) => sum + value - (before[index] ?? 0), 0);
  return Math.round((used / seconds) * 10000) / 100;
}
