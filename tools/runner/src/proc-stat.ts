// Reads this process's parent and process group from Linux's /proc/self/stat.
import { readFileSync } from 'node:fs';

/** The ids Node does not expose live: the current parent pid and the process group id. */
export interface ProcStat {
  readonly ppid: number;
  readonly pgrp: number;
}

/** Reads /proc/self/stat; null where there is no /proc (macOS, Windows). */
export function readProcStat(): ProcStat | null {
  try {
    // Format: "pid (command) state ppid pgrp …"; the command may contain spaces or parentheses.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const [, ppid = NaN, pgrp = NaN] = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return Number.isInteger(ppid) && Number.isInteger(pgrp) ? { ppid, pgrp } : null;
  } catch {
    return null;
  }
}
