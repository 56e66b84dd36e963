// Notices when this process's parent dies, even by SIGKILL: Linux then re-parents the process,
// which /proc/self/stat shows at once. Elsewhere, a signal-0 probe of the old parent stands in.
import { readProcStat } from './proc-stat.js';

/** Calls onGone once, soon after this process's parent has died. */
export function watchParent(onGone: () => void, intervalMs = 1000): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (isParentAlive(parent)) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
}

function isParentAlive(parent: number): boolean {
  const stat = readProcStat();
  if (stat) return stat.ppid === parent;
  try {
    process.kill(parent, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
