import { renameSync, writeFileSync } from 'node:fs';

/** Replaces a file atomically (write beside it, then rename), so a reader never sees half a file; `mode` from its creation on. */
export function replaceFileAtomically(file: string, text: string, mode?: number): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, mode === undefined ? {} : { mode });
  renameSync(temporary, file);
}
