// Waiting for something that becomes true across processes, with a deadline and a clear failure.
import { setTimeout as sleep } from 'node:timers/promises';

/** How long to keep trying, and how often. */
export interface EventuallyOptions {
  readonly timeoutMs: number;
  readonly intervalMs?: number;
  /** What is awaited, for the error message ("catalog restarted"). */
  readonly what: string;
}

/**
 * Calls check until it returns a value other than undefined/false (that value is returned).
 * A check that throws counts as "not yet"; its last error is reported at the deadline.
 */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  options: EventuallyOptions,
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) break;
    await sleep(options.intervalMs ?? 200);
  }
  const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`${options.what}: not within ${options.timeoutMs / 1000} s${cause}`);
}

/** Resolves with the promise's value, or rejects if it takes longer than timeoutMs. */
export async function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  const timeout = sleep(timeoutMs).then(() => {
    throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
  });
  return Promise.race([promise, timeout]);
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
