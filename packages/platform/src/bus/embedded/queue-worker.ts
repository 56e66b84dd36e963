import type { Delivery, DeliveryOutcome } from '../bus-types.js';
import { isBusyError, type ClaimedMessage, type EmbeddedStore } from './embedded-store.js';

/** How long a worker waits before claiming again when another process held the lock. */
const busyRetryMs = 50;

/** Consumes one queue of the embedded broker: claims with a lease, delivers, applies the outcome. */
export class QueueWorker {
  private running = false;
  private draining: Promise<void> | undefined;
  private again = false;
  private sweepTimer: NodeJS.Timeout | undefined;
  private dueTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: EmbeddedStore,
    private readonly queue: string,
    private readonly owner: string,
    private readonly deliver: (delivery: Delivery) => Promise<DeliveryOutcome>,
    private readonly settings: {
      prefetch: number;
      deliveryLimit: number;
      leaseMs: number;
      sweepIntervalMs: number;
    },
  ) {}

  /** Starts delivering: at once, on every doorbell ring, and on a slow timer for expired leases. */
  start(): void {
    this.running = true;
    this.sweepTimer = setInterval(() => this.wake(), this.settings.sweepIntervalMs);
    this.wake();
  }

  /** Drains the queue now (or right after the drain in progress). */
  wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Stops claiming and waits for the message in hand. */
  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.sweepTimer);
    clearTimeout(this.dueTimer);
    await this.draining;
  }

  private async drain(): Promise<void> {
    try {
      await this.drainOnce();
    } catch (error) {
      // the lock was held past the short wait: unclaimed and unsettled messages stay where they
      // were (a settled one whose ack failed comes back after its lease, and the inbox skips it)
      if (!isBusyError(error)) throw error;
      this.wakeLater(busyRetryMs + Math.random() * busyRetryMs);
    }
  }

  private async drainOnce(): Promise<void> {
    for (;;) {
      if (!this.running) return;
      const claimed = this.store.claim(this.queue, this.owner, this.settings.prefetch, this.settings.leaseMs);
      if (claimed.length === 0) break;
      for (const message of claimed) {
        if (this.running) await this.handle(message);
        else this.store.retryLater(message.seq, this.owner, 0, 'consumer stopped');
      }
    }
    this.scheduleNextDue();
  }

  private async handle(message: ClaimedMessage): Promise<void> {
    if (message.attempts > this.settings.deliveryLimit) {
      const reason = `delivery limit ${this.settings.deliveryLimit} reached; last error: ${message.lastError ?? 'consumer died while handling'}`;
      this.store.deadLetter(message.seq, reason);
      return;
    }
    const headers = message.headers ? (JSON.parse(message.headers) as Record<string, string>) : undefined;
    const outcome = await this.deliver({ body: message.body, attempt: message.attempts, headers });
    await settleBetweenPeers(() => {
      if (outcome.kind === 'ack') this.store.ack(message.seq, this.owner);
      else if (outcome.kind === 'retry')
        this.store.retryLater(message.seq, this.owner, outcome.delayMs, outcome.error);
      else this.store.deadLetter(message.seq, outcome.reason);
    });
  }

  /** A retry due before the next sweep gets its own timer, so backoff is honoured precisely. */
  private scheduleNextDue(): void {
    const next = this.store.nextVisibleAt(this.queue);
    if (next === undefined || !this.running) return;
    const wait = next - Date.now();
    if (wait <= 0 || wait >= this.settings.sweepIntervalMs) return;
    this.wakeLater(wait + 1);
  }

  private wakeLater(delayMs: number): void {
    clearTimeout(this.dueTimer);
    this.dueTimer = setTimeout(() => this.wake(), delayMs);
  }
}

/**
 * Applies a handled message's outcome, trying again for a while when another process holds the
 * lock (a handled message left leased would wait out its whole lease); then gives up to the lease.
 */
async function settleBetweenPeers(settle: () => void, attempts = 20): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      settle();
      return;
    } catch (error) {
      if (!isBusyError(error) || attempt === attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, busyRetryMs));
    }
  }
}
