// What a running process was started with, read as its user may (Linux /proc).
import { readFileSync } from 'node:fs';

/** The environment a running process was started with, from /proc/<pid>/environ. */
export function environmentOf(pid: number): Record<string, string> {
  const entries = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
  return Object.fromEntries(
    entries.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
  );
}
