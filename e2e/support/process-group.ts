// A command started in its own process group (detached), so the whole tree it starts can be
// signalled at once. A guardian process stops that group if the test process dies first.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** How a process ended. */
export interface ExitStatus {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A running command and its process group. */
export interface ProcessGroup {
  /** Pid of the command, which is also the process group id. */
  readonly pid: number;
  /** Resolves when the command itself has exited. */
  readonly exited: Promise<ExitStatus>;
  /** True until the command has exited. */
  isRunning(): boolean;
  /** Sends a signal to every process in the group (what Ctrl-C does in a terminal). */
  signal(signal: NodeJS.Signals): void;
}

const guardianPath = fileURLToPath(new URL('./group-guardian.mjs', import.meta.url));

/** Starts a command detached, in its own process group; every output chunk goes to onOutput. */
export function spawnGroup(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onOutput: (text: string) => void },
): ProcessGroup {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: 'pipe' });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command} ${args.join(' ')}`);
  guardGroup(pid);
  child.stdin.end();
  child.stdout.setEncoding('utf8').on('data', options.onOutput);
  child.stderr.setEncoding('utf8').on('data', options.onOutput);
  let running = true;
  const exited = once(child, 'exit').then(([code, signal]) => {
    running = false;
    return { code, signal } as ExitStatus;
  });
  return { pid, exited, isRunning: () => running, signal: (signal) => signalGroup(pid, signal) };
}

/**
 * SIGINT to the group, then SIGKILL to the group if the command has not exited after graceMs;
 * whatever the command left behind in its group is SIGKILLed too, so nothing outlives the call.
 */
export async function stopGroup(group: ProcessGroup, graceMs: number): Promise<ExitStatus> {
  if (group.isRunning()) {
    group.signal('SIGINT');
    const exitedInTime = await Promise.race([
      group.exited.then(() => true),
      sleep(graceMs).then(() => false),
    ]);
    if (!exitedInTime) group.signal('SIGKILL');
  }
  const status = await group.exited;
  await killLeftovers(group.pid);
  return status;
}

async function killLeftovers(pid: number): Promise<void> {
  // The last children may still be exiting: give them a moment, then kill what remains (≤ 2 s).
  for (let attempt = 0; attempt < 20 && signalGroup(pid, 0); attempt += 1) {
    await sleep(100);
    if (attempt >= 2) signalGroup(pid, 'SIGKILL');
  }
}

/** Starts the guardian that stops this group if the test process dies without stopping it. */
function guardGroup(pid: number): void {
  const args = [guardianPath, String(process.pid), String(pid)];
  spawn(process.execPath, args, { detached: true, stdio: 'ignore' }).unref();
}

/** Signals the group; false when no process is left in it. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}
