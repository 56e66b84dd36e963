// The processes `npm start` runs, taken from the system declaration (system/bazaar.system.ts):
// adding a service there adds it here. Start order comes from startOrder in @bazaar/system.
import { bazaar, type ProcessDeclaration } from '@bazaar/system';

/** One process the runner starts and supervises. */
export interface ProcessSpec {
  /** Name used in SERVICE_INSTANCE, in <NAME>_URL and in the log tag. */
  readonly name: string;
  /** Package folder relative to the repo root; the process runs `<dir>/dist/main.bundle.js`. */
  readonly dir: string;
  /** Offset (1–99) from SERVICE_PORT_BASE, or 'public' for the one process that listens on PORT. */
  readonly port: number | 'public';
  /** The processes it calls: it is given their `<NAME>_URL`s and no others. */
  readonly calls: readonly string[];
}

/** The runner's view of one declared process. */
export function processSpecOf(spec: ProcessDeclaration): ProcessSpec {
  return {
    name: spec.name,
    dir: spec.dir,
    port: spec.port,
    calls: spec.calls,
  };
}

/** Every process of the local system, in the declaration's order. */
export const topology: readonly ProcessSpec[] = bazaar.processes.map(processSpecOf);
