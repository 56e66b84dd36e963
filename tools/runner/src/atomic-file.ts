import { renameSync, writeFileSync } from 'node:fs';

/** Replaces a file atomically (write beside it, then rename), so a reader never sees half a file. */
export function replaceFileAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
