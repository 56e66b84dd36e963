// Notices when this process's parent dies, even by SIGKILL: Linux then re-parents the process,
// which /proc/self/stat shows at once. Elsewhere, a signal-0 probe of the old parent stands in.
import { readFileSync } from 'node:fs';

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
  const current = currentParentPid();
  if (current !== null) return current === parent;
  try {
    process.kill(parent, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function currentParentPid(): number | null {
  try {
    // Format: "pid (command) state ppid …"; the command may itself contain spaces or parentheses.
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) ? ppid : null;
  } catch {
    return null;
  }
}
