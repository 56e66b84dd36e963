// <DATA_DIR>/runner.json: the processes the runner supervises right now, for tools and tests.
import { replaceFileAtomically } from './atomic-file.js';

/** Where one supervised process stands. */
export type ProcessPhase = 'running' | 'restarting' | 'stopping' | 'stopped';

/** One supervised process as written to runner.json. */
export interface ProcessStatus {
  readonly name: string;
  readonly instance: string;
  readonly port: number;
  /** OS process id, or null while it is not running. */
  readonly pid: number | null;
  readonly restarts: number;
  readonly phase: ProcessPhase;
}

/** The whole content of runner.json. */
export interface RunnerState {
  readonly runnerPid: number;
  /** The public address of the store. */
  readonly url: string;
  readonly updatedAt: string;
  readonly processes: readonly ProcessStatus[];
}

/** Replaces the state file atomically, so a reader never sees half a file. */
export function writeRunnerState(file: string, state: RunnerState): void {
  replaceFileAtomically(file, `${JSON.stringify(state, null, 2)}\n`);
}
