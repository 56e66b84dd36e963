// <DATA_DIR>/runner-control.json: where the runner's control channel listens and its secret.
import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The control file's name in the data directory. */
export const controlFileName = 'runner-control.json';

/** What the control file holds. */
export interface ControlFile {
  readonly url: string;
  readonly secret: string;
  readonly runnerPid: number;
}

/** Writes the control file readable by this user only (0600), atomically; returns its path. */
export function writeControlFile(dataDir: string, content: ControlFile): string {
  const file = path.join(dataDir, controlFileName);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(content)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
  return file;
}
