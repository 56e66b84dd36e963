// All supervised processes together: started in topology order, stopped together, and mirrored
// into <DATA_DIR>/runner.json whenever one of them changes.
import path from 'node:path';
import { defaultBackoff } from './backoff.js';
import { childNodeFlags, cpuProfileFlags, sourceMapFlags } from './child-node-flags.js';
import type { RunnerConsole } from './console-output.js';
import { childEnvironment, entryFileOf, type Instance } from './instances.js';
import type { RunnerConfig } from './runner-config.js';
import { writeRunnerState, type ProcessStatus } from './runner-state.js';
import { SupervisedProcess } from './supervised-process.js';
import type { ServiceSecrets } from './service-keys.js';

/** What the fleet is made of and where it reports. */
export interface FleetOptions {
  readonly instances: readonly Instance[];
  readonly config: RunnerConfig;
  readonly console: RunnerConsole;
  /** URL of the module preloaded into every child (see orphan-guard.ts). */
  readonly preloadUrl: string;
  /** Variables only some children get (the gateway: where the control channel is). */
  readonly extraEnv?: (instance: Instance) => NodeJS.ProcessEnv;
  /** Each process's key and the metrics token (service-keys.ts). */
  readonly secrets?: ServiceSecrets;
}

/** Every process the runner supervises. */
export class Fleet {
  private readonly byId: ReadonlyMap<string, SupervisedProcess>;
  private readonly processes: SupervisedProcess[];
  private readonly stateFile: string;

  constructor(private readonly options: FleetOptions) {
    this.stateFile = path.join(options.config.dataDir, 'runner.json');
    this.byId = new Map(options.instances.map((instance) => [instance.id, this.supervise(instance)]));
    this.processes = [...this.byId.values()];
  }

  /** Starts the processes of these instances, in the order given. */
  start(instances: readonly Instance[]): void {
    for (const instance of instances) this.byId.get(instance.id)?.start();
  }

  /** Every process's status, as runner.json has it. */
  statuses(): ProcessStatus[] {
    return this.processes.map((supervised) => supervised.status());
  }

  /** Stops one instance for good (until startInstance): SIGTERM, then SIGKILL after the grace time. */
  stopInstance(id: string, graceMs: number): boolean {
    const supervised = this.byId.get(id);
    if (!supervised) return false;
    this.options.console.say(`${id} stopped from the control channel`, 'warn');
    void supervised.stop(graceMs);
    return true;
  }

  /** Starts one instance again when it is stopped; true also when it already runs. */
  startInstance(id: string): boolean {
    const supervised = this.byId.get(id);
    if (!supervised) return false;
    if (supervised.status().phase === 'stopped') {
      this.options.console.say(`${id} started from the control channel`);
      supervised.start();
    }
    return true;
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
        ...sourceMapFlags(config.sourceMaps),
        ...cpuProfileFlags(config.cpuProfileDir, instance.id),
        '--import',
        this.options.preloadUrl,
        entryFileOf(instance),
      ],
      cwd: config.repoRoot,
      env: {
        ...childEnvironment(instance, instances, config, this.options.secrets),
        ...this.options.extraEnv?.(instance),
      },
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
