import { CompiledQuery, type Transaction } from 'kysely';
import type { EventEnvelope } from '@bazaar/contracts/events';
import type { Database } from '../data/database.js';
import { runInRequestContext } from '../context/request-context.js';
import type { BusTables } from './bus-migrations.js';
import type { Subscription } from './bus-types.js';

/** What became of one event once its batch's transaction ended. */
export type ApplyResult = { kind: 'applied' } | { kind: 'duplicate' } | { kind: 'failed'; error: unknown };

/** How many events share one transaction, and how many such transactions may run at once. */
export interface InboxBatchLimits {
  maxBatch: number;
  maxConcurrent: number;
}

interface Pending {
  event: EventEnvelope;
  settle: (result: ApplyResult) => void;
}

const savepoint = CompiledQuery.raw('savepoint bus_inbox_event');
const release = CompiledQuery.raw('release savepoint bus_inbox_event');
const rollback = CompiledQuery.raw('rollback to savepoint bus_inbox_event');

/** Events that arrive while the database is busy with a batch. SQLite runs one transaction at a time anyway. */
export function inboxBatchLimits(engine: Database<unknown>['engine']): InboxBatchLimits {
  return { maxBatch: 64, maxConcurrent: engine === 'sqlite' ? 1 : 4 };
}

/**
 * Group commit for the inbox: events that arrive together (or while a batch is running) are applied
 * in one transaction, each in its own savepoint with its inbox row, so one failing handler rolls back
 * only its own effects. Results are settled only after the commit; a failed commit fails them all.
 */
export class InboxBatcher<Schema> {
  private queued: Pending[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly database: Database<Schema>,
    private readonly subscription: Subscription<Schema>,
    private readonly limits: InboxBatchLimits,
  ) {}

  /** Applies the event once through the inbox, in a batch with whatever else is waiting. */
  apply(event: EventEnvelope): Promise<ApplyResult> {
    return new Promise((settle) => {
      this.queued.push({ event, settle });
      this.schedule();
    });
  }

  // deliveries of one socket read arrive in one synchronous run: a microtask later they are all queued
  private schedule(): void {
    if (this.scheduled || this.running >= this.limits.maxConcurrent || this.queued.length === 0) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.startBatch();
    });
  }

  private startBatch(): void {
    if (this.running >= this.limits.maxConcurrent || this.queued.length === 0) return;
    const batch = this.queued.splice(0, this.limits.maxBatch);
    this.running += 1;
    void this.run(batch).finally(() => {
      this.running -= 1;
      this.schedule();
    });
    this.schedule();
  }

  private async run(batch: Pending[]): Promise<void> {
    let results: ApplyResult[];
    try {
      results = await this.database.transaction(async (trx) => {
        const bus = trx as unknown as Transaction<BusTables>;
        // alone in its transaction, an event needs no savepoint: a failure rolls the transaction back
        if (batch.length === 1) return [await this.applyOne(bus, trx, batch[0]!.event)];
        const fresh = await this.recordInInbox(
          bus,
          batch.map((pending) => pending.event),
        );
        const settled: ApplyResult[] = [];
        for (const { event } of batch) {
          // the same event twice in one batch (two relays sent it) is applied once
          if (!fresh.delete(event.id)) settled.push({ kind: 'duplicate' });
          else settled.push(await this.applyInSavepoint(bus, trx, event));
        }
        return settled;
      });
    } catch (error) {
      results = batch.map(() => ({ kind: 'failed', error }));
    }
    batch.forEach((pending, index) => pending.settle(results[index] ?? { kind: 'failed', error: undefined }));
  }

  /** Inserts the events' inbox rows in one statement; returns the ids that were not there yet. */
  private async recordInInbox(bus: Transaction<BusTables>, events: EventEnvelope[]): Promise<Set<string>> {
    const now = Date.now();
    const queue = this.subscription.queue;
    const rows = await bus
      .insertInto('bus_inbox')
      .values(events.map((event) => ({ queue, event_id: event.id, handled_at: now })))
      .onConflict((conflict) => conflict.columns(['queue', 'event_id']).doNothing())
      .returning('event_id')
      .execute();
    return new Set(rows.map((row) => row.event_id));
  }

  /** Runs the handler of an event already in the inbox; on failure undoes its effects and its inbox row. */
  private async applyInSavepoint(
    bus: Transaction<BusTables>,
    trx: Transaction<Schema>,
    event: EventEnvelope,
  ): Promise<ApplyResult> {
    await bus.executeQuery(savepoint);
    try {
      await this.handle(event, trx);
      await bus.executeQuery(release);
      return { kind: 'applied' };
    } catch (error) {
      await bus.executeQuery(rollback);
      await bus.executeQuery(release);
      await bus
        .deleteFrom('bus_inbox')
        .where('queue', '=', this.subscription.queue)
        .where('event_id', '=', event.id)
        .execute();
      return { kind: 'failed', error };
    }
  }

  /** Records the event in the inbox and runs the handler; duplicate when the inbox already had it. */
  private async applyOne(
    bus: Transaction<BusTables>,
    trx: Transaction<Schema>,
    event: EventEnvelope,
  ): Promise<ApplyResult> {
    if (!(await this.recordInInbox(bus, [event])).has(event.id)) return { kind: 'duplicate' };
    await this.handle(event, trx);
    return { kind: 'applied' };
  }

  /** Runs the subscription's handler in the event's request context (correlation id, causation). */
  private handle(event: EventEnvelope, trx: Transaction<Schema>): Promise<void> {
    const context = { requestId: event.id, correlationId: event.correlationId };
    return runInRequestContext(context, () => this.subscription.handle(event as never, trx));
  }
}
