import { isBusyError, type EmbeddedStore } from './embedded-store.js';

/**
 * One process's broadcast queue on the embedded broker: created on start, its lease renewed a few
 * times per lease period, removed on stop. Should the lease ever run out (the process stalled for
 * longer than a lease), the queue is created anew and `onDeclared` says events may have been missed.
 */
export class LeasedBroadcastQueue {
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly store: EmbeddedStore,
    readonly name: string,
    private readonly patterns: string[],
    private readonly settings: { leaseMs: number },
    private readonly onDeclared: () => void,
  ) {
    store.patiently(() => store.broadcasts.open(name, patterns, settings.leaseMs));
    this.timer = setInterval(() => this.renew(), Math.max(50, settings.leaseMs / 3));
    this.timer.unref();
    onDeclared();
  }

  /** Removes the queue and everything still in it. */
  close(): void {
    clearInterval(this.timer);
    this.store.broadcasts.close(this.name);
  }

  private renew(): void {
    try {
      if (this.store.broadcasts.renew(this.name, this.settings.leaseMs)) return;
      this.store.broadcasts.open(this.name, this.patterns, this.settings.leaseMs);
      this.onDeclared();
    } catch (error) {
      // another process holds the lock: the next of the renewals in this lease period tries again
      if (!isBusyError(error)) throw error;
    }
  }
}
