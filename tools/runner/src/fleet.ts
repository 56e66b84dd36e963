// All supervised processes together: started in topology order, stopped together, and mirrored
// into <DATA_DIR>/runner.json whenever one of them changes.
import path from 'node:path';
import { defaultBackoff } from './backoff.js';
import { childNodeFlags } from './child-node-flags.js';
import type { RunnerConsole } from './console-output.js';
import { childEnvironment, entryFileOf, type Instance } from './instances.js';
import type { RunnerConfig } from './runner-config.js';
import { writeRunnerState } from './runner-state.js';
import { SupervisedProcess } from './supervised-process.js';

/** What the fleet is made of and where it reports. */
export interface FleetOptions {
  readonly instances: readonly Instance[];
  readonly config: RunnerConfig;
  readonly console: RunnerConsole;
  /** URL of the module preloaded into every child (see orphan-guard.ts). */
  readonly preloadUrl: string;
}

/** Every process the runner supervises. */
export class Fleet {
  private readonly processes: SupervisedProcess[];
  private readonly stateFile: string;

  constructor(private readonly options: FleetOptions) {
    this.stateFile = path.join(options.config.dataDir, 'runner.json');
    this.processes = options.instances.map((instance) => this.supervise(instance));
  }

  /** Starts the processes of these instances, in topology order. */
  start(instances: readonly Instance[]): void {
    const ids = new Set(instances.map((instance) => instance.id));
    for (const [index, supervised] of this.processes.entries()) {
      if (ids.has(this.options.instances[index]?.id ?? '')) supervised.start();
    }
  }

  /** Stops every process: SIGTERM to all, SIGKILL to those still alive after graceMs. */
  async stopAll(graceMs: number): Promise<void> {
    await Promise.all(this.processes.map((supervised) => supervised.stop(graceMs)));
  }

  /** SIGKILLs every process still alive (a second Ctrl-C). */
  killAll(): void {
    for (const supervised of this.processes) supervised.kill();
  }

  private supervise(instance: Instance): SupervisedProcess {
    const { config, console: out, instances } = this.options;
    return new SupervisedProcess({
      instance,
      command: [
        process.execPath,
        ...childNodeFlags,
        '--import',
        this.options.preloadUrl,
        entryFileOf(instance),
      ],
      cwd: config.repoRoot,
      env: childEnvironment(instance, instances, config),
      backoff: defaultBackoff,
      onLine: (line) => out.childLine(instance.id, line),
      onNews: (message) => out.say(`${instance.id} ${message}`, 'warn'),
      onChange: () => this.saveState(),
    });
  }

  private saveState(): void {
    writeRunnerState(this.stateFile, {
      runnerPid: process.pid,
      url: `http://localhost:${this.options.config.gatewayPort}`,
      updatedAt: new Date().toISOString(),
      processes: this.processes.map((supervised) => supervised.status()),
    });
  }
}
