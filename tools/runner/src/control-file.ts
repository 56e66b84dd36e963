// <DATA_DIR>/runner-control.json: where the runner's control channel listens and its secret.
import path from 'node:path';
import { replaceFileAtomically } from './atomic-file.js';

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
  replaceFileAtomically(file, `${JSON.stringify(content)}\n`, 0o600);
  return file;
}
