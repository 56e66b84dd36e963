import { performance } from 'node:perf_hooks';
import { currentRequestContext } from '../context/request-context.js';
import { deadlineHeader } from '../context/deadline.js';

/** A call was not made (or not retried) because the caller's deadline had passed. */
export class DeadlineExceededError extends Error {
  constructor(service: string) {
    super(`the deadline passed before ${service} could be called`);
    this.name = 'DeadlineExceededError';
  }
}

/**
 * The deadline one outbound call must meet, read from the caller's context when the call is made
 * (a queued call runs later, in another request's context). Without one, only timeouts bind.
 */
export class CallDeadline {
  constructor(readonly deadlineAt: number | undefined) {}

  /** The deadline of the work in progress. */
  static current(): CallDeadline {
    return new CallDeadline(currentRequestContext()?.deadlineAt);
  }

  /** Milliseconds left (≤ 0 once passed), or undefined without a deadline. */
  remainingMs(): number | undefined {
    return this.deadlineAt === undefined ? undefined : this.deadlineAt - performance.now();
  }

  /** The next attempt's timeout: `configuredMs`, or what is left when that is less; throws once passed. */
  attemptTimeoutMs(configuredMs: number, service: string): number {
    const left = this.remainingMs();
    if (left === undefined) return configuredMs;
    if (left < 1) throw new DeadlineExceededError(service);
    return Math.min(configuredMs, Math.floor(left));
  }

  /** The header that passes the remaining time on to the callee. */
  headers(): Record<string, string> {
    const left = this.remainingMs();
    return left === undefined ? {} : { [deadlineHeader]: String(Math.max(0, Math.floor(left))) };
  }

  /** Whether a retry still fits: at least `windowMs` left (always, without a deadline). */
  leaves(windowMs: number): boolean {
    const left = this.remainingMs();
    return left === undefined || left >= windowMs;
  }
}
