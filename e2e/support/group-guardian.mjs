// Started by process-group.ts next to each system under test, in its own session. If the test
// process dies without stopping that system (a crash, SIGKILL, vitest killing its worker, Ctrl-C
// on vitest), it stops the system's whole process group: SIGINT, then SIGKILL after 10 s.
// Usage: node group-guardian.mjs <test pid> <process group id>. Exits as soon as the group is gone.
import { readFileSync } from 'node:fs';

const [testPid, groupId] = process.argv.slice(2).map(Number);

function signal(target, name) {
  try {
    process.kill(target, name);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function isTestProcessAlive() {
  try {
    // Linux: once the test process dies, this process is re-parented at once (even if unreaped).
    const stat = readFileSync('/proc/self/stat', 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === testPid;
  } catch {
    return signal(testPid, 0);
  }
}

const timer = setInterval(() => {
  if (!signal(-groupId, 0)) process.exit(0);
  if (isTestProcessAlive()) return;
  clearInterval(timer);
  signal(-groupId, 'SIGINT');
  setTimeout(() => {
    signal(-groupId, 'SIGKILL');
    process.exit(0);
  }, 10_000);
}, 500);
