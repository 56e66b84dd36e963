// The shape of <DATA_DIR>/runner.json, as written by the runner (tools/runner/src/runner-state.ts).
// Mirrored here rather than imported: e2e reads the file across a process boundary, like any tool.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** One process the runner supervises. */
export interface RunnerProcess {
  readonly name: string;
  /** `<name>-<replica>`, e.g. `catalog-0`. */
  readonly instance: string;
  readonly port: number;
  /** Null while the process is not running (e.g. between a crash and its restart). */
  readonly pid: number | null;
  readonly restarts: number;
  readonly phase: 'running' | 'restarting' | 'stopping' | 'stopped';
}

/** The content of runner.json. */
export interface RunnerState {
  readonly runnerPid: number;
  readonly url: string;
  readonly updatedAt: string;
  readonly processes: readonly RunnerProcess[];
}

/** Reads the runner's state file from a data directory. */
export async function readRunnerState(dataDir: string): Promise<RunnerState> {
  return JSON.parse(await readFile(path.join(dataDir, 'runner.json'), 'utf8')) as RunnerState;
}
