import { CompiledQuery, type Transaction } from 'kysely';
import { context, type Context } from '@opentelemetry/api';
import type { EventEnvelope } from '@bazaar/contracts/events';
import type { Database } from '../data/database.js';
import { runInRequestContext } from '../context/request-context.js';
import { inHandlerSpan } from '../tracing/bus-spans.js';
import type { BusTables } from './bus-migrations.js';
import { forgetInInbox, recordInInbox } from './inbox-rows.js';
import type { Subscription } from './bus-types.js';
import { batchLockTimeout, conflictOf, type TransactionConflict } from './transaction-conflicts.js';

/** What became of one event once its batch's transaction ended. */
export type ApplyResult = { kind: 'applied' } | { kind: 'duplicate' } | { kind: 'failed'; error: unknown };

/** How many events share one transaction, and how many such transactions may run at once. */
export interface InboxBatchLimits {
  maxBatch: number;
  maxConcurrent: number;
}

/** Told each time a handler lost to another transaction; it is applied again at once, alone, up to three times. */
export interface ConflictObserver {
  conflicted(event: EventEnvelope, conflict: TransactionConflict, error: unknown): void;
}

/** A deadlock or serialization failure of an event alone in its transaction is retried this often at once. */
const maxAttemptsAtOnce = 3;

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
 * A handler that would wait for a row lock (PostgreSQL) leaves the batch and runs alone, so a batch
 * never waits while it holds locks; a deadlock or serialization failure is retried at once (ADR 0013).
 */
export class InboxBatcher<Schema> {
  private queued: Pending[] = [];
  // each event's handler span is a child of its own consumer span, whichever batch it runs in
  private readonly traceContexts = new Map<string, Context>();
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly database: Database<Schema>,
    private readonly subscription: Subscription<Schema>,
    private readonly limits: InboxBatchLimits,
    private readonly observer: ConflictObserver = { conflicted: () => undefined },
  ) {}

  /** Applies the event once through the inbox, in a batch with whatever else is waiting. */
  apply(event: EventEnvelope): Promise<ApplyResult> {
    this.traceContexts.set(event.id, context.active());
    return new Promise<ApplyResult>((settle) => {
      this.queued.push({ event, settle });
      this.schedule();
    }).finally(() => this.traceContexts.delete(event.id));
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

  // applies the batch in transactions: all of it together, except an event that lost a row lock
  // to another transaction, which is split off and applied alone (at once), the rest together again
  private async run(batch: Pending[]): Promise<void> {
    let rest = batch;
    while (rest.length > 0) {
      const done = rest.length === 1 ? [] : await this.applyTogether(rest.map((pending) => pending.event));
      done.forEach((result, index) => rest[index]!.settle(result));
      if (done.length === rest.length) return;
      const next = rest[done.length]!;
      next.settle(await this.applyAlone(next.event));
      rest = rest.slice(done.length + 1);
    }
  }

  /**
   * Applies events in one transaction, each handler in its own savepoint, and returns their results
   * in order. On PostgreSQL no handler may wait for a row lock here: one that would is rolled back
   * to its savepoint and the events before it are committed; the results then stop short of it.
   */
  private async applyTogether(events: EventEnvelope[]): Promise<ApplyResult[]> {
    try {
      return await this.database.transaction(async (trx) => {
        const bus = trx as unknown as Transaction<BusTables>;
        if (this.database.engine === 'postgres') await bus.executeQuery(batchLockTimeout);
        const fresh = await recordInInbox(bus, this.subscription.queue, events);
        const settled: ApplyResult[] = [];
        for (const event of events) {
          // the same event twice in one batch (two relays sent it) is applied once
          if (!fresh.delete(event.id)) {
            settled.push({ kind: 'duplicate' });
            continue;
          }
          const result = await this.applyInSavepoint(bus, trx, event);
          if (result === 'conflict') {
            await forgetInInbox(bus, this.subscription.queue, [event.id, ...fresh]);
            return settled;
          }
          settled.push(result);
        }
        return settled;
      });
    } catch (error) {
      // the batch's own statements lost a lock: its first event runs alone, the rest together again
      if (conflictOf(error)) return [];
      return events.map(() => ({ kind: 'failed', error }));
    }
  }

  /** Applies one event in a transaction of its own; a deadlock or serialization failure is retried at once. */
  private async applyAlone(event: EventEnvelope): Promise<ApplyResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.database.transaction((trx) =>
          this.applyOne(trx as unknown as Transaction<BusTables>, trx, event),
        );
      } catch (error) {
        const conflict = conflictOf(error);
        if (conflict) this.observer.conflicted(event, conflict, error);
        if (!conflict || attempt >= maxAttemptsAtOnce) return { kind: 'failed', error };
      }
    }
  }

  /**
   * Runs the handler of an event already in the inbox; on failure undoes its effects and its inbox
   * row. 'conflict' when it lost a row lock to another transaction (its inbox row is left to the caller).
   */
  private async applyInSavepoint(
    bus: Transaction<BusTables>,
    trx: Transaction<Schema>,
    event: EventEnvelope,
  ): Promise<ApplyResult | 'conflict'> {
    await bus.executeQuery(savepoint);
    try {
      await this.handle(event, trx);
      await bus.executeQuery(release);
      return { kind: 'applied' };
    } catch (error) {
      await bus.executeQuery(rollback);
      await bus.executeQuery(release);
      const conflict = conflictOf(error);
      if (conflict) {
        this.observer.conflicted(event, conflict, error);
        return 'conflict';
      }
      await forgetInInbox(bus, this.subscription.queue, [event.id]);
      return { kind: 'failed', error };
    }
  }

  /** Records the event in the inbox and runs the handler; duplicate when the inbox already had it. */
  private async applyOne(
    bus: Transaction<BusTables>,
    trx: Transaction<Schema>,
    event: EventEnvelope,
  ): Promise<ApplyResult> {
    if (!(await recordInInbox(bus, this.subscription.queue, [event])).has(event.id))
      return { kind: 'duplicate' };
    await this.handle(event, trx);
    return { kind: 'applied' };
  }

  /** Runs the subscription's handler in the event's request context (correlation id, causation). */
  private handle(event: EventEnvelope, trx: Transaction<Schema>): Promise<void> {
    const request = { requestId: event.id, correlationId: event.correlationId };
    const parent = this.traceContexts.get(event.id) ?? context.active();
    return runInRequestContext(request, () =>
      inHandlerSpan(event, parent, () => this.subscription.handle(event as never, trx)),
    );
  }
}
