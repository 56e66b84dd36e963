// One child process kept alive: started, restarted with backoff when it exits on its own,
// and stopped with SIGTERM then SIGKILL when the runner shuts down.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { planRestart, type BackoffPolicy } from './backoff.js';
import { forEachLine } from './console-output.js';
import type { Instance } from './instances.js';
import type { ProcessPhase, ProcessStatus } from './runner-state.js';

/** What the supervisor needs to start the child and to report on it. */
export interface SupervisorOptions {
  readonly instance: Instance;
  /** Executable and arguments, e.g. [process.execPath, 'services/catalog/dist/main.bundle.js']. */
  readonly command: readonly [string, ...string[]];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly backoff: BackoffPolicy;
  /** Receives every line the child writes to stdout or stderr. */
  readonly onLine: (line: string) => void;
  /** Receives the supervisor's own news (exits, restarts). */
  readonly onNews: (message: string) => void;
  /** Called whenever pid, phase or restart count changes. */
  readonly onChange: () => void;
}

/** A child process that is restarted whenever it exits, until stop() is called. */
export class SupervisedProcess {
  private child: ChildProcess | null = null;
  private phase: ProcessPhase = 'stopped';
  private restarts = 0;
  private crashesInARow = 0;
  private startedAt = 0;
  private restartTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: SupervisorOptions) {}

  /** Spawns the child (in the runner's process group, so `kill -- -<pgid>` reaches it too). */
  start(): void {
    const [file, ...args] = this.options.command;
    const child = spawn(file, args, { cwd: this.options.cwd, env: this.options.env, stdio: 'pipe' });
    child.stdin.end();
    this.child = child;
    this.startedAt = Date.now();
    this.phase = 'running';
    forEachLine(child.stdout, this.options.onLine);
    forEachLine(child.stderr, this.options.onLine);
    child.once('error', (error) => {
      this.options.onNews(`could not start: ${error.message}`);
      if (child.pid === undefined) this.handleExit(child, null, null);
    });
    child.once('exit', (code, signal) => this.handleExit(child, code, signal));
    this.options.onChange();
  }

  /** Stops restarting, sends SIGTERM, and SIGKILL if the child is still alive after graceMs. */
  async stop(graceMs: number): Promise<void> {
    this.cancelRestart();
    const child = this.child;
    this.phase = child ? 'stopping' : 'stopped';
    this.options.onChange();
    if (!child) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timedOut = await Promise.race([exited.then(() => false), sleep(graceMs, true, { ref: false })]);
    if (timedOut) {
      this.options.onNews(`still running after ${graceMs} ms: sending SIGKILL`);
      child.kill('SIGKILL');
      await exited;
    }
  }

  /** Kills the child at once with SIGKILL; only after stop(), when asked to stop a second time. */
  kill(): void {
    this.child?.kill('SIGKILL');
  }

  /** The child's current status, as written to runner.json. */
  status(): ProcessStatus {
    const { name, id, port } = this.options.instance;
    const pid = this.child?.pid ?? null;
    return { name, instance: id, port, pid, restarts: this.restarts, phase: this.phase };
  }

  private handleExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child !== child) return;
    this.child = null;
    if (this.phase === 'stopping' || this.phase === 'stopped') {
      this.phase = 'stopped';
      this.options.onChange();
      return;
    }
    const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
    const plan = planRestart(this.crashesInARow, Date.now() - this.startedAt, this.options.backoff);
    this.crashesInARow = plan.crashesInARow;
    this.phase = 'restarting';
    this.options.onNews(`${how}; restarting in ${plan.delayMs} ms`);
    this.restartTimer = setTimeout(() => this.restart(), plan.delayMs);
    this.options.onChange();
  }

  private restart(): void {
    this.restartTimer = null;
    this.restarts += 1;
    this.options.onNews(`restart #${this.restarts}`);
    this.start();
  }

  private cancelRestart(): void {
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
  }
}
